export { BasketScreen } from "./BasketScreen";
export type { BasketScreenProps, BasketScreenState } from "./BasketScreen.types";
