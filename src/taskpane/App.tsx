// The task pane's root component lives in components/App (Fluent anatomy: types, state hook,
// styles, render); this module keeps the old import path.
export { App } from "./components/App";
export type { AppProps } from "./components/App";
