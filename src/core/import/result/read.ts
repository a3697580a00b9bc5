// One pass over a result form: its titles (fiscal year, agency), the summary table, the
// evaluators' pages, and every other line listed as not used.
import { isPageFurniture, type Line } from "../lines";
import { knownAgency } from "../agency";
import { titleAt } from "../recognise/classify";
import { toArabicDigits } from "../../thai/digits";
import { FISCAL_YEAR } from "../vocabulary";
import { PAGE_TITLE, readResultPage, type ResultPage } from "./pages";
import { readResultTable, resultHeader, type ResultTable } from "./table";

export interface ResultTitle {
  line: number;
  year: number;
  agency: string | null;
}

export interface ResultDrafts {
  titles: ResultTitle[];
  tables: ResultTable[];
  pages: ResultPage[];
  /** Lines no part took, with their text. */
  unused: { line: number; text: string }[];
}

export function readResultForm(lines: readonly Line[]): ResultDrafts {
  const out: ResultDrafts = { titles: [], tables: [], pages: [], unused: [] };
  let i = 0;
  while (i < lines.length) {
    const l = lines[i] as Line;
    if (l.blank || isPageFurniture(l)) {
      i++;
      continue;
    }
    const cols = resultHeader(lines, i);
    if (cols) {
      const table = readResultTable(lines, i, cols);
      out.tables.push(table);
      i = Math.max(...table.used) + 1;
      continue;
    }
    if (PAGE_TITLE.test(l.compacts.find((c) => c !== "") ?? "")) {
      // The page's title runs over two or three lines, its year maybe alone on the last.
      const joined = toArabicDigits([i, i + 1, i + 2].map((k) => lines[k]?.compact ?? "").join(""));
      const year = FISCAL_YEAR.exec(joined)?.[2];
      const { page, next } = readResultPage(lines, i);
      if (year) out.titles.push({ line: l.no, year: Number(year) < 2400 ? Number(year) + 543 : Number(year), agency: page.agency });
      out.pages.push(page);
      for (const u of page.unused) out.unused.push(u);
      i = next;
      continue;
    }
    const title = titleAt(lines, i);
    if (title) {
      // The title of the summary table: its year (maybe on the line below) and the agency under it.
      let end = title.end;
      let agency = knownAgency([i, end].map((k) => (lines[k] as Line).text).join(" "));
      const below = lines.slice(end + 1).find((x) => !x.blank);
      if (below && !below.tabular && below.compact.length < 160 && /^(ของ|หน่วยงาน|ชื่อหน่วยงาน)/.test(below.compact)) {
        agency = knownAgency(below.text) ?? agency;
        end = below.index;
      }
      out.titles.push({ line: l.no, year: title.year, agency });
      i = end + 1;
      continue;
    }
    out.unused.push({ line: l.no, text: l.text });
    i++;
  }
  return out;
}
