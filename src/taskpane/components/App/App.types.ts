import type { Framework } from "../../../core/schema/framework";
import type { LiveCheckState } from "../../hooks/useLiveCheck";
import type { SealState } from "../../hooks/useSeal";
import type { SummariesState } from "../../hooks/useSummaries";
import type { WorkbookPlanState } from "../../hooks/useWorkbookPlan";
import type { Lang, Strings } from "../../i18n/strings";

export type View = "start" | "import" | "check" | "send" | "summaries";

export interface AppProps {
  /** Frameworks offered on the start screen (default: the ones shipped). */
  frameworks?: readonly Framework[];
  /** Pause after typing before the live check runs (default 300 ms). */
  debounceMs?: number;
  /** The clock, for tests. */
  now?: () => Date;
}

export interface NavItem {
  view: View;
  label: string;
  disabled: boolean;
}

export interface AppState {
  t: Strings;
  lang: Lang;
  setLang: (lang: Lang) => void;
  view: View | null;
  go: (view: View) => void;
  nav: NavItem[];
  frameworks: readonly Framework[];
  plan: WorkbookPlanState;
  check: LiveCheckState;
  seal: SealState;
  summaries: SummariesState;
  /** "Open plan: สำนักการระบายน้ำ, fiscal year 2567". */
  openLabel: string | null;
  insert: WorkbookPlanState["insert"];
  open: (meta: string) => void;
  /** What the last insert did (sheets used, names taken), shown once on the check screen after it. */
  notice: string | null;
}
