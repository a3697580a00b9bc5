export { SummariesScreen } from "./SummariesScreen";
export type { SummariesScreenProps, SummariesScreenState } from "./SummariesScreen.types";
