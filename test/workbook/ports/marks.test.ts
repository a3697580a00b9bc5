// The marks port's contract (src/workbook/ports.ts), one suite for both adapters: marks added are
// then reported by the live port's read and seen as one rule each; removing them, several in one
// update, leaves none, also after other rules came and went; values and the cells' own formats
// never change; a pane opened later finds the marks of an earlier one. Which cells to mark is decided above the port
// (src/taskpane/check/marks.ts).
import type { Mark, PresentMark } from "../../../src/workbook/ports";
import { PORT_HARNESSES, type OpenWorkbook } from "./harness";

const plain = (marks: readonly PresentMark[]): Mark[] =>
  marks.map(({ sheet, cell, severity }) => ({ sheet, cell, severity })).sort((a, b) => `${a.sheet}!${a.cell}`.localeCompare(`${b.sheet}!${b.cell}`));

describe.each(PORT_HARNESSES)("MarksPort contract: $name", (h) => {
  async function marked(wb: OpenWorkbook, host = wb.ports): Promise<PresentMark[]> {
    const { register, rubric, actionPlan } = wb.sheets;
    return (await host.live.read({ marksIn: [register, rubric, actionPlan] })).marks;
  }

  function some(wb: OpenWorkbook): Mark[] {
    const { register, rubric } = wb.sheets;
    return [
      { sheet: register, cell: "G5", severity: "error" },
      { sheet: register, cell: "H6", severity: "warning" },
      { sheet: rubric, cell: "F5", severity: "error" },
    ];
  }

  it("can mark", async () => {
    const wb = await h.open();
    expect(wb.ports.marks.canMark).toBe(true);
  });

  it("adds marks that a later read reports, one rule each where people look", async () => {
    const wb = await h.open();
    const { register, rubric } = wb.sheets;
    const [onRegister, onRubric] = [wb.rules(register), wb.rules(rubric)];
    await wb.ports.marks.updateMarks({ remove: [], add: some(wb) });
    expect(plain(await marked(wb))).toEqual(plain(some(wb).map((m) => ({ ...m, id: "" }))));
    expect([wb.rules(register), wb.rules(rubric)]).toEqual([onRegister + 2, onRubric + 1]);
  });

  it("removes several marks in one update: all go and none is left", async () => {
    const wb = await h.open();
    const { register, rubric } = wb.sheets;
    const rules = [wb.rules(register), wb.rules(rubric)];
    await wb.ports.marks.updateMarks({ remove: [], add: some(wb) });
    await wb.ports.marks.updateMarks({ remove: await marked(wb), add: [] });
    expect(await marked(wb)).toEqual([]);
    expect([wb.rules(register), wb.rules(rubric)]).toEqual(rules);
  });

  it("removes and adds in one update", async () => {
    const wb = await h.open();
    const [first, second, third] = some(wb) as [Mark, Mark, Mark];
    await wb.ports.marks.updateMarks({ remove: [], add: [first, second] });
    const present = await marked(wb);
    await wb.ports.marks.updateMarks({ remove: present.filter((p) => p.cell === first.cell), add: [third] });
    expect(plain(await marked(wb))).toEqual(plain([second, third].map((m) => ({ ...m, id: "" }))));
  });

  it("removes the marks it was asked to, whatever rules were added or deleted since they were read", async () => {
    const wb = await h.open();
    const { register } = wb.sheets;
    const [first, second] = some(wb) as [Mark, Mark, Mark];
    await wb.ports.marks.updateMarks({ remove: [], add: [first] });
    const present = await marked(wb);
    // Between the read and the update, another mark comes (an earlier pane, another check).
    await wb.ports.marks.updateMarks({ remove: [], add: [second] });
    const rules = wb.rules(register);
    await wb.ports.marks.updateMarks({ remove: present, add: [] });
    expect(plain(await marked(wb))).toEqual(plain([{ ...second, id: "" }]));
    expect(wb.rules(register)).toBe(rules - 1);
  });

  it("never changes the values or the cells' own formats", async () => {
    const wb = await h.open();
    const { register, rubric } = wb.sheets;
    const before = [wb.look(register), wb.look(rubric)];
    await wb.ports.marks.updateMarks({ remove: [], add: some(wb) });
    expect([wb.look(register), wb.look(rubric)]).toEqual(before);
    await wb.ports.marks.updateMarks({ remove: await marked(wb), add: [] });
    expect([wb.look(register), wb.look(rubric)]).toEqual(before);
  });

  it("leaves its marks in the workbook: a pane opened later finds them and can remove them", async () => {
    const wb = await h.open();
    await wb.ports.marks.updateMarks({ remove: [], add: some(wb) });
    const later = wb.reopen();
    const found = await marked(wb, later);
    expect(plain(found)).toEqual(plain(await marked(wb)));
    await later.marks.updateMarks({ remove: found, add: [] });
    expect(await marked(wb)).toEqual([]);
  });

  it("refuses to mark a protected sheet; a mark that is gone already is no error", async () => {
    const wb = await h.open();
    const { register, evaluation } = wb.sheets;
    const rules = wb.rules(evaluation);
    await expect(wb.ports.marks.updateMarks({ remove: [], add: [{ sheet: evaluation, cell: "N6", severity: "error" }] })).rejects.toThrow();
    expect(wb.rules(evaluation)).toBe(rules);
    await wb.ports.marks.updateMarks({ remove: [], add: [{ sheet: register, cell: "G5", severity: "error" }] });
    const present = await marked(wb);
    await wb.ports.marks.updateMarks({ remove: present, add: [] });
    const left = wb.rules(register);
    await wb.ports.marks.updateMarks({ remove: present, add: [] });
    expect(wb.rules(register)).toBe(left);
  });
});
