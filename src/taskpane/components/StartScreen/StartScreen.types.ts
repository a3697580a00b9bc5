import type { Bilingual } from "../../../core/schema/common";
import type { TemplateRef } from "../../../template/list";
import type { Agency, AgencyKind } from "../../../core/agencies";
import type { Strings } from "../../i18n/strings";
import type { OfferedFramework } from "../../shippedFrameworks";

export interface StartScreenProps {
  frameworks: readonly OfferedFramework[];
  templates: readonly TemplateRef[];
  activeMeta: string | null;
  busy: boolean;
  /** What the last insert did. */
  inserted: Bilingual | null;
  /** Makes a new plan of this framework for this agency and inserts its template. */
  onCreate: (frameworkId: string, agency: string) => void;
  onOpen: (meta: string) => void;
  /** Opens the Import screen (a plan from the text of the forms). */
  onImport?: () => void;
}

export interface StartScreenState {
  t: Strings;
  lang: "th" | "en";
  years: number[];
  year: number;
  setYear: (year: number) => void;
  kinds: { kind: AgencyKind; available: boolean }[];
  kind: AgencyKind;
  setKind: (kind: AgencyKind) => void;
  framework: OfferedFramework | null;
  agency: string;
  setAgency: (text: string) => void;
  /** Fetches the agency list (suggestions, abbreviations) when the user reaches the field. */
  wantAgencies: () => void;
  /** The name that will be written, when it differs from what was typed (an abbreviation). */
  resolved: string | null;
  suggestions: Agency[];
  /** Shown after a submit without an agency. */
  agencyError: string | null;
  submit: () => void;
  busy: boolean;
  inserted: string | null;
  templates: readonly TemplateRef[];
  activeMeta: string | null;
  onOpen: (meta: string) => void;
  onImport: (() => void) | null;
  ids: { agency: string; agencies: string; heading: string; existing: string };
}
