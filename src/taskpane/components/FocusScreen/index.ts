export { FocusScreen } from "./FocusScreen";
export type { FocusScreenProps, FocusScreenState } from "./FocusScreen.types";
