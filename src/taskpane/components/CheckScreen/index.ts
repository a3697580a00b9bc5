export { CheckScreen } from "./CheckScreen";
export type { CheckScreenProps, CheckScreenState } from "./CheckScreen.types";
