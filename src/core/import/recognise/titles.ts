// Titles, component boxes and alignment lines: what stands above a KPI page. They are kept as
// pending (scan.ts) until the page's table starts.
import { toArabicDigits } from "../../thai/digits";
import type { Located, TitleDraft } from "../drafts";
import { knownAgency } from "../agency";
import { MSG } from "../messages";
import { trimDots } from "../text";
import type { AlignmentField } from "../vocabulary";
import { agencyOf, alignmentOf, CONDITIONS, componentBoxes, lineText } from "./classify";
import type { Pending, Scan } from "./scan";

/**
 * A form title (its year on line `end`, the title line or one below it), with the agency: one the
 * BMA's agency list knows, named on the title or on the line under it, else that line as written.
 */
export function readTitle(s: Scan, i: number, year: number, end = i): number {
  const line = s.line(i);
  const titleText = [i, ...(end > i ? [end] : [])].map((k) => lineText(s.line(k))).join(" ");
  const t: TitleDraft = { line: line.no, year, agency: knownAgency(titleText) };
  if (t.agency) t.agencyLine = line.no;
  let next = end + 1;
  for (let k = end + 1; k < Math.min(s.lines.length, end + 3); k++) {
    const l = s.line(k);
    if (l.blank) continue;
    if (!l.tabular && !s.startsSection(k) && l.compact.length < 160 && !CONDITIONS.test(l.compact) && !s.running.has(k)) {
      const known = knownAgency(lineText(l));
      if (known || !t.agency) {
        t.agency = known ?? agencyOf(lineText(l));
        t.agencyLine = l.no;
        next = k + 1;
      }
    }
    break;
  }
  s.out.titles.push(t);
  s.dropPending();
  s.pending = s.newPending(line.no);
  return next;
}

/** "องค์ประกอบที่ ๑.๑ ☐ …": the component boxes of a detail page, over one or more lines. */
export function readBoxes(s: Scan, i: number): number {
  const p = s.pending ?? (s.pending = s.newPending(s.line(i).no));
  if (p.fresh && (Object.keys(p.alignment).length > 0 || p.boxCodes.length > 0)) {
    s.dropPending();
    s.pending = s.newPending(s.line(i).no);
  }
  const pending = s.pending as Pending;
  let k = i;
  const texts: string[] = [];
  while (k < s.lines.length) {
    const l = s.line(k);
    if (l.blank) {
      k++;
      continue;
    }
    const b = componentBoxes(l);
    if (!b) break;
    if (pending.boxLine === undefined) pending.boxLine = l.no;
    pending.boxCodes.push(...b.codes);
    if (b.ticked) pending.boxTicked = b.ticked;
    texts.push(l.text);
    k++;
    if (b.codes.length === 1 && !/^\W*องค์(กร)?ประกอบ(ที่)?\s*[\d.]+\s*$/.test(toArabicDigits(l.text))) break;
  }
  pending.boxText = texts.join(" ");
  pending.fresh = true;
  return k;
}

/** The alignment lines of a detail page (policy, strategy, …), a value may go on over lines. */
export function readAlignment(s: Scan, i: number): number {
  if (!s.pending) s.pending = s.newPending(s.line(i).no);
  let k = i;
  let current: AlignmentField | null = null;
  while (k < s.lines.length) {
    const l = s.line(k);
    if (l.blank) {
      k++;
      current = null;
      continue;
    }
    const a = alignmentOf(l);
    if (a) {
      const p = s.pending as Pending;
      if (a.field && p.alignment[a.field]) {
        // A second strategy line: a new page's chain starts.
        s.dropPending();
        s.pending = s.newPending(l.no);
      }
      const pend = s.pending as Pending;
      pend.fresh = true;
      if (a.field) {
        pend.alignment[a.field] = { text: a.value, line: l.no };
        pend.alignmentLines.push(l.no);
      } else s.skip(l, MSG.alignmentNoField());
      current = a.field;
      k++;
      continue;
    }
    if (current && !l.tabular && !s.startsSection(k) && k > 0 && !s.line(k - 1).blank) {
      const loc = (s.pending as Pending).alignment[current] as Located;
      loc.text = trimDots(`${loc.text} ${lineText(l)}`);
      k++;
      continue;
    }
    break;
  }
  return k;
}

