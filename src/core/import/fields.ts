// The long text of a detail page (the "นิยามและวิธีคำนวณ" cell and its continuations) split by
// its labels into definition, partner roles, method and evidence, each built the way
// test/fixtures/plans/FORMAT.md describes.
import type { Para } from "./drafts";
import { splitBullets, splitNumbered, startsWithListMarker, stripMarker, type Marker } from "./lists";
import { EM_CLOSE, EM_OPEN, afterCompact, plain, rawCompactOf } from "./text";
import { AGENCY_START, AGENCY_TAIL, DETAIL_LABELS, MULTIWORD_AGENCIES, PARTNER_GROUP, type DetailField, type DetailLabel } from "./vocabulary";

export type Sections = Record<DetailField, Para[]>;

const emptySections = (): Sections => ({
  definition: [],
  partners: [],
  method: [],
  evidence: [],
  name: [],
  baseline: [],
  target: [],
  weight: [],
  unit: [],
});

/** A label that starts the paragraph, or that an emphasised run inside it spells. */
interface Cut {
  at: number;
  /** Where the value starts (after the label, or at the label when it is kept). */
  valueAt: number;
  label: DetailLabel;
}

const MAX_LABEL = 90;

function labelsFor(labelled: boolean): DetailLabel[] {
  return DETAIL_LABELS.filter((d) => labelled || !d.labelledOnly);
}

/** Label continuations: "วิธีคำนวณ/วัดผลการดำเนินงาน/สูตรคำนวณ (ต่อ) :". */
function labelTail(rest: string): number {
  const m = /^(\s*\/\s*[^\s/:：]+)*(\s*\(ต่อ\))?\s*[:：]?\s*/.exec(rest);
  return m ? m[0].length : 0;
}

/** True when `at` lies inside an emphasised run (its labels are found by the emphasis pass). */
function insideRun(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.split(EM_OPEN).length > before.split(EM_CLOSE).length;
}

/** A weak label is a label only when the emphasised run holds nothing else ("หลักฐาน:"). */
const LABEL_REST = /^((\/[^/]*)*|\(.*\))?(\(ต่อ\))?[:：]?$/;

function cutsOf(text: string, labels: readonly DetailLabel[]): Cut[] {
  const cuts: Cut[] = [];
  // Emphasised runs anywhere: <b>วิธีคำนวณ…</b>, <u>วิธีเก็บข้อมูล/หลักฐาน</u>.
  let from = 0;
  while (from < text.length) {
    const open = text.indexOf(EM_OPEN, from);
    if (open < 0) break;
    const close = text.indexOf(EM_CLOSE, open);
    if (close < 0) break;
    const raw = rawCompactOf(text.slice(open + 1, close));
    if (raw.length <= MAX_LABEL) {
      const label = labels.find((l) => {
        const m = l.pattern.exec(raw);
        return m !== null && (l.plainStart || l.keep === true || LABEL_REST.test(raw.slice(m[0].length)));
      });
      if (label) {
        const prefix = text.slice(0, open).trim();
        const at = prefix === "" || /^[-•]$/.test(prefix) ? 0 : open;
        const after = close + 1;
        cuts.push({ at, valueAt: label.keep ? at : after + labelTail(text.slice(after)), label });
      }
    }
    from = close + 1;
  }
  // A strong label written without emphasis inside the paragraph (text copied out of a PDF has
  // no tags): only in its long form "วิธีคำนวณ/…", "วิธีเก็บข้อมูล/หลักฐาน", or with a colon.
  for (const m of text.matchAll(/(^|\s)(?=วิธี|สูตร|ภารกิจ|บทบาท|แหล่ง|เอกสาร|หลักฐาน|นิยาม)/g)) {
    const at = (m.index ?? 0) + (m[1] ?? "").length;
    if (at === 0 || insideRun(text, at) || cuts.some((c) => at >= c.at && at < c.valueAt)) continue;
    const slice = text.slice(at, at + 160);
    const raw = rawCompactOf(slice);
    for (const label of labels) {
      if (!label.plainStart || label.keep) continue;
      const lm = label.pattern.exec(raw);
      if (!lm) continue;
      const rest = afterCompact(slice, lm[0].length);
      const long = lm[0].includes("/") || lm[0].length >= 14;
      if (!long && !/^\s*(\/|[:：])/.test(rest)) continue;
      cuts.push({ at, valueAt: at + (slice.length - rest.length) + labelTail(rest), label });
      break;
    }
  }
  // A partner group heading without emphasis: "๑. หน่วยงานหลัก (สำนักพัฒนาสังคม) ๑.๑ …".
  const group = labels.find((l) => l.keep);
  if (group) {
    for (const m of text.matchAll(/(^|\s)((?:[0-9๐-๙]+\.\s*)?หน่วยงาน(?:หลัก|รอง|สนับสนุน|เจ้าภาพ))/g)) {
      const at = (m.index ?? 0) + (m[1] ?? "").length;
      if (insideRun(text, at) || cuts.some((c) => at >= c.at && at <= c.valueAt)) continue;
      cuts.push({ at, valueAt: at, label: group });
    }
  }
  // A strong label written without emphasis at the start of the paragraph.
  if (!cuts.some((c) => c.at === 0) && !text.startsWith(EM_OPEN)) {
    const raw = rawCompactOf(text);
    for (const label of labels) {
      const m = label.pattern.exec(raw);
      if (!m) continue;
      const rest = afterCompact(text, m[0].length);
      // A weak label ("หลักฐาน") needs its colon: "หลักฐาน : …".
      if (!label.plainStart && !/^\s*(\/\s*[^\s/:：]+\s*)*[:：]/.test(rest)) continue;
      const valueAt = text.length - rest.length;
      cuts.push({ at: 0, valueAt: label.keep ? 0 : valueAt + labelTail(rest), label });
      break;
    }
  }
  return cuts.sort((a, b) => a.at - b.at);
}

