// Fluent's light theme. In the production bundle webpack.config.js puts in place of this module
// the theme as data — only the tokens the bundle's CSS uses — see src/taskpane/theme.ts.
export { webLightTheme as lightTheme } from "@fluentui/react-components";
