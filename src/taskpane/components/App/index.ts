export { App } from "./App";
export type { AppProps, AppState, View } from "./App.types";
