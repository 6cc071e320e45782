// ESLint flat config: typescript-eslint, the Office add-in rules (load/sync discipline), React hooks,
// Prettier formatting, and the house rules that keep src/core pure.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import prettierRecommended from "eslint-plugin-prettier/recommended";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-results/", "out/"] },
  ...tseslint.configs.recommended,
  prettierRecommended,
  {
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The core is deterministic and host-free: no Office, React, DOM, Node, file formats, clock or chance.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-*", "@fluentui/*", "exceljs", "node:*", "fs", "path"],
              message: "src/core stays pure.",
            },
            {
              group: ["**/workbook/**", "**/taskpane/**", "**/commands/**", "**/cli/**", "**/standalone/**"],
              message: "core imports nothing outside core.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: "Pass the reference date in.",
        },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Pass the reference date in." },
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: "The core is deterministic.",
        },
      ],
    },
  },
);
