// The Summaries screen's words, Thai and English. Apart from strings.ts so that they travel in
// that screen's chunk (fetched when the user goes to it), not in the pane's start-up JavaScript;
// the screen's hook merges them into the catalogue. The English table is typed from the Thai one.
import type { Lang } from "./strings";

const th = {
  summariesHeading: "สรุปผล",
  summariesIntro:
    "สร้างหรือปรับปรุงแบบสรุปตัวชี้วัด แบบสรุปผลคะแนน กราฟคะแนนรายองค์ประกอบ และแบบสรุปผลคะแนนการตรวจติดตามประเมินผลของแต่ละรอบที่มีผล (ครึ่งปี สิ้นปี) พร้อมเหตุผล จุดแข็ง จุดอ่อน ข้อเสนอแนะ และผู้ลงนาม เป็นแผ่นงานที่โปรแกรมสร้าง พร้อมพิมพ์กระดาษ A4 การสร้างใหม่แทนที่เฉพาะแผ่นงานที่โปรแกรมสร้าง ไม่แตะแผ่นงานอื่นหรือข้อมูลที่พิมพ์ไว้",
  generate: "สร้าง / ปรับปรุงสรุปผล",
  generating: "กำลังสร้างสรุปผล…",
  generated: (n: number) => `สร้างแล้ว ${n} แผ่นงาน`,
  replaced: (n: number) => `แทนที่แผ่นงานสรุปเดิม ${n} แผ่น`,
  noChart: "Excel นี้วาดกราฟไม่ได้ แผ่นงานกราฟจึงมีเฉพาะตารางข้อมูล",
  goToSheet: (name: string) => `ไปที่แผ่นงาน ${name}`,
  totalScore: (round: string, total: string, self: string) => `คะแนนรวม${round} ${total} จาก 100 (ประเมินตนเอง ${self})`,
  summaryHasErrors: (n: number) => `แผนยังมีข้อผิดพลาด ${n} รายการ สรุปผลอาจไม่ครบ`,
};

export type SummariesStrings = typeof th;

const en: SummariesStrings = {
  summariesHeading: "Summaries",
  summariesIntro:
    "Generates or refreshes the KPI summary form, the score summary, the chart of scores by component and, for each round with results (mid-year, year-end), the official result form with the reasons, strengths, weaknesses, suggestions and sign-off, as generated sheets ready to print on A4. Refreshing replaces only the generated sheets, never other sheets or anything typed elsewhere.",
  generate: "Generate / refresh summaries",
  generating: "Generating the summaries…",
  generated: (n) => `${n} sheet${n === 1 ? "" : "s"} generated`,
  replaced: (n) => `${n} earlier summary sheet${n === 1 ? "" : "s"} replaced`,
  noChart: "This Excel cannot draw charts here: the chart sheet holds the data table only.",
  goToSheet: (name) => `Go to sheet ${name}`,
  totalScore: (round, total, self) => `Total score, ${round}: ${total} of 100 (self-assessment ${self})`,
  summaryHasErrors: (n) => `The plan still has ${n} error${n === 1 ? "" : "s"}; the summaries may be incomplete.`,
};

export const SUMMARIES_STRINGS: Record<Lang, SummariesStrings> = { th, en };
