// The KPI basket: past years' KPIs from a basket file the central office sends, searched by the
// words typed, each addable as a new KPI row of the open plan.
import type { BasketScreenProps } from "./BasketScreen.types";
import { renderBasketScreen } from "./renderBasketScreen";
import { useBasketScreen } from "./useBasketScreen";
import { useBasketScreenStyles } from "./useBasketScreenStyles.styles";

export function BasketScreen(props: BasketScreenProps): JSX.Element {
  const state = useBasketScreen(props);
  const styles = useBasketScreenStyles();
  return renderBasketScreen(state, styles);
}
