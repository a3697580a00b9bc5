// The Focus issues screen's words, Thai and English, in that screen's chunk (like
// summariesStrings.ts); the screen's hook merges them into the catalogue.
import type { Lang } from "./strings";

const th = {
  focusHeading: "ประเด็นมุ่งเน้นและกำหนดส่ง",
  nextDeadline: (what: string, date: string, left: string) => `กำหนดส่งถัดไป: ${what} วันที่ ${date} (${left})`,
  noDeadlineLeft: "ไม่มีกำหนดส่งที่ยังมาไม่ถึงในปฏิทินของกรอบการประเมินนี้",
  noCalendar: "กรอบการประเมินนี้ไม่มีปฏิทิน",
  focusIntro: (agency: string, component: string) =>
    `ตัวชี้วัดสนับสนุนประเด็นมุ่งเน้นการพัฒนาที่ ${agency} รับผิดชอบ เพิ่มเป็นตัวชี้วัดขององค์ประกอบที่ ${component} ได้ (ใช้แถวว่างของแม่แบบ หรือเพิ่มแถวใหม่ ไม่เขียนทับแถวที่มีข้อมูล)`,
  noFocusIssues: "กรอบการประเมินนี้ไม่มีประเด็นมุ่งเน้นการพัฒนา",
  noneForAgency: (agency: string) => `ไม่มีตัวชี้วัดสนับสนุนที่ ${agency} รับผิดชอบ`,
  issueLabel: (no: number, heading: string) => `ประเด็นที่ ${no} ${heading}`,
  targetLabel: (target: string) => `ค่าเป้าหมาย: ${target}`,
  responsibleLabel: (names: string) => `หน่วยงานรับผิดชอบหลัก: ${names}`,
  addKpi: (component: string) => `เพิ่มเป็นตัวชี้วัดองค์ประกอบที่ ${component}`,
  alreadyThere: (id: string) => `มีในแผนแล้ว (${id})`,
  adding: "กำลังเพิ่ม…",
  addFailed: (why: string) => `เพิ่มไม่ได้: ${why}`,
};

export type FocusStrings = typeof th;

const en: FocusStrings = {
  focusHeading: "Focus issues and deadlines",
  nextDeadline: (what, date, left) => `Next deadline: ${what}, ${date} (${left})`,
  noDeadlineLeft: "No deadline of this framework's calendar is still ahead.",
  noCalendar: "This framework has no calendar.",
  focusIntro: (agency, component) =>
    `The supporting KPIs of the development focus issues that ${agency} is responsible for. Add one as a KPI of component ${component} (into a blank row of the template, or a new row; never over a row that holds something).`,
  noFocusIssues: "This framework has no development focus issues.",
  noneForAgency: (agency) => `No supporting KPI names ${agency} as responsible.`,
  issueLabel: (no, heading) => `Focus issue ${no}: ${heading}`,
  targetLabel: (target) => `Target: ${target}`,
  responsibleLabel: (names) => `Responsible: ${names}`,
  addKpi: (component) => `Add as a component ${component} KPI`,
  alreadyThere: (id) => `In the plan (${id})`,
  adding: "Adding…",
  addFailed: (why) => `Could not add it: ${why}`,
};

export const FOCUS_STRINGS: Record<Lang, FocusStrings> = { th, en };
