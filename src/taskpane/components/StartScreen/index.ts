export { StartScreen } from "./StartScreen";
export type { StartScreenProps, StartScreenState } from "./StartScreen.types";
