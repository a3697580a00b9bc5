export { SendScreen } from "./SendScreen";
export { suggestedSubject } from "./useSendScreen";
export type { SendScreenProps, SendScreenState } from "./SendScreen.types";
