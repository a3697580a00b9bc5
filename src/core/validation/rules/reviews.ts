import { isWithin, leafComponents } from "../../frameworks";
import { roundResult, roundsOf } from "../../plan/rounds";
import type { Result } from "../../schema/plan";
import type { Finding } from "../finding";
import { finding, type Rule } from "../context";

const given = (v: unknown): boolean => v !== null && v !== undefined && v !== "";
const hasResult = (r: Result | undefined): boolean => r !== undefined && (given(r.value) || given(r.self));

/**
 * Each (sub-)component with results in a round has the evaluator's sign-off for that round: a
 * review of the component (or of a component above it) that names who signed.
 */
export const signoffMissing: Rule = ({ plan, framework, kpis }) => {
  const out: Finding[] = [];
  const reviews = plan.reviews ?? [];
  for (const { id: round } of roundsOf(framework)) {
    for (const c of leafComponents(framework)) {
      if (!kpis.some((k) => k.component === c.code && hasResult(roundResult(k, round)))) continue;
      const signed = reviews.some((r) => r.round === round && isWithin(c.code, r.component) && (r.signoff?.name ?? "").trim() !== "");
      if (!signed) out.push(finding("SIGNOFF_MISSING", { component: c.code, field: `reviews.${round}.signoff` }, { component: c.code, round }));
    }
  }
  return out;
};
