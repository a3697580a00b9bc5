import type { Lang, Strings } from "../../i18n/strings";
import type { OfferedFramework } from "../../shippedFrameworks";
import type { ScreenContext, View } from "./screens";

export type { View } from "./screens";

export interface AppProps {
  /** Frameworks offered on the start screen (default: the ones shipped). */
  frameworks?: readonly OfferedFramework[];
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

export interface AppState extends ScreenContext {
  t: Strings;
  lang: Lang;
  setLang: (lang: Lang) => void;
  view: View | null;
  nav: NavItem[];
  /** "Open plan: สำนักการระบายน้ำ, fiscal year 2567". */
  openLabel: string | null;
  /** What the last insert did (sheets used, names taken), shown once on the check screen after it. */
  notice: string | null;
}
