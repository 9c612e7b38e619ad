/**
 * Builds the add-in into dist/:
 *  - taskpane.html + taskpane.js: the React task pane. It is also the SHARED RUNTIME page
 *    (manifest <Runtime resid="Taskpane.Url">), so it loads commands.js and functions.js too,
 *    as the Office shared-runtime template does.
 *  - functions.js: the GTM.* custom functions bundled alone (no React), and functions.json, their
 *    metadata generated from JSDoc by CustomFunctionsMetadataPlugin (which also appends the
 *    CustomFunctions.associate calls to functions.js).
 *  - commands.js: ribbon command handlers.
 *  - functions.html: docs/functions.md as a page, where each function's @helpurl points.
 *  - manifest.xml and assets/: in production every https://localhost:3000/ in the manifest (and
 *    in functions.json's help URLs) becomes $ADDIN_URL (default in scripts/addin-url.js).
 * `webpack serve` (npm start) serves the same files at https://localhost:3000 with the
 * development certificates of scripts/dev-certs.js.
 */
const path = require("path");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { productionUrl, rewriteManifest } = require("./scripts/addin-url");
const { renderDocsPage } = require("./scripts/docs-page");
const {
  localizeMetadata,
  metadataViolations,
  postProcessMetadata,
} = require("./scripts/functions-metadata");
const { ensureCertificates } = require("./scripts/dev-certs");

const DEV_SERVER_PORT = 3000;
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
/**
 * functions.json in other languages: dist/functions-<locale>.json, with the descriptions of
 * src/functions/i18n/<locale>.json (manifest.xml points Office at it with a bt:Override).
 */
const FUNCTIONS_LOCALES = ["zh-CN"];

/** Script bundles, by name: dist/<name>.js. */
const entries = {
  taskpane: "./src/taskpane/index.tsx",
  commands: "./src/commands/commands.ts",
  functions: FUNCTIONS_SOURCE,
  // The preview page (the task pane over an in-browser workbook) and the Office/Excel stand-in it
  // loads in place of office.js; the browser tests serve the same stand-in for the CDN's office.js.
  preview: "./src/preview/preview.tsx",
  "office-stand-in": "./src/testing/office/officeStandIn.ts",
  // The pane's Monte Carlo worker (new Worker("simulation-worker.js")): the model only.
  "simulation-worker": "./src/taskpane/simulation/worker.ts",
};

/** HTML pages: each loads the listed bundles (in this order) after office.js in its template. */
const pages = [
  {
    filename: "taskpane.html",
    template: "./src/taskpane/taskpane.html",
    chunks: ["taskpane", "commands", "functions"],
  },
  {
    filename: "preview.html",
    template: "./src/preview/preview.html",
    chunks: ["functions", "preview"],
  },
];

/**
 * functions.json as generated from the JSDoc, then: the flags the generator cannot emit
 * (scripts/functions-metadata.js: allowErrorForDataTypeAny), Excel's metadata rules checked (a
 * violation fails the build), and in production the help URLs pointed at the production server.
 */
class RewriteFunctionsMetadata {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("RewriteFunctionsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "RewriteFunctionsMetadata",
          stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE,
        },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const metadata = postProcessMetadata(JSON.parse(asset.source.source().toString()));
          for (const problem of metadataViolations(metadata))
            compilation.errors.push(
              new compiler.webpack.WebpackError(`functions.json: ${problem}`)
            );
          const json = JSON.stringify(metadata, null, 2);
          const rewrite = (text) =>
            this.baseUrl === null ? text : rewriteManifest(text, this.baseUrl);
          compilation.updateAsset("functions.json", new sources.RawSource(rewrite(json)));
          for (const locale of FUNCTIONS_LOCALES) {
            const file = path.join(__dirname, "src", "functions", "i18n", `${locale}.json`);
            compilation.fileDependencies.add(file);
            const table = JSON.parse(fs.readFileSync(file, "utf8"));
            const localized = localizeMetadata(metadata, table);
            for (const text of localized.missing)
              compilation.errors.push(
                new compiler.webpack.WebpackError(
                  `functions-${locale}.json: no translation of "${text}"`
                )
              );
            for (const text of localized.stale)
              compilation.errors.push(
                new compiler.webpack.WebpackError(
                  `${locale}.json: "${text}" is no longer a description`
                )
              );
            const text = rewrite(JSON.stringify(localized.metadata, null, 2));
            compilation.emitAsset(`functions-${locale}.json`, new sources.RawSource(text));
          }
        }
      );
    });
  }
}

async function httpsServer() {
  const certificates = await ensureCertificates();
  return {
    type: "https",
    options: {
      ca: fs.readFileSync(certificates.ca),
      cert: fs.readFileSync(certificates.cert),
      key: fs.readFileSync(certificates.key),
    },
  };
}

module.exports = async (env, argv) => {
  const production = argv.mode !== "development";
  const addinUrl = production ? productionUrl(process.env) : null;
  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    entry: entries,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; here ES modules let webpack tree-shake Fluent UI.
            options: { transpileOnly: true, compilerOptions: { module: "es2020" } },
          },
        },
        { test: /\.(png|jpg|jpeg|gif|svg)$/, type: "asset/resource" },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new RewriteFunctionsMetadata(addinUrl),
      ...pages.map((page) => new HtmlWebpackPlugin(page)),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "docs/functions.md",
            to: "functions.html",
            transform: (content) =>
              renderDocsPage(content.toString(), "GTM Modeler — GTM.* functions"),
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              production ? rewriteManifest(content.toString(), addinUrl) : content,
          },
        ],
      }),
    ],
    performance: { maxAssetSize: 600 * 1024, maxEntrypointSize: 600 * 1024 },
    devServer: env.WEBPACK_SERVE
      ? {
          port: DEV_SERVER_PORT,
          server: await httpsServer(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

/** The HTML pages, for scripts/start.js to list. */
module.exports.pages = pages.map((page) => page.filename);
