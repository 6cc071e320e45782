/** Test ids in one place, shared by Testing Library and Playwright tests. */
export const testIds = {
  app: "app",
  languageSwitch: "language-switch",
  stepNav: "step-nav",
  stepTab: (id: string) => `step-tab-${id}`,
  stepPanel: (id: string) => `step-panel-${id}`,
} as const;
