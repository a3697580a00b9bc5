// The focus-issues sheet: the supporting KPIs of the year's development focus issues that the
// template's agency is responsible for (abbreviations and groups such as สนข. resolved), so that a
// planner who opens the template sees which KPIs the central office expects of it. A reference
// written from the framework, protected and never read; the task pane's Focus issues step adds
// one as a KPI of the register.
import { focusKpisFor } from "../../core/frameworks/focus";
import { toThaiDigits } from "../../core/thai/digits";
import { rangeAddress } from "../../workbook/a1";
import type { SheetRender } from "../../workbook/model";
import { COLOURS, FIRST_DATA_ROW, focusColumns } from "../layout";
import { finish, SheetBuilder, titleBlock } from "./builder";
import type { Ctx } from "./context";

export function renderFocus(ctx: Ctx): SheetRender {
  const b = new SheetBuilder(ctx.sheets.focus, focusColumns());
  titleBlock(b, ctx, "focus");
  const issues = ctx.framework.focusIssues ?? [];
  const mine = focusKpisFor(ctx.framework, ctx.plan.agency);
  let row = FIRST_DATA_ROW;
  for (const { issue, kpi, responsible } of mine) {
    b.set(row, "issue", toThaiDigits(issue.no));
    b.set(row, "heading", issue.heading);
    b.set(row, "kpi", kpi.name);
    b.set(row, "target", kpi.target || null);
    b.set(row, "responsible", responsible.map((r) => r.th).join(", "));
    row++;
  }
  if (mine.length === 0) {
    const note =
      issues.length === 0
        ? "กรอบการประเมินนี้ยังไม่มีประเด็นมุ่งเน้นการพัฒนา / this framework names no development focus issues yet"
        : ctx.plan.agency.trim() === ""
          ? "ระบุหน่วยงานเพื่อดูตัวชี้วัดสนับสนุนที่รับผิดชอบ / name the agency to see the supporting KPIs it is responsible for"
          : "หน่วยงานนี้ไม่ได้เป็นผู้รับผิดชอบตัวชี้วัดสนับสนุนใดของประเด็นมุ่งเน้นการพัฒนา / this agency is responsible for none of the focus issues' supporting KPIs";
    b.set(row, "heading", note);
    b.style(rangeAddress(row, 0, row, b.lastColumn), { font: { italic: true, color: COLOURS.subtitle } });
    row++;
  }
  return finish(b, "focus", ctx, row - 1);
}
