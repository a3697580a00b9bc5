// Check before sending (also the ribbon's ตรวจก่อนส่ง button): full check, seal, how to send.
import { renderSendScreen } from "./renderSendScreen";
import type { SendScreenProps } from "./SendScreen.types";
import { useSendScreen } from "./useSendScreen";
import { useSendScreenStyles } from "./useSendScreenStyles.styles";

export function SendScreen(props: SendScreenProps): JSX.Element {
  const state = useSendScreen(props);
  const styles = useSendScreenStyles();
  return renderSendScreen(state, styles);
}
