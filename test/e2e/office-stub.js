/*
 * Office.js stand-in for browser tests: just enough of the host for the pages to start.
 * The test server serves it in place of Microsoft's CDN script, so tests never leave localhost.
 * Settings come from window.__officeStub (set by the test before the page loads).
 */
(function () {
  const options = window.__officeStub || {};
  const associated = {};
  window.__officeAssociated = associated;
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady(callback) {
      const info = { host: "Excel", platform: "PC" };
      return Promise.resolve().then(() => {
        if (callback) callback(info);
        return info;
      });
    },
    context: {
      displayLanguage: options.displayLanguage || "en-US",
      officeTheme: { isDarkTheme: false },
      requirements: { isSetSupported: () => true },
    },
    actions: {
      associate(name, handler) {
        associated[name] = handler;
      },
    },
    addin: { showAsTaskpane: () => Promise.resolve() },
  };
})();
