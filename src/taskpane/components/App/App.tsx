// The task pane: header with the language switch, the steps of the navigation (screens.tsx), the
// weights of the open plan, and the current screen.
import type { AppProps } from "./App.types";
import { renderApp } from "./renderApp";
import { useApp } from "./useApp";
import { useAppStyles } from "./useAppStyles.styles";

export function App(props: AppProps = {}): JSX.Element {
  const state = useApp(props);
  const styles = useAppStyles();
  return renderApp(state, styles);
}
