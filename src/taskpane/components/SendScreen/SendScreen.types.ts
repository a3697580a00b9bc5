import type { Seal } from "../../../seal/seal";
import type { LiveCheckState } from "../../hooks/useLiveCheck";
import type { SealState } from "../../hooks/useSeal";
import type { SendStrings } from "../../i18n/sendStrings";
import type { Strings } from "../../i18n/strings";

export interface SendScreenProps {
  check: LiveCheckState;
  seal: SealState;
  /** Where the recipient address is remembered between sessions (localStorage in the pane). */
  storage?: Pick<Storage, "getItem" | "setItem"> | null;
  clipboard?: Pick<Clipboard, "writeText"> | null;
}

export interface SendScreenState {
  t: Strings & SendStrings;
  headingId: string;
  busy: boolean;
  run: () => void;
  /** One line about the outcome of the last run or the seal the workbook carries. */
  outcome: { intent: "success" | "warning" | "error" | "info"; title?: string; text: string } | null;
  /** The seal now valid for the plan as it is (null when none, or broken). */
  seal: Seal | null;
  sealTime: string | null;
  recipient: string;
  setRecipient: (value: string) => void;
  subject: string;
  copy: () => void;
  copyState: "idle" | "copied" | "failed";
  ids: { subject: string; recipient: string };
}
