/*
 * Runs before everything else in the task pane, in any browser engine: plain ES5, no module, no build
 * step. Where Office opens the pane in an engine the add-in cannot run in (Internet Explorer 11 or the
 * old Edge, in Excel 2016 and 2019 without WebView2), the bundle would not even parse and the pane
 * would stay blank; this shows instead, in Dutch, French or English, where the add-in does run and
 * that the standalone page does the same work in a current browser.
 */
(function () {
  var script = document.createElement("script");
  var modern =
    typeof Promise !== "undefined" &&
    typeof Symbol !== "undefined" &&
    typeof window.fetch === "function" &&
    typeof window.ResizeObserver === "function" &&
    "noModule" in script;
  if (modern) return;

  var language = String(navigator.language || navigator.userLanguage || "en")
    .slice(0, 2)
    .toLowerCase();
  var texts = {
    nl: {
      title: "Diversiteitsaanvraag kan hier niet werken",
      body:
        "Deze versie van Excel opent invoegtoepassingen in een oude browser (Internet Explorer). " +
        "De invoegtoepassing werkt in Microsoft 365, Excel 2021 of later (Windows en Mac) en Excel op het web.",
      link: "Open de losse pagina in een actuele browser: ze doet hetzelfde met uw .xlsx-bestand, dat op deze computer blijft.",
    },
    fr: {
      title: "Demande Diversité ne peut pas fonctionner ici",
      body:
        "Cette version d\u2019Excel ouvre les compléments dans un ancien navigateur (Internet Explorer). " +
        "Le complément fonctionne dans Microsoft 365, Excel 2021 ou ultérieur (Windows et Mac) et Excel pour le web.",
      link: "Ouvrez la page autonome dans un navigateur récent\u00a0: elle fait le même travail sur votre fichier .xlsx, qui reste sur cet ordinateur.",
    },
    en: {
      title: "Diversity Request cannot run here",
      body:
        "This version of Excel opens add-ins in an old browser (Internet Explorer). " +
        "The add-in runs in Microsoft 365, Excel 2021 or later (Windows and Mac) and Excel on the web.",
      link: "Open the standalone page in a current browser: it does the same work on your .xlsx file, which stays on this computer.",
    },
  };
  var text = texts[language] || texts.en;

  function show() {
    var body = document.body;
    while (body.firstChild) body.removeChild(body.firstChild);
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.fontFamily = "Segoe UI, sans-serif";
    box.style.padding = "16px";
    var title = document.createElement("h1");
    title.style.fontSize = "18px";
    title.appendChild(document.createTextNode(text.title));
    var paragraph = document.createElement("p");
    paragraph.appendChild(document.createTextNode(text.body));
    var link = document.createElement("a");
    link.href = "standalone.html";
    link.target = "_blank";
    link.appendChild(document.createTextNode(text.link));
    box.appendChild(title);
    box.appendChild(paragraph);
    box.appendChild(link);
    body.appendChild(box);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();

  // This page is also the ribbon's function file. Here the commands' code never loads, and Excel
  // would show "working on your Diversity Request..." for ever: each button opens this message in a
  // dialog (unsupported.html runs this script too) and is done when the dialog is closed.
  // The names are src/commands/commandIds.ts's (a unit test keeps them equal).
  var COMMANDS = ["recodeAges", "recodeNationalities", "checkSmallCells", "generateRequest"];

  function onCommand(event) {
    var done = false;
    function complete() {
      if (done) return;
      done = true;
      event.completed();
    }
    try {
      var here = String(window.location.href)
        .split("?")[0]
        .replace(/[^\/]*$/, "");
      Office.context.ui.displayDialogAsync(here + "unsupported.html", { height: 40, width: 40 }, function (result) {
        if (result.status !== "succeeded") return complete();
        result.value.addEventHandler("dialogEventReceived", complete);
      });
    } catch (error) {
      // ES5 has no catch without a binding; the error itself changes nothing: the button is done.
      void error;
      complete();
    }
  }

  function associate() {
    for (var i = 0; i < COMMANDS.length; i++) {
      if (Office.actions && Office.actions.associate) Office.actions.associate(COMMANDS[i], onCommand);
      else window[COMMANDS[i]] = onCommand;
    }
  }

  // Office.js is the next script of the page: it is there once the page has loaded.
  window.addEventListener("load", function () {
    if (window.Office && Office.onReady) Office.onReady(associate);
  });
})();
