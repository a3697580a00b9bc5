// The webpack configuration of a test-only browser bundle (the fake Excel the end-to-end test and
// the task-pane benchmark inject into the page): TypeScript through swc, one es2020 file per entry.
export function browserBundle(entry, extra = {}) {
  return {
    mode: "development",
    devtool: false,
    target: ["web", "es2020"],
    entry,
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
    ...extra,
  };
}
