// Where each part of the plan was read from, and locate(): a finding's KPI and field (or
// component) → the cell, walking up the field path ("rubric.levels[2].points" → "rubric.levels[2]"
// → … → the KPI's row) until a cell is known; cellOf(): the cell of exactly that field, for
// writing into it.
import type { Where } from "../../core/validation/finding";
import type { CellRef, Locate } from "../types";

export interface Positions {
  byKpi: Map<string, CellRef>;
  byField: Map<string, CellRef>;
  byComponent: Map<string, CellRef>;
  /** A component's field (a round's sign-off), by key(component, field). */
  byComponentField: Map<string, CellRef>;
}

/** The key of a KPI's field in `Positions.byKpi`. */
export const key = (kpi: string, field: string): string => `${kpi}\u0000${field}`;

/** "rubric.levels[2].points" → "rubric.levels[2]" → "rubric.levels" → "rubric" → "". */
const parentField = (field: string): string => field.replace(/(\.[^.[\]]+|\[\d+\])$/, "");

export function makeLocate(pos: Positions): Locate {
  return (where: Where) => {
    const walk = (lookup: (field: string) => CellRef | undefined, field: string): CellRef | undefined => {
      let f = field;
      for (;;) {
        const hit = lookup(f);
        if (hit) return hit;
        if (f === "") return undefined;
        const up = parentField(f);
        f = up === f ? "" : up;
      }
    };
    if (where.kpi !== undefined) {
      const kpi = where.kpi;
      const hit = walk((f) => pos.byKpi.get(key(kpi, f)), where.field ?? "");
      if (hit) return hit;
      if (where.field) return walk((f) => (f === "" ? undefined : pos.byField.get(f)), where.field);
      return undefined;
    }
    if (where.component !== undefined) {
      const field = where.field === undefined ? undefined : pos.byComponentField.get(key(where.component, where.field));
      return field ?? pos.byComponent.get(where.component);
    }
    if (where.field !== undefined) return walk((f) => (f === "" ? undefined : pos.byField.get(f)), where.field);
    return undefined;
  };
}

/**
 * The cell that holds exactly this field of a KPI ("results.mid.self") or of a component's review
 * ("reviews.end.signoff.date"), or undefined: never a neighbour, as locate() may give.
 */
export function makeCellOf(pos: Positions): Locate {
  return (where: Where) => {
    if (where.field === undefined) return undefined;
    if (where.kpi !== undefined) return pos.byKpi.get(key(where.kpi, where.field));
    if (where.component !== undefined) return pos.byComponentField.get(key(where.component, where.field));
    return pos.byField.get(where.field);
  };
}
