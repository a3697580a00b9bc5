// Known misspellings that PDF and Word extraction put into the official forms' fixed wording.
// They are corrected only in the *matching key* of a line (what the recognisers compare with
// their keywords); the text that goes into the plan is kept as written (test/fixtures/plans/
// FORMAT.md: the documents' mistakes are kept). Add a row when a new document garbles a label.

export interface Garble {
  readonly wrong: string;
  readonly right: string;
}

export const GARBLES: readonly Garble[] = [
  { wrong: "ตัวชีวิต", right: "ตัวชี้วัด" },
  { wrong: "ตัวชีวัด", right: "ตัวชี้วัด" },
  { wrong: "ตัวชี่วัด", right: "ตัวชี้วัด" },
  { wrong: "ตัววัดผลหลัก", right: "ตัวชี้วัดหลัก" },
  { wrong: "เจราจาทกกลาง", right: "เจรจาตกลง" },
  { wrong: "เจราจาทกลาง", right: "เจรจาตกลง" },
  { wrong: "เจรจาทกลาง", right: "เจรจาตกลง" },
  { wrong: "เจาะจงกลาง", right: "เจรจาตกลง" },
  { wrong: "เจาะจาก", right: "เจาะจง" },
  { wrong: "องค์กรประกอบ", right: "องค์ประกอบ" },
  { wrong: "รูปแบบความสำเร็จ", right: "ระดับความสำเร็จ" },
  { wrong: "นํ้าหนัก", right: "น้ำหนัก" },
  { wrong: "น้ําหนัก", right: "น้ำหนัก" },
  { wrong: "เเ", right: "แ" },
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const BY_WRONG = new Map(GARBLES.map((g) => [g.wrong, g.right]));
// Longest first, so that "เจราจาทกกลาง" wins over a shorter wrong spelling inside it.
const ANY = new RegExp([...BY_WRONG.keys()].sort((a, b) => b.length - a.length).map(escape).join("|"), "g");

/** Applies the garble table to a text (used for matching keys only). */
export function fixGarbles(text: string): string {
  return text.replace(ANY, (w) => BY_WRONG.get(w) ?? w);
}
