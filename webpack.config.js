// Build of the Excel add-in: task pane (React + Fluent UI v9), custom functions and ribbon commands
// in one shared runtime. Output goes to dist/addin — dist/cli and dist/core belong to `npm run
// build:cli` and are left alone.
//
//   npm run build                 production bundles, manifest and office.js copy in dist/addin
//   npm start                     https://localhost:3000 (office-addin-dev-certs if installed,
//                                 else webpack-dev-server's own self-signed certificate)
//   --env only=functions          the functions bundle alone (tests and the benchmark)
//   ADDIN_ORIGIN=https://host/    origin written into dist/addin/manifest.xml (default localhost:3000)
//   OFFICE_JS=cdn                 load office.js from Microsoft's CDN instead of the local copy
//
// No polyfills: Office runs add-ins in WebView2, WKWebView and current browsers, so the code is
// compiled for ES2020 and IE 11 is not supported.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const pkg = require("./package.json");

const DEV_ORIGIN = "https://localhost:3000/";
const DEV_PORT = 3000;
const OUTPUT = path.resolve(__dirname, "dist/addin");
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const OFFICE_JS_LOCAL = "assets/office-js/office.js";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/** office.js files an Excel add-in never loads: debug builds, IntelliSense, other hosts. */
const OFFICE_JS_UNUSED = [
  "**/*.debug.js",
  "**/*-vsdoc.js",
  "**/office.d.ts",
  "**/outlook_strings.js",
  ...["access", "onenote", "outlook", "outlookwebapp", "powerpoint", "powerpointios", "project", "word", "wordios"].map(
    (host) => `**/dist/${host}-*.js`,
  ),
];

/**
 * The pane's theme as data (see src/taskpane/theme.ts): src/taskpane/lightTheme.ts (Fluent's
 * webLightTheme) is replaced by a module exporting an object with one placeholder property; after
 * minification this plugin writes in its place the light theme's value of every token that some
 * CSS in the emitted JavaScript reads (var(--x)), lazy chunks included. A token reached only
 * through code (the `tokens` object, makeStyles evaluated at run time) puts all of Fluent's token
 * names in the bundle, so then all are kept: never too few.
 */
const PANE_THEME_PLACEHOLDER = "__PANE_THEME__:0";

class PaneThemePlugin {
  apply(compiler) {
    const { webpack } = compiler;
    new webpack.NormalModuleReplacementPlugin(/^\.\/lightTheme$/, (resource) => {
      if (/[\\/]src[\\/]taskpane$/.test(resource.context)) resource.request = `data:text/javascript,export const lightTheme = {${PANE_THEME_PLACEHOLDER}};`;
    }).apply(compiler);
    compiler.hooks.thisCompilation.tap("PaneThemePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PaneThemePlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        (assets) => {
          const scripts = Object.keys(assets).filter((name) => name.endsWith(".js"));
          const used = new Set();
          for (const name of scripts) {
            for (const m of assets[name].source().toString().matchAll(/var\(--([A-Za-z0-9]+)/g)) used.add(m[1]);
          }
          const { webLightTheme } = require("@fluentui/tokens");
          const subset = Object.fromEntries(Object.entries(webLightTheme).filter(([token]) => used.has(token)));
          const members = JSON.stringify(subset).slice(1, -1);
          const holders = scripts.filter((name) => assets[name].source().toString().includes(PANE_THEME_PLACEHOLDER));
          if (holders.length !== 1) {
            compilation.errors.push(new webpack.WebpackError(`PaneThemePlugin: the theme placeholder is in ${holders.length} scripts, expected 1 (src/taskpane/theme.ts)`));
            return;
          }
          const [holder] = holders;
          const text = assets[holder].source().toString();
          if (text.split(PANE_THEME_PLACEHOLDER).length !== 2) {
            compilation.errors.push(new webpack.WebpackError(`PaneThemePlugin: the theme placeholder appears more than once in ${holder}`));
            return;
          }
          const at = text.indexOf(PANE_THEME_PLACEHOLDER);
          const source = new webpack.sources.ReplaceSource(assets[holder]);
          source.replace(at, at + PANE_THEME_PLACEHOLDER.length - 1, members);
          compilation.updateAsset(holder, source);
        },
      );
    });
  }
}

/**
 * The manifest for an origin: every https://localhost:3000/ URL moved to `origin`, and every
 * `?v=` version set to `version`, so Excel's 24-hour cache of functions.json and functions.js
 * is bypassed whenever the version changes.
 */
