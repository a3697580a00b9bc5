// One KPI of the plan from its draft: the summary row first, the detail page where the row is
// silent, and every disagreement between them (and the rubric's title) reported.
import { toThaiDigits } from "../../thai/digits";
import { buildEvidence, buildPartners, joinParas } from "../fields";
import { MSG } from "../messages";
import { nameSimilarity, sameIgnoringSpaces } from "../similarity";
import type { AlignmentField } from "../vocabulary";
import type { Assembly, Draft } from "./state";
import { buildRubric, collapse, num, parseBaseline, unitOf, type KpiIn } from "./values";

const ALIGNMENT_FIELDS: readonly AlignmentField[] = ["policy", "strategy", "subStrategy", "objective", "keyResult"];

export function buildKpi(asm: Assembly, d: Draft): KpiIn {
  const row = d.row;
  const page = d.page;
  const s = d.sections;
  const rowLine = row?.line;
  const pageLine = page?.rowLine;
  const name = collapse(row?.name || page?.name || "");
  if (row && page && page.name !== "" && !sameIgnoringSpaces(row.name, page.name)) {
    asm.disagree(d, "name", name, collapse(page.name), [rowLine, pageLine], "summary", "detail");
  }
  if (d.rubric?.titleName && !sameIgnoringSpaces(d.rubric.titleName, name) && nameSimilarity(d.rubric.titleName, name) < 0.999) {
    if (!page || !sameIgnoringSpaces(d.rubric.titleName, page.name)) asm.disagree(d, "name", name, collapse(d.rubric.titleName), [rowLine ?? pageLine, d.rubric.titleLine], row ? "summary" : "detail", "rubric");
  }
  const target = collapse(row?.target || page?.target || "");
  // A page of "label: value" lines that leaves a field out says nothing about it.
  const silent = (v: string): boolean => page?.labelled === true && v.trim() === "";
  if (row && page?.hasRow && row.target !== "" && !silent(page.target) && !sameIgnoringSpaces(row.target, page.target)) {
    asm.disagree(d, "target", target, collapse(page.target), [rowLine, pageLine], "summary", "detail");
  }
  const rowW = row ? num(row.weight) : null;
  const pageW = page?.hasRow ? num(page.weight) : null;
  const titleW = d.rubric?.titleWeight ? num(d.rubric.titleWeight.text) : null;
  const weight = rowW ?? pageW ?? titleW ?? weightFromRubric(d);
  if (titleW !== null && weight !== null && titleW !== weight) asm.disagree(d, "weight", weight, titleW, [rowLine ?? pageLine, d.rubric?.titleWeight?.line], row ? "summary" : "detail", "rubric");
  if (row && page?.hasRow && rowW !== pageW && !silent(page.weight)) {
    if (rowW !== null) asm.disagree(d, "weight", rowW, pageW, [rowLine, pageLine], "summary", "detail");
    else asm.disagree(d, "weight", pageW, rowW, [pageLine, rowLine], "detail", "summary");
  }
  const baseline = buildBaseline(asm, d);
  const unitText = collapse(row?.unit || page?.unit || "");
  const unit = unitText !== "" ? unitText : unitOf(name, target);
  const alignment: Record<AlignmentField, string | null> = { policy: null, strategy: null, subStrategy: null, objective: null, keyResult: null };
  for (const f of ALIGNMENT_FIELDS) alignment[f] = page?.alignment[f]?.text || null;
  const kpi: KpiIn = {
    id: d.id,
    component: d.component as string,
    name,
    ...(unit ? { unit } : {}),
    baseline,
    target,
    weight,
    alignment,
    definition: s ? joinParas(s.definition) : "",
    method: s ? joinParas(s.method) : "",
    evidence: s ? buildEvidence(s.evidence) : [],
    partners: s ? buildPartners(s.partners) : [],
    rubric: buildRubric(d.rubric),
  };
  return kpi;
}

/** The points of the rubric's level that earns the whole weight (its percent is 100). */
function weightFromRubric(d: Draft): number | null {
  const full = buildRubric(d.rubric).levels?.find((l) => l.percent === 100);
  return typeof full?.points === "number" ? full.points : null;
}

/** The baseline by year: the summary's when it names years, else the page's. */
function buildBaseline(asm: Assembly, d: Draft): { year: number; text: string }[] {
  const rowYears = d.row ? parseBaseline(d.row.baseline) : null;
  const pageYears = d.page?.hasRow ? parseBaseline(d.page.baseline) : null;
  const lines = [d.row?.line, d.page?.rowLine];
  const show = (b: { year: number; text: string }[]): string => b.map((x) => `พ.ศ. ${toThaiDigits(x.year)} : ${x.text}`).join(" ");
  if (rowYears && rowYears.length > 0) {
    if (pageYears && pageYears.length > 0) {
      const same = rowYears.length === pageYears.length && rowYears.every((b, i) => b.year === pageYears[i]?.year && sameIgnoringSpaces(b.text, pageYears[i]?.text ?? ""));
      if (!same) asm.disagree(d, "baseline", show(rowYears), show(pageYears), lines, "summary", "detail");
    }
    return rowYears;
  }
  const undated = collapse(d.row?.baseline ?? "");
  if (pageYears && pageYears.length > 0) {
    if (undated !== "") {
      const stated = pageYears.map((b) => b.text).filter((t) => !/^[-–—]?$/.test(t));
      const agrees = /^[-–—]$/.test(undated) ? stated.length === 0 : stated.length > 0 && stated.every((t) => sameIgnoringSpaces(t, undated));
      if (!agrees) asm.disagree(d, "baseline", show(pageYears), undated, [lines[1], lines[0]], "detail", "summary");
    }
    return pageYears;
  }
  if (undated !== "" && !/^[-–—]$/.test(undated) && d.row) {
    asm.skipped.push({ line: d.row.line, text: undated, reason: MSG.emptySummaryBaseline() });
  }
  return [];
}

