// The KPI summary table (แบบสรุปตัวชี้วัด): component headings, one row per KPI (a row may go on
// over several lines), and the total. A header repeated after a page break continues the table.
import { baselineFromYears, cellText, kpiHeader, yearRow, type KpiHeader } from "../columns";
import type { SummaryRow } from "../drafts";
import { codeIn, componentHeading, lineText, titleYear, withoutNumber } from "./classify";
import type { Scan } from "./scan";

export function readSummary(s: Scan, i: number, header: KpiHeader): number {
  s.dropPending();
  s.closePage();
  const cols = header.cols;
  const from = s.line(i).no;
  let years = yearRow(s.lines[i + 1]);
  let k = years ? i + 2 : i + 1;
  let lastRow: SummaryRow | null = s.last === "summary" ? (s.out.summary[s.out.summary.length - 1] ?? null) : null;
  let end = k - 1;
  while (k < s.lines.length) {
    const l = s.line(k);
    if (l.blank) {
      k++;
      continue;
    }
    if (titleYear(l) !== null) break;
    const again = kpiHeader(l, false);
    if (again) {
      if (again.kind !== "summary") break;
      const y = yearRow(s.lines[k + 1]);
      if (y) years = y;
      end = y ? k + 1 : k;
      k = end + 1;
      continue;
    }
    const heading = componentHeading(l);
    if (heading) {
      s.out.headings.push({ ...heading, line: l.no });
      s.component = heading.code;
      end = k;
      k++;
      continue;
    }
    if (!l.tabular) {
      if (s.furniture(l)) {
        k++;
        continue;
      }
      break;
    }
    const total = /^รวม/.test(l.compacts.find((c) => c !== "") ?? "");
    if (total) {
      const w = cellText(l, cols.weight) || lineText(l);
      s.out.summaryTotals.push({ text: w, line: l.no });
      end = k;
      k++;
      continue;
    }
    const name = withoutNumber(cellText(l, cols.name), cols.no === undefined);
    const no = cellText(l, cols.no);
    // The number column numbers KPIs ("๑", "2.1", "1."): any other text there is another table's row.
    if (no !== "" && !/^\(?[0-9๐-๙]+(\.[0-9๐-๙]+)*[.)]?$/.test(no.replace(/\s+/g, ""))) break;
    const target = cellText(l, cols.target);
    const weight = cellText(l, cols.weight);
    if (name !== "" && (no !== "" || target !== "" || weight !== "")) {
      const stated = cols.component === undefined ? null : codeIn(cellText(l, cols.component));
      lastRow = {
        line: l.no,
        lines: [l.no],
        component: stated ?? s.component,
        no,
        name,
        baseline: years ? baselineFromYears(l, years) : cellText(l, cols.baseline),
        target,
        weight,
        unit: cellText(l, cols.unit),
      };
      s.out.summary.push(lastRow);
    } else if (lastRow && l.filled > 0 && no === "") {
      const add = (a: string, b: string): string => (b === "" ? a : a === "" ? b : `${a} ${b}`);
      lastRow.name = add(lastRow.name, name);
      lastRow.baseline = add(lastRow.baseline, cellText(l, cols.baseline));
      lastRow.target = add(lastRow.target, target);
      lastRow.weight = add(lastRow.weight, weight);
      lastRow.lines.push(l.no);
    } else break;
    end = k;
    k++;
  }
  s.out.summaryRanges.push({ from, to: s.line(end).no });
  s.last = "summary";
  return end + 1;
}