function rewriteManifest(xml, origin = DEV_ORIGIN, version = pkg.version) {
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(origin)) throw new Error(`ADDIN_ORIGIN must be an https URL ending in /: ${origin}`);
  return xml.split(DEV_ORIGIN).join(origin).replace(/(\.json|\.js)\?v=[^"<&\s]*/g, `$1?v=${version}`);
}

/** HTTPS for the dev server: office-addin-dev-certs' certificate when installed, else self-signed. */
function devServerHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const file = (name) => path.join(dir, name);
  if (fs.existsSync(file("localhost.crt")) && fs.existsSync(file("localhost.key"))) {
    const options = { cert: fs.readFileSync(file("localhost.crt")), key: fs.readFileSync(file("localhost.key")) };
    if (fs.existsSync(file("ca.crt"))) options.ca = fs.readFileSync(file("ca.crt"));
    return { type: "https", options };
  }
  return { type: "https" };
}

const swc = (dev) => ({
  loader: "swc-loader",
  options: {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic", development: dev } },
      target: "es2020",
    },
    sourceMaps: dev,
  },
});

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const serving = process.env.WEBPACK_SERVE === "true";
  const onlyFunctions = env.only === "functions";
  const origin = process.env.ADDIN_ORIGIN || DEV_ORIGIN;
  const officeJs = process.env.OFFICE_JS === "cdn" ? OFFICE_JS_CDN : OFFICE_JS_LOCAL;

  const entry = onlyFunctions
    ? { functions: FUNCTIONS_SOURCE }
    : // One page loads all three (the shared runtime): the pane and the commands take what they share
      // with the functions (scoring, Thai numbers, defaults) and webpack's runtime from functions.js,
      // which comes first on the page, instead of carrying a second copy.
      {
        functions: FUNCTIONS_SOURCE,
        commands: { import: "./src/commands/commands.ts", dependOn: "functions" },
        taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
      };

  const plugins = [new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE })];
  if (!dev && !onlyFunctions) plugins.push(new PaneThemePlugin());
  if (!onlyFunctions) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // One page is the whole shared runtime: custom functions, ribbon commands, task pane.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { officeJs },
        // ?<compilation hash> on every script URL: no stale code from any cache.
        hash: true,
        minify: !dev,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString("utf8"), origin, pkg.version),
          },
          // The dev server serves office.js straight from node_modules (see devServer.static).
          ...(serving || officeJs !== OFFICE_JS_LOCAL
            ? []
            : [{ from: OFFICE_JS_DIR, to: "assets/office-js", globOptions: { ignore: OFFICE_JS_UNUSED }, info: { minimized: true } }]),
        ],
      }),
    );
  }

  return {
    mode: dev ? "development" : "production",
    target: ["web", "es2020"],
    devtool: dev ? "source-map" : false,
    entry,
    output: {
      path: OUTPUT,
      filename: "[name].js",
      // A lazy chunk's URL changes with its content (the page's own scripts get ?<hash> from
      // HtmlWebpackPlugin): a webview that cached the last version's chunk never mixes it with this
      // version's scripts.
      chunkFilename: "[name].js?v=[contenthash:8]",
      // Chunks load relative to taskpane.html (every file sits next to it): no run-time code to
      // work the path out from the script's own URL.
      publicPath: "",
      clean: true,
    },
    optimization: {
      // One chunk per lazy import: zod goes into the services chunk that needs it
      // (one download and one gzip stream instead of two), lazy chunks each carry what they need.
      splitChunks: { cacheGroups: { defaultVendors: false, default: false } },
      // Short module and chunk ids (by order, not hashes of their paths): every URL is versioned
      // (above), so ids that stay put across builds buy no caching; 0.3 KB less at start-up.
      moduleIds: "natural",
      chunkIds: "natural",
      // terser told the output is ES2020 modules (webpack's default is compress.passes 2 alone);
      // no "unsafe" options: Office.js objects have getters with effects.
      minimizeOptions: { javascript: { ecma: 2020, module: true, toplevel: true, compress: { passes: 3 }, format: { comments: false } } },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        // Griffel's build-time transform: makeStyles/makeResetStyles become precomputed CSS, so the
        // pane ships no CSS-in-JS compiler (stylis, rtl-css-js) and no token objects.
        { test: /\.[cm]?tsx?$/, exclude: /node_modules/, use: [{ loader: "@griffel/webpack-loader" }, swc(dev)] },
        // Our modules do nothing when imported but define things (no import is made for its side
        // effects alone), so a module whose exports go unused is left out — e.g. the template
        // inserter re-exported by src/workbook/template.ts stays out of the pane's start-up chunks.
        { test: /[\\/]src[\\/].*\.tsx?$/, sideEffects: false },
      ],
    },
    plugins,
    performance: {
      hints: dev ? false : "warning",
      assetFilter: (name) => /^(taskpane|functions|commands)\.js$/.test(name),
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
    },
    stats: serving ? "minimal" : "normal",
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      server: devServerHttps(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: OFFICE_JS_DIR, publicPath: "/assets/office-js", watch: false }],
      client: { overlay: { errors: true, warnings: false } },
      open: false,
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_ORIGIN = DEV_ORIGIN;