/** Splits the text stream of a detail page into its fields. */
export function splitSections(stream: readonly Para[], labelled: boolean): Sections {
  const out = emptySections();
  const labels = labelsFor(labelled);
  let current: DetailField = "definition";
  for (const para of stream) {
    if (para.field) current = para.field;
    const push = (field: DetailField, from: number, to: number): void => {
      const t = para.text.slice(from, to).trim();
      if (plain(t).trim() === "") return;
      out[field].push({ text: t, line: para.line, cont: para.cont && from === 0 });
    };
    let pos = 0;
    for (const cut of cutsOf(para.text, labels)) {
      if (cut.at > pos) push(current, pos, cut.at);
      current = cut.label.field;
      pos = Math.max(pos, cut.valueAt);
    }
    push(current, pos, para.text.length);
  }
  return out;
}

/** A paragraph after a page break that does not start a new item continues the one before. */
const startsNew = (p: Para): boolean =>
  !p.cont || p.text.startsWith(EM_OPEN) || startsWithListMarker(plain(p.text)) || /^[“"'‘(]/.test(plain(p.text).trim());

/** Paragraphs joined with "\n"; a paragraph cut by a page break is joined with a space. */
export function joinParas(paras: readonly Para[]): string {
  let out = "";
  for (const p of paras) {
    const t = plain(p.text).trim().replace(/^[:：]\s*/, "");
    if (t === "") continue;
    out = out === "" ? t : `${out}${startsNew(p) ? "\n" : " "}${t}`;
  }
  return out;
}

/** Evidence items without their numbering or bullets, numbered lists continued across pages. */
export function buildEvidence(paras: readonly Para[]): string[] {
  const items: string[] = [];
  let last: Marker | null = null;
  for (const p of paras) {
    const t = plain(p.text).trim().replace(/^[:：]\s*/, "");
    if (t === "") continue;
    if (/^[-•▪●◦*]\s/.test(t)) {
      items.push(...splitBullets(t));
      last = null;
      continue;
    }
    const split = splitNumbered(t, last);
    if (split.items.length > 0) {
      if (split.preamble !== "") {
        if (p.cont && items.length > 0) items[items.length - 1] = `${items[items.length - 1]} ${split.preamble}`;
        else items.push(split.preamble);
      }
      items.push(...split.items.map((i) => i.body).filter((b) => b !== ""));
      last = split.last;
    } else if (p.cont && items.length > 0) {
      items[items.length - 1] = `${items[items.length - 1]} ${t}`;
    } else {
      items.push(t);
    }
  }
  return items;
}

export interface PartnerDraft {
  agency: string;
  role: string | null;
}

/** "๓.๑ สำนักงบประมาณ กรุงเทพมหานคร โอนงบประมาณให้สำนักงานเขต" → agency and role. */
export function splitAgencyRole(text: string): PartnerDraft {
  const t = text.trim();
  const compact = t.replace(/\s+/g, "");
  for (const name of MULTIWORD_AGENCIES) {
    const n = name.replace(/\s+/g, "");
    if (compact.startsWith(n)) {
      const rest = afterCompact(t, n.length).trim();
      return { agency: t.slice(0, t.length - afterCompact(t, n.length).length).trim(), role: rest === "" ? null : rest };
    }
  }
  const words = t.split(" ");
  if (!AGENCY_START.test(words[0] ?? "")) return { agency: t, role: null };
  let k = 1;
  while (k < words.length && AGENCY_TAIL.test(words[k] as string)) k++;
  const role = words.slice(k).join(" ").trim();
  return { agency: words.slice(0, k).join(" "), role: role === "" ? null : role };
}

/** "- <agency> ๑. … ๒. … - <agency> ๑. …" as agencies with their role text; null when it is not. */
function bulletedAgencies(text: string): { agency: string; roles: string }[] | null {
  if (!/^[-•]\s/.test(text)) return null;
  const pieces = text.split(/(?:^|\s)[-•]\s+(?=\S)/).filter((p) => p.trim() !== "");
  const out: { agency: string; roles: string }[] = [];
  for (const piece of pieces) {
    const split = splitNumbered(piece.trim(), null);
    const agency = split.preamble;
    if (split.items.length === 0 || agency === "" || agency.length > 80 || !AGENCY_START.test(rawCompactOf(agency))) {
      if (out.length === 0) return null;
      const last = out[out.length - 1] as { roles: string };
      last.roles = `${last.roles} - ${piece.trim()}`;
      continue;
    }
    out.push({ agency, roles: split.items.map((i) => i.text).join(" ") });
  }
  return out.length > 0 ? out : null;
}

/**
 * Partner agencies and their roles. An agency is an emphasised heading ("- <b>สำนักงานเขต</b>",
 * "<b>๑. หน่วยงานหลัก (สำนักพัฒนาสังคม)</b>"), or "agency: role"; the paragraphs under a heading
 * are its role lines. Under a heading without an agency ("หน่วยงานสนับสนุน") each numbered item
 * names an agency and its role.
 */
export function buildPartners(paras: readonly Para[]): PartnerDraft[] {
  interface Open {
    agency: string;
    lines: string[] | null;
    marker: Marker | null;
  }
  const out: Open[] = [];
  const state: { cur: Open | null; group: boolean } = { cur: null, group: false };
  const start = (agency: string, lines: string[] | null): Open => {
    const p: Open = { agency: agency.trim(), lines, marker: null };
    out.push(p);
    state.cur = p;
    state.group = false;
    return p;
  };
  const addLines = (p: Open, text: string): void => {
    const split = splitNumbered(text, p.marker);
    const lines = split.items.length > 0 ? [split.preamble, ...split.items.map((i) => i.text)].filter((s) => s !== "") : [text];
    p.lines = [...(p.lines ?? []), ...lines];
    if (split.last) p.marker = split.last;
  };
  const addGroup = (text: string): void => {
    const split = splitNumbered(text, null);
    const items = split.items.length > 0 ? split.items.map((i) => i.body) : [stripMarker(text)];
    const prev = out[out.length - 1];
    if (split.preamble !== "" && prev) prev.lines = [...(prev.lines ?? []), split.preamble];
    for (const item of items) {
      const { agency, role } = splitAgencyRole(item);
      out.push({ agency, lines: role === null ? null : [role], marker: null });
    }
    state.cur = null;
  };
  /** "หน่วยงานหลัก (สำนักการคลัง): …" starts that agency; "หน่วยงานสนับสนุน" a group of agencies. */
  const groupHeading = (agency: string | undefined, rest: string): void => {
    if (agency) {
      const open = start(agency, []);
      if (rest !== "") addLines(open, rest);
    } else {
      state.cur = null;
      state.group = true;
      if (rest !== "") addGroup(rest);
    }
  };
  for (const p of paras) {
    const body = p.text.trim().replace(/^[-•]\s*(?=\uE000)/, "");
    if (plain(body).trim() === "") continue;
    if (body.startsWith(EM_OPEN) && body.includes(EM_CLOSE)) {
      const close = body.indexOf(EM_CLOSE);
      const run = plain(body.slice(1, close)).trim();
      const rest = plain(body.slice(close + 1)).trim().replace(/^[:：]\s*/, "");
      if (PARTNER_GROUP.test(rawCompactOf(run))) {
        groupHeading(/\(([^()]+)\)\s*$/.exec(run)?.[1], rest);
        continue;
      }
      const open = start(stripMarker(run).replace(/[:：]\s*$/, ""), []);
      if (rest !== "") addLines(open, rest);
      continue;
    }
    const text = plain(body).trim();
    const heading = /^((?:[0-9๐-๙]+\.\s*)?หน่วยงาน(?:หลัก|รอง|สนับสนุน|เจ้าภาพ)[^\s(]*)\s*(?:\(([^()]+)\))?\s*(.*)$/.exec(text);
    if (heading) {
      groupHeading(heading[2], (heading[3] ?? "").trim());
      continue;
    }
    const colon = /^([^:：]{2,100})[:：]\s*(.+)$/.exec(text);
    if (colon && AGENCY_START.test(rawCompactOf(stripMarker(colon[1] as string)))) {
      addLines(start(stripMarker(colon[1] as string), []), colon[2] as string);
      continue;
    }
    // Without emphasis: "- สำนักพัฒนาสังคม ๑. … ๒. … - สำนักงานเขต ๑. …" (agency, then its numbered roles).
    const bulleted = bulletedAgencies(text);
    if (bulleted) {
      for (const b of bulleted) addLines(start(b.agency, []), b.roles);
      continue;
    }
    if (state.group) addGroup(text);
    else if (state.cur) addLines(state.cur, text);
    else start(stripMarker(text), null);
  }
  return out.map((p) => ({ agency: p.agency, role: p.lines && p.lines.length > 0 ? p.lines.join("\n") : null }));
}

