// The sample inbox of the README's kpi collect example (test/readme.test.ts builds it before
// running the example; test/cli/collect.test.ts starts from it): what the central office finds
// in its mailbox folder a few days after the due date of 31 May 2024.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { agencyPlan, CORRUPT, deliver, planWorkbook } from "./inbox";

export const SAMPLE_ARRIVED = "2024-05-20T10:00:00+07:00";

/** Writes `inbox/` into `dir` and returns its path. */
export async function buildSampleInbox(dir: string, name = "inbox"): Promise<string> {
  const inbox = join(dir, name);
  mkdirSync(inbox, { recursive: true });
  const sealed = { seal: true };
  deliver(inbox, "สำนักการศึกษา.xlsx", await planWorkbook(agencyPlan("สำนักการศึกษา"), undefined, sealed), SAMPLE_ARRIVED);
  // Written as the abbreviation, sent three days late.
  deliver(inbox, "สนน.xlsx", await planWorkbook(agencyPlan("สนน.", 1), undefined, sealed), "2024-06-03T09:00:00+07:00");
  deliver(inbox, "สำนักอนามัย.xlsx", await planWorkbook(agencyPlan("สำนักอนามัย", 2)), SAMPLE_ARRIVED);
  deliver(inbox, "สำนักการแพทย์.xlsx", await planWorkbook(agencyPlan("สำนักการแพทย์", 3), undefined, { seal: true, editAfterSeal: true }), SAMPLE_ARRIVED);
  deliver(inbox, "สำนักการโยธา-ฉบับแรก.xlsx", await planWorkbook(agencyPlan("สำนักการโยธา", 4), undefined, sealed), "2024-05-10T10:00:00+07:00");
  deliver(inbox, "สำนักการโยธา.xlsx", await planWorkbook(agencyPlan("สำนักการโยธา", 5), undefined, sealed), "2024-05-25T10:00:00+07:00");
  // 1.1-1 weighs 15: weights sum to 105.
  deliver(inbox, "สำนักการคลัง.xlsx", await planWorkbook(agencyPlan("สำนักการคลัง"), undefined, { edit: (set) => set("น้ำหนัก", "1.1-1", 15) }), SAMPLE_ARRIVED);
  deliver(inbox, "สำนักเทศกิจ-2566.json", JSON.stringify({ ...agencyPlan("สำนักเทศกิจ"), fiscalYear: 2566 }), SAMPLE_ARRIVED);
  deliver(inbox, "สำนักพัฒนาสังคม.json", JSON.stringify(agencyPlan("สำนักพัฒนาสังคม", 1)), SAMPLE_ARRIVED);
  deliver(inbox, "corrupt.xlsx", CORRUPT, SAMPLE_ARRIVED);
  deliver(inbox, "notes.json", '{"hello":"world"}', SAMPLE_ARRIVED);
  deliver(inbox, "หนังสือนำส่ง.pdf", "%PDF-1.4", SAMPLE_ARRIVED);
  deliver(inbox, "~$สำนักการศึกษา.xlsx", "lock", SAMPLE_ARRIVED);
  return inbox;
}
