// Bundles the browser fake of Excel (test/e2e/browserHost.ts) into host.js for the end-to-end test.
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

export default {
  mode: "development",
  devtool: false,
  target: ["web", "es2020"],
  entry: { host: path.resolve(here, "browserHost.ts") },
  output: { filename: "[name].js" },
  resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
  module: {
    rules: [
      {
        test: /\.[cm]?tsx?$/,
        exclude: /node_modules/,
        use: { loader: "swc-loader", options: { jsc: { parser: { syntax: "typescript", tsx: true }, target: "es2020" } } },
      },
    ],
  },
  performance: { hints: false },
};
