// What `kpi collect` works on and what it finds, as plain data: the files received (read or not)
// in, and out the status of each file and agency, the scores and ranks, the agencies from which
// nothing arrived and the files that could not be read. The command line reads the files; the
// consolidated workbook, --json and --csv are made from a Collection.
import type { Agency } from "../agencies";
import type { Bilingual } from "../schema/common";
import type { Framework } from "../schema/framework";
import type { Plan, RoundId } from "../schema/plan";
import type { PlanReport } from "../scoring/report";
import type { Severity, Where } from "../validation/finding";
import type { Due } from "./due";

/** A seal as the check reports it; null for a JSON plan, which has none. */
export type SealStatus = "intact" | "intact-plan-only" | "changed" | "none" | "unknown-method";

/** One finding of a plan's check (a rule, or a cell that could not be read), as kpi validate lists it. */
export interface CollectedFinding {
  code: string;
  severity: Severity;
  message: Bilingual;
  where: Where;
  source: string;
}

/** A plan file as read and checked. */
export interface ReadPlan {
  ok: true;
  plan: Plan;
  /** The framework the plan was checked against (a workbook's own, as agreed). */
  framework: Framework;
  findings: CollectedFinding[];
  /** null for JSON. */
  seal: SealStatus | null;
}

export interface Unreadable {
  ok: false;
  /** One line, Thai / English. */
  reason: string;
}

export interface ReceivedFile {
  /** The path as listed (what people see). */
  file: string;
  /** Last modified, milliseconds since the epoch: when the file is taken to have arrived. */
  modified: number;
  read: ReadPlan | Unreadable;
}

/**
 * What became of a file: the plan that counts for its agency, an older copy of it (the newest
 * counts), a plan of another fiscal year or framework than the collection's, or unreadable.
 */
export type FileRole = "counted" | "superseded" | "other-year" | "other-framework" | "unreadable";

export interface FileStatus {
  file: string;
  modified: number;
  role: FileRole;
  /** The agency's name as the agency list knows it (an abbreviation resolved), else as written; null when unreadable. */
  agency: string | null;
  /** The agency list's entry, when the name is on it. */
  known: Agency | null;
  framework: string | null;
  fiscalYear: number | null;
  seal: SealStatus | null;
  errors: number;
  warnings: number;
  /** Findings about cells that could not be read (among the errors and warnings). */
  readIssues: number;
  /** Days after the due day (0: on time); null when nothing was due or the file is unreadable. */
  daysLate: number | null;
  /** For a counted plan, the older files of the same agency; for a superseded one, the file that counts. */
  duplicates: string[];
  /** Why it is not counted, or what is odd about it. */
  note: Bilingual | null;
}

export interface AgencyScores {
  agency: string;
  known: Agency | null;
  status: FileStatus;
  plan: Plan;
  framework: Framework;
  report: PlanReport;
  /** Every KPI has a committee result the rubric can score. */
  complete: boolean;
  /** KPI ids without a usable result in the round. */
  missing: string[];
  /** Why a complete plan's total is no score out of 100 (above 100, not computable); not ranked then. */
  invalidTotal: Bilingual | null;
  /** 1 is the highest; null when not ranked (results incomplete, errors in the plan, or a total that is no score out of 100). */
  rank: number | null;
  findings: CollectedFinding[];
}

export interface MissingAgency {
  agency: Agency;
  /** Files of this agency that did not count (another year or framework). */
  received: string[];
}

export interface Collection {
  framework: Framework;
  /** How the collection's framework was chosen. */
  frameworkSource: "given" | "most-plans";
  fiscalYear: number;
  /** The round scored: the year-end results unless mid-year is asked for. */
  round: RoundId;
  /** Whether a round was asked for (the due date follows it). */
  roundGiven: boolean;
  due: Due | null;
  /** Every file, in the order of the agency list. */
  files: FileStatus[];
  /** Agencies with a counted plan: ranked first by rank, then the others by name. */
  agencies: AgencyScores[];
  missing: MissingAgency[];
  unreadable: { file: string; reason: string }[];
}
