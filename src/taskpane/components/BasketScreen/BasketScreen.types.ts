import type { LiveCheckState } from "../../hooks/useLiveCheck";
import type { BasketStrings } from "../../i18n/basketStrings";
import type { Strings } from "../../i18n/strings";

export interface BasketScreenProps {
  check: LiveCheckState;
  /** The metadata sheet of the open template. */
  metaSheet: string | null;
}

export interface BasketItem {
  key: string;
  name: string;
  meta: string;
  figures: string;
  similarity: string | null;
  /** The component it would be added to. */
  component: string;
  /** The plan's KPI of that name, if the plan has it already. */
  presentAs: string | null;
  add: () => void;
}

export interface BasketScreenState {
  t: Strings & BasketStrings;
  headingId: string;
  fileInputId: string;
  /** What was read from the file, or why it could not be. */
  loaded: { intent: "info" | "error" | "warning"; text: string } | null;
  hasBasket: boolean;
  query: string;
  setQuery: (q: string) => void;
  components: string[];
  component: string;
  setComponent: (c: string) => void;
  openFile: (file: File) => void;
  items: BasketItem[];
  empty: string | null;
  busy: boolean;
  outcome: { intent: "success" | "error" | "warning"; text: string } | null;
}
