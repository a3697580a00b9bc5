import type { LiveCheckState } from "../../hooks/useLiveCheck";
import type { FocusStrings } from "../../i18n/focusStrings";
import type { Strings } from "../../i18n/strings";

export interface FocusScreenProps {
  check: LiveCheckState;
  /** The metadata sheet of the open template. */
  metaSheet: string | null;
  /** Today, for the days left (tests fix it). */
  today?: () => Date;
}

export interface FocusItem {
  key: string;
  issue: string;
  name: string;
  target: string;
  responsible: string;
  /** The plan's KPI of that name, if the agency has it already. */
  presentAs: string | null;
  add: () => void;
}

export interface FocusScreenState {
  t: Strings & FocusStrings;
  headingId: string;
  /** "Next deadline: …, 5 May 2022 (12 days left)", or why there is none. */
  deadline: { intent: "info" | "warning"; text: string } | null;
  intro: string | null;
  empty: string | null;
  component: string;
  items: FocusItem[];
  busy: boolean;
  outcome: { intent: "success" | "error" | "warning"; text: string } | null;
}
