// The KPI basket screen's words, Thai and English, in that screen's chunk (like focusStrings.ts).
import type { Lang } from "./strings";

const th = {
  basketHeading: "ตะกร้าตัวชี้วัด",
  basketIntro:
    "เปิดไฟล์ตะกร้าตัวชี้วัด (.jsonl) ที่สำนักยุทธศาสตร์และประเมินผลส่งมา ค้นตัวชี้วัดที่เคยใช้ในปีก่อน แล้วเพิ่มเป็นแถวตัวชี้วัดใหม่ในแผนนี้ (ใช้แถวว่างของแม่แบบ หรือเพิ่มแถวใหม่ ไม่เขียนทับแถวที่มีข้อมูล)",
  openFile: "เปิดไฟล์ตะกร้าตัวชี้วัด",
  loaded: (n: number, years: string, file: string) => `อ่านตัวชี้วัด ${n} ตัว (ปี ${years}) จาก ${file}`,
  unreadable: (file: string, why: string) => `อ่าน ${file} ไม่ได้: ${why}`,
  skippedLines: (n: number) => `ข้ามบรรทัดที่อ่านไม่ได้ ${n} บรรทัด`,
  search: "คำที่ค้น",
  searchHint: "เช่น ขยะ คุณภาพน้ำ การศึกษา (ไม่ต้องเว้นวรรคระหว่างคำ)",
  component: "องค์ประกอบ",
  anyComponent: "ทุกองค์ประกอบ",
  noHits: "ไม่พบตัวชี้วัดที่ใกล้เคียง",
  hitMeta: (year: string, agency: string, component: string) => `ปี ${year} · ${agency} · องค์ประกอบ ${component}`,
  hitFigures: (target: string, weight: string, result: string) => `เป้าหมาย ${target} · น้ำหนัก ${weight} · ${result}`,
  resultLabel: (value: string, score: string) => `ผล ${value} คะแนน ${score}`,
  noResult: "ยังไม่มีผล",
  similarity: (pct: number) => `ใกล้เคียง ${pct}%`,
  addRow: (component: string) => `เพิ่มเป็นแถวตัวชี้วัดใหม่ (องค์ประกอบ ${component})`,
  alreadyThere: (id: string) => `มีในแผนแล้ว (${id})`,
  adding: "กำลังเพิ่ม…",
  addFailed: (why: string) => `เพิ่มไม่ได้: ${why}`,
};

export type BasketStrings = typeof th;

const en: BasketStrings = {
  basketHeading: "KPI basket",
  basketIntro:
    "Open the KPI basket file (.jsonl) the Strategy and Evaluation Department sent, find a KPI used in past years, and add it as a new KPI row of this plan (into a blank row of the template, or a new row; never over a row that holds something).",
  openFile: "Open a KPI basket file",
  loaded: (n, years, file) => `${n} KPIs (fiscal years ${years}) read from ${file}`,
  unreadable: (file, why) => `Cannot read ${file}: ${why}`,
  skippedLines: (n) => `${n} unreadable line${n === 1 ? "" : "s"} skipped`,
  search: "Words to find",
  searchHint: "Thai words need no spaces between them",
  component: "Component",
  anyComponent: "Every component",
  noHits: "No KPI alike found",
  hitMeta: (year, agency, component) => `FY${year} · ${agency} · component ${component}`,
  hitFigures: (target, weight, result) => `target ${target} · weight ${weight} · ${result}`,
  resultLabel: (value, score) => `result ${value}, score ${score}`,
  noResult: "no result",
  similarity: (pct) => `${pct}% alike`,
  addRow: (component) => `Add as a new KPI row (component ${component})`,
  alreadyThere: (id) => `In the plan (${id})`,
  adding: "Adding…",
  addFailed: (why) => `Could not add it: ${why}`,
};

export const BASKET_STRINGS: Record<Lang, BasketStrings> = { th, en };
