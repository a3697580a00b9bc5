// Marks on offending cells as conditional formats whose rule is a constant true formula carrying a
// tag (=ISTEXT("kpi-addin-mark|error|B5")). A conditional format shows over the cell's own fill and
// never changes its value or format, so removing it restores the cell exactly; the tag lets a later
// pane find and remove the marks of an earlier one (a pane that was closed). Which marks a check
// wants, and so which to add and remove, is decided above the port (src/taskpane/check/marks.ts).
//
// A conditional format's id is its priority, its position in the collection it was read from
// ("The priority of the conditional format in the current ConditionalFormatCollection";
// office-js#5222, #6835, #6827): every rule added or deleted, by the add-in or a person, moves the
// ids of others. So marks are found by their tag, never by an id from an earlier batch: removing
// reads the sheet's rules again in the same Excel.run, then deletes the tagged ones from the last
// position up (a deletion moves only the rules after it) before adding new ones. Rules without
// the tag — the template's own rubric and action-plan rules, people's own — are never touched.
// Rules of other types than "Custom" (colour scales, data bars, highlight rules a person adds)
// have no custom rule to read: loading `custom` fails the whole batch on them (office-js#2180),
// `customOrNullObject` gives a null object instead.
import type { Mark, MarkSeverity, MarksPort, PresentMark } from "../workbook/ports";
import type { ExcelRun } from "./types";

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

/** What to load of a sheet's conditional formats to find the marks: never `custom` (see above). */
export const MARK_LOAD = "items/id,items/customOrNullObject/rule/formula";

/** The marks among loaded conditional formats, with their positions (ids) in that collection. */
export function marksIn(sheet: string, formats: Excel.ConditionalFormatCollection): PresentMark[] {
  const out: PresentMark[] = [];
  for (const cf of formats.items) {
    // A rule of another type has no custom rule: a null object.
    const custom = cf.customOrNullObject;
    if (custom.isNullObject) continue;
    const m = parseMarkFormula(custom.rule.formula);
    if (m) out.push({ sheet, cell: m.cell, severity: m.severity, id: cf.id });
  }
  return out;
}

const tagOf = (m: Mark): string => `${m.cell}|${m.severity}`;

/** Marks need conditional formats (ExcelApi 1.6); without them the findings are still listed. */
/**
 * Marks change no cell value: a format change is Excel's onFormatChanged (ExcelApi 1.9), not
 * onChanged. Should a host still report one as a change, the check it starts finds the marks
 * right and stops there.
 */
export function createOfficeMarks(run: ExcelRun, supports: (version: string) => boolean): MarksPort {
  return {
    get canMark(): boolean {
      return supports("1.6");
    },

    updateMarks: ({ remove, add }) =>
      run(async (context) => {
        if (remove.length === 0 && add.length === 0) return;
        const sheets = [...new Set(remove.map((p) => p.sheet))].map((name) => {
          const formats = context.workbook.worksheets.getItem(name).getRange().conditionalFormats;
          formats.load(MARK_LOAD);
          return { name, formats };
        });
        if (sheets.length > 0) await context.sync();
        for (const { name, formats } of sheets) {
          // The marks asked to go, as the rules stand now (in priority order); one gone already is no error.
          const left = remove.filter((r) => r.sheet === name).map(tagOf);
          const doomed = marksIn(name, formats).filter((m) => {
            const i = left.indexOf(tagOf(m));
            if (i >= 0) left.splice(i, 1);
            return i >= 0;
          });
          for (const m of doomed.reverse()) formats.getItem(m.id).delete();
        }
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
