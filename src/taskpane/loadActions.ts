// Loads the actions chunk (inserting templates, rendering summaries) the first time the user asks
// for one, and offers its functions as async ones with the same arguments, so the engine keeps one
// shape whether a function is in the start-up chunk or not.
import type { Actions } from "./actions";

/** The module path typed as a plain string (as in loadEngine.ts: webpack still sees the literal). */
type Path = string;

let loading: Promise<Actions> | null = null;

export function loadActions(): Promise<Actions> {
  loading ??= (import(/* webpackChunkName: "actions" */ "./actions" as Path) as Promise<{ actions: Actions }>).then(
    (m) => m.actions,
    (e: unknown) => {
      // A failed download can be retried.
      loading = null;
      throw e;
    },
  );
  return loading;
}

type Fn<K extends keyof Actions> = Actions[K];

export async function insertTemplate(...args: Parameters<Fn<"insertTemplate">>): Promise<Awaited<ReturnType<Fn<"insertTemplate">>>> {
  return (await loadActions()).insertTemplate(...args);
}

export async function refreshSummaries(...args: Parameters<Fn<"refreshSummaries">>): Promise<Awaited<ReturnType<Fn<"refreshSummaries">>>> {
  return (await loadActions()).refreshSummaries(...args);
}

export async function addKpiRow(...args: Parameters<Fn<"addKpiRow">>): Promise<Awaited<ReturnType<Fn<"addKpiRow">>>> {
  return (await loadActions()).addKpiRow(...args);
}

export async function newPlan(...args: Parameters<Fn<"newPlan">>): Promise<Awaited<ReturnType<Fn<"newPlan">>>> {
  return (await loadActions()).newPlan(...args);
}

export async function sealOf(...args: Parameters<Fn<"sealOf">>): Promise<Awaited<ReturnType<Fn<"sealOf">>>> {
  return (await loadActions()).sealOf(...args);
}

/** The comparison of the template's formulas with the cells, for the full check (loads the actions chunk). */
export async function loadFormulaCheck(): Promise<Actions["formulaIssues"]> {
  return (await loadActions()).formulaIssues;
}
