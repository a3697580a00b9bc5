// Data validation of a typed column: the framework's components or the rubric kinds as a list,
// a numeric range as a warning (Thai digits must stay typable).
import { leafComponents } from "../../core/frameworks";
import { toThaiDigits } from "../../core/thai/digits";
import type { ValidationSpec } from "../../workbook/model";
import { KIND_LABELS, type ColumnDef } from "../layout";
import type { Ctx } from "./context";
import { componentListSource } from "./metaEntries";

export function validationFor(c: ColumnDef, ctx: Ctx, range: string): ValidationSpec | undefined {
  if (c.list === "components") {
    return {
      range,
      rule: { type: "list", items: leafComponents(ctx.framework).map((x) => x.code), source: componentListSource(ctx) },
      strict: false,
      prompt: { title: "องค์ประกอบ / component", message: "รหัสองค์ประกอบตามกรอบการประเมิน / a component code of the framework" },
      error: { title: "องค์ประกอบ / component", message: "ไม่มีองค์ประกอบนี้ในกรอบการประเมิน / the framework has no such component" },
    };
  }
  if (c.list === "kinds") {
    return {
      range,
      rule: { type: "list", items: Object.values(KIND_LABELS) },
      strict: true,
      prompt: { title: "ชนิดเกณฑ์ / rubric kind", message: "ระดับความสำเร็จ, ค่าตัวเลข หรือคะแนนเต็ม ๑๐๐ / milestone, numeric or score out of 100" },
      error: { title: "ชนิดเกณฑ์ / rubric kind", message: "เลือกจากรายการ / pick one from the list" },
    };
  }
  if (c.range) {
    const rule: ValidationSpec["rule"] = { type: c.range.whole ? "whole" : "decimal" };
    if (c.range.min !== undefined) rule.min = c.range.min;
    if (c.range.max !== undefined) rule.max = c.range.max;
    const bounds = [c.range.min, c.range.max].every((x) => x !== undefined)
      ? `${c.range.min}–${c.range.max}`
      : c.range.min !== undefined
        ? `≥ ${c.range.min}`
        : `≤ ${c.range.max}`;
    return {
      range,
      rule,
      strict: false,
      error: {
        title: `${c.th} / ${c.en}`,
        message: `ควรเป็นตัวเลข ${toThaiDigits(bounds)} (เลขไทยใช้ได้) / should be a number ${bounds} (Thai digits are fine)`,
      },
    };
  }
  return undefined;
}
