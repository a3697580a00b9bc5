export { StartScreen } from "./StartScreen";
export { newPlan } from "./useStartScreen";
export type { StartScreenProps, StartScreenState } from "./StartScreen.types";
