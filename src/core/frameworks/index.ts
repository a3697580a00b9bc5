import { Framework, type Component } from "../schema/framework";
import { RAW_FRAMEWORKS } from "./registry";

/** The frameworks shipped with the add-in, newest first; each checked by the schema on load. */
export const FRAMEWORKS: readonly Framework[] = RAW_FRAMEWORKS.map((raw) => Framework.parse(raw));

export function findFramework(id: string): Framework | undefined {
  return FRAMEWORKS.find((f) => f.id === id);
}

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
