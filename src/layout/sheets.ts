// The sheets of a template, as data: the one registry every list of sheets derives from (ids,
// tab order, default sheet and table names, the data sheets a check reads and watches). A new
// sheet is a definition here, its renderer in render/RENDERERS and its reader in read/READERS —
// TypeScript refuses to build until both exist; everything else follows.
import type { Bilingual } from "../core/schema/common";
import type { Colour } from "../workbook/model";

export interface SheetDef {
  /** The worksheet tab name. */
  name: string;
  title: Bilingual;
  /** Default table name (a suffix is added when the workbook already has it). */
  table: string;
  /** The key of the column that identifies the header row when reading (the KPI id). */
  anchor: string;
  /** Columns kept in view when scrolling right. */
  freezeColumns: number;
  /** Sheets whose rows are generated per KPI are protected so formulas cannot be typed over. */
  protect: boolean;
  tabColor: Colour;
  /** The layout version that added the sheet: a workbook of an older layout is read without it. */
  since?: number;
  /** False for sheets that hold no part of the plan (metadata, references): never read or watched. */
  data?: false;
}

export const SHEETS = {
  register: {
    name: "ตัวชี้วัด",
    title: { th: "แบบสรุปตัวชี้วัดและรายละเอียดตัวชี้วัด", en: "KPI register" },
    table: "tblKpi",
    anchor: "id",
    freezeColumns: 3,
    protect: false,
    tabColor: "#2F5597",
  },
  rubric: {
    name: "เกณฑ์การให้คะแนน",
    title: { th: "เกณฑ์การให้คะแนนตัวชี้วัด", en: "Scoring rubric (level 5 first)" },
    table: "tblRubric",
    anchor: "kpi",
    freezeColumns: 2,
    protect: false,
    tabColor: "#548235",
  },
  evaluation: {
    name: "ผลการประเมิน",
    title: { th: "แบบสรุปผลคะแนนการประเมินผลการปฏิบัติราชการ", en: "Evaluation result" },
    table: "tblEvaluation",
    anchor: "kpi",
    freezeColumns: 4,
    protect: true,
    tabColor: "#C55A11",
  },
  reviews: {
    name: "ความเห็นผู้ประเมิน",
    title: { th: "ผลการตรวจติดตามประเมินผลรายองค์ประกอบและผู้ประเมิน", en: "Evaluators' review per component and sign-off" },
    table: "tblReview",
    anchor: "component",
    freezeColumns: 3,
    protect: true,
    tabColor: "#BF8F00",
    since: 2,
  },
  actionPlan: {
    name: "แผนปฏิบัติการ",
    title: { th: "แผนปฏิบัติการ (ขั้นตอนการดำเนินงาน)", en: "Action plan (work steps)" },
    table: "tblActionPlan",
    anchor: "kpi",
    freezeColumns: 2,
    protect: false,
    tabColor: "#7030A0",
  },
  focus: {
    name: "ประเด็นมุ่งเน้น",
    title: {
      th: "ตัวชี้วัดสนับสนุนประเด็นมุ่งเน้นการพัฒนาที่หน่วยงานรับผิดชอบ",
      en: "Supporting KPIs of the year's development focus issues this agency is responsible for",
    },
    table: "",
    anchor: "issue",
    freezeColumns: 1,
    protect: true,
    tabColor: "#A5A5A5",
    data: false,
  },
  meta: {
    name: "ข้อมูลแม่แบบ",
    title: { th: "ข้อมูลแม่แบบ (โปรแกรมใช้ อย่าแก้ไข)", en: "Template metadata (used by the add-in; do not edit)" },
    table: "",
    anchor: "key",
    freezeColumns: 0,
    protect: true,
    tabColor: "#7F7F7F",
    data: false,
  },
} as const satisfies Record<string, SheetDef>;

/** The sheets of a template, by role. */
export type SheetId = keyof typeof SHEETS;
/** In tab order. */
export const SHEET_IDS = Object.keys(SHEETS) as SheetId[];

/** The sheets that hold the plan (not the metadata or a reference), in tab order; each has a table. */
export type DataSheetId = { [K in SheetId]: (typeof SHEETS)[K] extends { data: false } ? never : K }[SheetId];
export const DATA_SHEET_IDS = SHEET_IDS.filter((id): id is DataSheetId => (SHEETS[id] as SheetDef).data !== false);

/** The worksheet name each sheet has in one workbook ("ตัวชี้วัด" or "ตัวชี้วัด (2)"…). */
export type SheetNames = Record<SheetId, string>;

/** The table on each data sheet, by role; suffixed ("tblKpi2") when the name was taken. */
export type TableNames = Record<DataSheetId, string>;

/** The sheet names a template takes when the workbook has none of them. */
export const DEFAULT_SHEET_NAMES = Object.fromEntries(SHEET_IDS.map((id) => [id, SHEETS[id].name])) as SheetNames;

export const DEFAULT_TABLES = Object.fromEntries(DATA_SHEET_IDS.map((id) => [id, SHEETS[id].table])) as TableNames;


/** Whether a workbook of this layout version has the sheet (unknown version: it is looked for). */
export function sheetInLayout(id: SheetId, layoutVersion: number | null): boolean {
  const since = (SHEETS[id] as SheetDef).since;
  return since === undefined || layoutVersion === null || layoutVersion >= since;
}
