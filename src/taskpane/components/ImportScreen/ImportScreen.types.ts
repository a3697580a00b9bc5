import type { KeyboardEvent } from "react";
import type { Framework } from "../../../core/schema/framework";
import type { OfferedFramework } from "../../shippedFrameworks";
import type { Plan } from "../../../core/schema/plan";
import type { Severity } from "../../../core/validation/finding";
import type { Agency } from "../../../core/agencies";
import type { ImportStrings } from "../../i18n/importStrings";
import type { Lang, Strings } from "../../i18n/strings";

export interface ImportScreenProps {
  /** Frameworks offered when the text names none (default: the ones shipped). */
  frameworks: readonly OfferedFramework[];
  /** An insert is running. */
  busy: boolean;
  /** Inserts the template (the App's insert: the same path as the Start screen's). */
  onInsert: (plan: Plan, framework: Framework) => void;
}

export interface KpiLine {
  id: string;
  name: string;
  /** "น้ำหนัก 10 · เกณฑ์ 5 ระดับ". */
  meta: string;
}

export interface ComponentLines {
  code: string;
  title: string;
  /** Weight of its KPIs against the framework's: ok, under, over, or unknown. */
  status: "ok" | "under" | "over" | "unknown";
  kpis: KpiLine[];
}

export interface FindingLine {
  key: string;
  severity: Severity;
  text: string;
  code: string;
}

export interface ReportLine {
  key: string;
  where: string;
  text: string;
}

export interface FrameworkChoice {
  /** The framework id shown; "" when none is known yet. */
  value: string;
  options: { id: string; label: string }[];
  hint: string;
  /** No framework yet: insert waits for a choice. */
  missing: boolean;
}

export interface ResultsView {
  heading: string;
  kpis: { key: string; title: string; text: string }[];
  total: string;
  selfTotal: string | null;
  scores: string;
  /** Printed scores differ from the recomputed ones. */
  differ: boolean;
}

export interface PreviewView {
  summary: string;
  /** What the document is. */
  kind: string;
  results: ResultsView | null;
  agency: string;
  /** The name that will be written, when it differs from what is typed (an abbreviation). */
  resolved: string | null;
  agencyError: string | null;
  suggestions: Agency[];
  components: ComponentLines[];
  standard: string | null;
  findingsSummary: string;
  findings: FindingLine[];
  disagreements: ReportLine[];
  skipped: ReportLine[];
  notes: ReportLine[];
  canInsert: boolean;
}

export interface ImportScreenState {
  t: Strings & ImportStrings;
  lang: Lang;
  ids: { heading: string; text: string; textHint: string; preview: string; agencies: string; kpis: string; results: string; findings: string; disagreements: string; skipped: string; notes: string };
  loading: boolean;
  loadError: string | null;
  reload: () => void;
  text: string;
  setText: (text: string) => void;
  /** Ctrl+Enter (⌘+Enter) in the text box shows the preview. */
  onTextKeyDown: (e: KeyboardEvent<HTMLTextAreaElement>) => void;
  canRun: boolean;
  run: () => void;
  fromSelection: () => void;
  readingSelection: boolean;
  selectionMessage: { intent: "info" | "warning" | "error"; text: string } | null;
  /** The importer refused the text: its message, and what to do. */
  error: { title: string; text: string; hint: string | null } | null;
  framework: FrameworkChoice | null;
  setFramework: (id: string) => void;
  preview: PreviewView | null;
  setAgency: (agency: string) => void;
  insert: () => void;
  busy: boolean;
}
