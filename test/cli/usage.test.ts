// Usage mistakes that commander itself catches are said in Thai first, with commander's English
// after it, and exit 2 with the command's help, like every other bad input of `kpi`.
import { bilingualUsageError } from "../../src/cli/usageErrors";
import { kpi } from "../helpers/cli";

describe("usage mistakes caught by commander", () => {
  it.each([
    [["template"], "ต้องระบุตัวเลือก '-o, --output <plan.xlsx|folder>' / error: required option '-o, --output <plan.xlsx|folder>' not specified"],
    [["validat", "x"], "ไม่รู้จักคำสั่ง 'validat' (หมายถึง validate หรือไม่) / error: unknown command 'validat' (Did you mean validate?)"],
    [["validate", "--nope", "x"], "ไม่รู้จักตัวเลือก '--nope' / error: unknown option '--nope'"],
    [["validate", "a.xlsx", "b.xlsx"], "ค่าที่ให้มามากเกินไปสำหรับคำสั่ง 'validate' รับได้ ๑ ค่า แต่ได้ ๒ ค่า / error: too many arguments for 'validate'. Expected 1 argument but got 2."],
    [["validate", "x.xlsx", "--framework"], "ตัวเลือก '--framework <id|file>' ต้องตามด้วยค่า / error: option '--framework <id|file>' argument missing"],
    [["validate"], "ขาดค่าที่ต้องระบุ 'plan' / error: missing required argument 'plan'"],
  ])("kpi %j: Thai, then commander's English, exit 2", async (argv, line) => {
    const r = await kpi(...argv);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe(line);
    expect(r.err).toContain("Usage: kpi");
  });

  it("passes a message it does not know through as commander wrote it", () => {
    expect(bilingualUsageError("error: something new\n")).toBe("error: something new\n");
  });
});
