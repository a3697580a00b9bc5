// Marks on offending cells as conditional formats whose rule is a constant true formula carrying a
// tag (=ISTEXT("kpi-addin-mark|error|B5")). A conditional format shows over the cell's own fill and
// never changes its value or format, so removing it restores the cell exactly; the tag lets a later
// pane find and remove the marks of an earlier one (a pane that was closed). Which marks a check
// wants, and so which to add and remove, is decided above the port (src/taskpane/check/marks.ts).
import type { Mark, MarkSeverity, MarksPort } from "../workbook/ports";
import type { EchoGuard } from "./echo";

export const MARK_TAG = "kpi-addin-mark";

/** Fill and font of a mark: Excel's own "light red fill, dark red text" and its yellow pair. */
export const MARK_STYLE: Record<MarkSeverity, { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#7F4F00" },
};

export const markFormula = (m: Mark): string => `=ISTEXT("${MARK_TAG}|${m.severity}|${m.cell}")`;

const MARK_PATTERN = new RegExp(`${MARK_TAG}\\|(error|warning)\\|([A-Z]{1,3}[0-9]{1,7})`);

export function parseMarkFormula(formula: unknown): { severity: MarkSeverity; cell: string } | null {
  if (typeof formula !== "string") return null;
  const m = MARK_PATTERN.exec(formula);
  return m ? { severity: m[1] as MarkSeverity, cell: m[2] as string } : null;
}

/** Marks need conditional formats (ExcelApi 1.6); without them the findings are still listed. */
export function createOfficeMarks(echo: EchoGuard, supports: (version: string) => boolean): MarksPort {
  return {
    get canMark(): boolean {
      return supports("1.6");
    },

    updateMarks: ({ remove, add }) =>
      echo.write(async (context) => {
        if (remove.length === 0 && add.length === 0) return;
        for (const p of remove) context.workbook.worksheets.getItem(p.sheet).getRange().conditionalFormats.getItem(p.id).delete();
        for (const m of add) {
          const cf = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
          cf.custom.rule.formula = markFormula(m);
          cf.custom.format.fill.color = MARK_STYLE[m.severity].fill;
          cf.custom.format.font.color = MARK_STYLE[m.severity].font;
        }
        await context.sync();
      }),
  };
}
