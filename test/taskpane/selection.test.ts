// How the Office.js adapter reads a selected cell as people see it (readSelection itself is in the
// selection port's contract suite, test/workbook/ports/selection.test.ts).
import { selectionText } from "../../src/excel/outputBatches";

describe("selectionText: a cell as people read it", () => {
  it.each([
    [null, "", "General", ""],
    ["ร้อยละ ๘๐", "ร้อยละ ๘๐", "General", "ร้อยละ ๘๐"],
    [10, "10", "General", "10"],
    [6.6667, "6.67", "General", "6.6667"],
    [0.95, "95%", "0%", "95%"],
    [45200, "1/10/2566", "d/m/yyyy", "1/10/2566"],
    [12345.678, "####", "#,##0.00", "12345.678"],
    [true, "TRUE", "General", "TRUE"],
    [false, "", "General", "FALSE"],
  ])("%p shown as %p in format %p → %p", (value, shown, format, want) => {
    expect(selectionText(value, shown, format)).toBe(want);
  });
});
