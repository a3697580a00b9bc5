export { ImportScreen } from "./ImportScreen";
export type { ImportScreenProps, ImportScreenState } from "./ImportScreen.types";
