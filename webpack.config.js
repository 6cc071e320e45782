// Webpack build of the three pages (task pane, ribbon function file, standalone page) and the manifest.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const webpack = require("webpack");

const DEV_BASE_URL = "https://localhost:3000/";
// A reserved .invalid host: a production build without ADDIN_BASE_URL yields a manifest that cannot
// be mistaken for a deployable one, and never points Office at a developer's machine.
const PLACEHOLDER_BASE_URL = "https://diversity-request.invalid/";

/** Dev certificates as installed by `npx office-addin-dev-certs install`, if present. */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return null;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

function productionBaseUrl() {
  const url = process.env.ADDIN_BASE_URL;
  if (!url) {
    console.warn(
      `ADDIN_BASE_URL is not set: dist/manifest.xml points at ${PLACEHOLDER_BASE_URL}. ` +
        "Set it to the https address where dist/ is hosted before deploying.",
    );
    return PLACEHOLDER_BASE_URL;
  }
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_BASE_URL must be an https URL, got ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * The engines the pages run in, as stated in the README ("Where it runs"): WebView2 (Microsoft 365 and
 * Excel 2021+ on Windows), Excel on the web in current browsers, and WebKit 15.4 or later (Excel for
 * Mac on macOS 12.3+). Our code and the packages' code are lowered to their syntax (a class `static {}`
 * block of a package needs Safari 16.4, for one), so a bundle never fails to parse on a stated platform.
 */
const BROWSER_TARGETS = ["chrome100", "edge100", "firefox102", "safari15.4"];

/**
 * Fluent's light-theme tokens that the notice dialog's stylesheet names (`var(--token)` in
 * notice.html), with their values from @fluentui/tokens: the dialog looks like Fluent without
 * shipping Fluent's runtime.
 */
function noticeTokens() {
  const { webLightTheme } = require("@fluentui/tokens");
  const html = fs.readFileSync(path.join(__dirname, "src/commands/notice.html"), "utf8");
  const names = [...new Set([...html.matchAll(/var\(--(\w+)\)/g)].map((m) => m[1]))];
  const missing = names.filter((n) => !(n in webLightTheme));
  if (missing.length) throw new Error(`notice.html names tokens Fluent does not have: ${missing.join(", ")}`);
  return Object.fromEntries(names.map((n) => [n, webLightTheme[n]]));
}

/**
 * Node's faces hold every catalogue and country name from the start; the pages load them when first
 * needed. This swaps each `…Source` module of the core for its `.browser` twin in the pages' build.
 */
const BROWSER_SOURCES = /^\.\/(catalogueSource|countryNameSource|steps\/stepSource|work\/workSource)$/;

/**
 * What the pages may weigh (raw bytes, as webpack counts them). The entries are what loads before the
 * first screen renders; later steps, catalogues of other languages and country names come after.
 */
const BUDGETS = { taskpane: 350_000, notice: 60_000 };

/** Lowers every emitted script to BROWSER_TARGETS with esbuild, before minifying. */
class LowerSyntaxPlugin {
  apply(compiler) {
    const { transformSync } = require("esbuild");
    compiler.hooks.compilation.tap("LowerSyntaxPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LowerSyntaxPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!name.endsWith(".js") || name === "unsupported.js") continue;
            const { code } = transformSync(assets[name].source().toString(), {
              target: BROWSER_TARGETS,
              charset: "utf8",
            });
            compilation.updateAsset(name, new webpack.sources.RawSource(code));
          }
        },
      );
    });
  }
}

/**
 * The command line: one CommonJS file for plain `node`. Packages stay in node_modules (ExcelJS uses
 * Node's streams and dynamic requires that bundling would break); only our own code is bundled.
 */
const cliConfig = {
  name: "cli",
  mode: "production",
  target: "node20",
  devtool: false,
  entry: { "diversity-request": "./src/cli/main.ts" },
  output: { path: path.resolve(__dirname, "dist/cli"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js", ".json"] },
  externals: [
    ({ request }, callback) =>
      /^[@a-z]/i.test(request) && !/^node:/.test(request) ? callback(null, `commonjs ${request}`) : callback(),
  ],
  externalsPresets: { node: true },
  optimization: { minimize: false },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
  },
  plugins: [new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true })],
  performance: { hints: false },
};

const webConfig = (_env, argv) => {
  const dev = argv.mode !== "production";
  // Only a build of the web pages needs the address (the demo builds the command line alone).
  const webBuilt = !argv.configName || argv.configName.includes("web");
  const baseUrl = dev ? DEV_BASE_URL : webBuilt ? productionBaseUrl() : PLACEHOLDER_BASE_URL;
  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, scriptLoading: "defer" });

  return {
    mode: dev ? "development" : "production",
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      notice: "./src/commands/notice.ts",
      standalone: "./src/standalone/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      // Keep dist/cli: the two configs build side by side.
      clean: { keep: /^cli\// },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // The build without polyfills: the pages target current browsers, and the polyfilled one
      // evaluates code from strings, which the pages' Content-Security-Policy forbids.
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.bare.min.js") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the build only transpiles.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: BUDGETS.taskpane,
      // Chunks loaded later (the solver, ExcelJS, a step) are not held to the first screen's budget.
      maxAssetSize: 4_000_000,
      assetFilter: (name) => name.endsWith(".js"),
    },
    plugins: [
      new LowerSyntaxPlugin(),
      new webpack.NormalModuleReplacementPlugin(BROWSER_SOURCES, (resource) => {
        // A twin may load the Node source as its own later chunk: that import is left as written.
        if (/\.browser\.tsx?$/.test(resource.contextInfo?.issuer ?? "")) return;
        resource.request = `${resource.request}.browser`;
      }),
      new webpack.DefinePlugin({ FLUENT_NOTICE_TOKENS: JSON.stringify(noticeTokens()) }),
      // HiGHS' loader imports Node's modules only on its Node path, which never runs in a page.
      new webpack.IgnorePlugin({ resourceRegExp: /^node:/, contextRegExp: /node_modules[\\/]highs/ }),
      page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("notice", "./src/commands/notice.html", ["notice"]),
      page("standalone", "./src/standalone/standalone.html", ["standalone"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // Plain ES5, served as written: it must parse where the bundle does not.
          { from: "src/taskpane/unsupported.js", to: "unsupported.js" },
          { from: "src/taskpane/unsupported.html", to: "unsupported.html" },
          // The manifest's support page: text only, in nl, fr and en.
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_BASE_URL).join(baseUrl),
          },
        ],
      }),
    ],
    // Only when serving: a build has no use for certificates, and should not warn about them.
    devServer: !process.env.WEBPACK_SERVE
      ? undefined
      : (() => {
          const certs = devCertificates();
          if (!certs) {
            console.warn(
              "No Office dev certificate found (~/.office-addin-dev-certs): serving on http://localhost:3000. " +
                "Excel needs https to sideload; run `npx office-addin-dev-certs install` once, then restart.",
            );
          }
          return {
            port: 3000,
            host: "localhost",
            server: certs ? { type: "https", options: certs } : "http",
            headers: { "Access-Control-Allow-Origin": "*" },
            static: { directory: path.resolve(__dirname, "assets"), publicPath: "/assets" },
            client: { overlay: { errors: true, warnings: false } },
          };
        })(),
  };
};

module.exports = (env, argv) => [{ name: "web", ...webConfig(env, argv) }, cliConfig];
