import { leafComponents } from "../../frameworks";
import { finding, num, type Rule } from "../context";

export const weightTotal: Rule = ({ weights }) =>
  weights.total.status === "ok" ? [] : [finding("WEIGHT_TOTAL", { field: "weight" }, { total: weights.total.used })];

// Only leaves are checked: the framework schema guarantees that children add up to their
// parent, so a parent can only be off when a leaf is, and one finding per cause is enough.
export const componentWeight: Rule = ({ weights }) =>
  weights.rows.flatMap((c) => {
    if (!c.leaf || c.count === 0 || c.status === "ok") return []; // an empty leaf: COMPONENT_KPI_COUNT says so
    return [finding("COMPONENT_WEIGHT", { component: c.code, field: "weight" }, { component: c.code, actual: c.used, expected: c.required })];
  });

export const componentKpiCount: Rule = ({ weights }) =>
  weights.rows.flatMap((c) =>
    !c.leaf || c.count === c.kpiCount
      ? []
      : [finding("COMPONENT_KPI_COUNT", { component: c.code }, { component: c.code, actual: c.count, expected: c.kpiCount })],
  );

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
