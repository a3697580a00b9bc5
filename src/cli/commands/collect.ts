// kpi collect: what the central office runs each round on the ~77 workbooks agencies email (see
// src/cli/collect/run.ts). Registered here with its options; the work is loaded only when the
// command runs, so that other commands start without the reader and the workbook writer.
import type { Command } from "commander";
import type { CollectOptions } from "../collect/run";
import type { Io } from "../io";


export function registerCollect(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("collect")
    .description("รวบรวมแผนที่ได้รับจากทุกหน่วยงาน: ตรวจ สถานะการส่ง คะแนนและอันดับ สมุดงานรวม / collect the plans agencies sent: check, status, scores and ranking, a consolidated workbook")
    .argument("<paths...>", "โฟลเดอร์หรือไฟล์ (.xlsx, .json) / folders or files (.xlsx, .json)")
    .option("--framework <id|file>", "กรอบการประเมินของรอบนี้ (ไม่ระบุ: กรอบที่แผนส่วนใหญ่ใช้) / the framework collected (default: the one most plans use)")
    .option("--due <date>", "กำหนดส่ง เช่น 2024-05-31 หรือ \"31 พ.ค. 2567\" (ไม่ระบุ: ตามปฏิทินของกรอบ) / the due date (default: the framework calendar's)")
    .option("--round <mid|end>", "รอบผลการดำเนินงานที่ให้คะแนน: mid ครึ่งปี, end สิ้นปี (ไม่ระบุ: สิ้นปี) / the round scored (default: year-end)")
    .option("-o, --output <consolidated.xlsx>", "สมุดงานรวม / the consolidated workbook to write")
    .option("--json", "พิมพ์ผลเป็น JSON / print the collection as JSON")
    .option("--csv <file>", "เขียนตารางคะแนนเป็น CSV / write the scores table as CSV")
    .option("--basket <file>", "เพิ่มตัวชี้วัดที่รวบรวมลงในตะกร้าตัวชี้วัด (.jsonl) / add the KPIs collected to a KPI basket file (.jsonl)")
    .option("--recursive", "อ่านโฟลเดอร์ย่อยด้วย / read sub-folders too")
    .option("--force", "เขียนทับ -o และ --csv ที่มีอยู่ / replace existing -o and --csv files")
    .option("--jobs <n|auto>", "อ่านในเธรดแยก n เธรด แต่ละไฟล์จำกัดเวลาและหน่วยความจำ (auto: เท่าจำนวนแกน; ไม่ระบุหรือ 0: ทีละไฟล์) / read in n worker threads, each file within a time and memory limit (auto: one per core; none or 0: one file after another)")
    .option("--lang <th|en>", "ภาษาของข้อความ / language of the messages", "th")
    .action(async (paths: string[], opts: CollectOptions) => {
      const { runCollect } = await import("../collect/run.js");
      setExit(await runCollect(paths, opts, io));
    });
}
