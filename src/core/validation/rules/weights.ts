import { isWithin, leafComponents } from "../../frameworks";
import { finding, num, same, sumOf, type Rule } from "../context";

export const weightTotal: Rule = ({ effective }) => {
  const total = sumOf(effective.map((k) => num(k.weight) ?? 0));
  return same(total, 100) ? [] : [finding("WEIGHT_TOTAL", { field: "weight" }, { total })];
};

// Only leaves are checked: the framework schema guarantees that children add up to their
// parent, so a parent can only be off when a leaf is, and one finding per cause is enough.
export const componentWeight: Rule = ({ framework, effective }) =>
  leafComponents(framework).flatMap((c) => {
    const inside = effective.filter((k) => isWithin(k.component, c.code));
    if (inside.length === 0) return []; // COMPONENT_KPI_COUNT already says it is empty
    const actual = sumOf(inside.map((k) => num(k.weight) ?? 0));
    return same(actual, c.weight)
      ? []
      : [finding("COMPONENT_WEIGHT", { component: c.code, field: "weight" }, { component: c.code, actual, expected: c.weight })];
  });

export const componentKpiCount: Rule = ({ framework, effective }) =>
  leafComponents(framework).flatMap((c) => {
    const actual = effective.filter((k) => k.component === c.code).length;
    return actual === c.kpiCount
      ? []
      : [finding("COMPONENT_KPI_COUNT", { component: c.code }, { component: c.code, actual, expected: c.kpiCount })];
  });

export const unknownComponent: Rule = ({ framework, kpis }) => {
  const leaves = leafComponents(framework).map((c) => c.code);
  return kpis
    .filter((k) => !leaves.includes(k.component))
    .map((k) =>
      finding("UNKNOWN_COMPONENT", { kpi: k.id, field: "component" }, {
        component: k.component,
        framework: framework.id,
        known: leaves.join(", "),
      }),
    );
};

export const weightInvalid: Rule = ({ kpis }) =>
  kpis.flatMap((k) => {
    const w = num(k.weight);
    return w !== null && w <= 0 ? [finding("WEIGHT_INVALID", { kpi: k.id, field: "weight" }, { kpi: k.id, value: w })] : [];
  });
