// Walking a framework's components. The shipped frameworks themselves are in shipped.ts (whole)
// and evaluation.ts (the parts that define the evaluation, for the task pane's start-up), so that
// importing these helpers brings no framework data along.
import type { Component, Framework } from "../schema/framework";

/** Every component, parents before children. */
export function allComponents(framework: Framework): Component[] {
  const out: Component[] = [];
  const walk = (list: readonly Component[]): void => {
    for (const c of list) {
      out.push(c);
      walk(c.children ?? []);
    }
  };
  walk(framework.components);
  return out;
}

/** Components that hold KPIs directly (those without children). */
export function leafComponents(framework: Framework): Component[] {
  return allComponents(framework).filter((c) => (c.children ?? []).length === 0);
}

export function findComponent(framework: Framework, code: string): Component | undefined {
  return allComponents(framework).find((c) => c.code === code);
}

/** True when `code` is `ancestor` or lies below it ("1.2" is inside "1"). */
export function isWithin(code: string, ancestor: string): boolean {
  return code === ancestor || code.startsWith(`${ancestor}.`);
}

/** The component whose KPIs should serve a focus issue (the memo: component 1; district offices may say 3). */
export const focusComponentOf = (framework: Framework): string => framework.focusComponent ?? "1";
