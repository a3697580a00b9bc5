import { Framework, type Component } from "../schema/framework";
import bma2565Bureau from "./bma-2565-bureau.json";
import bma2566Bureau from "./bma-2566-bureau.json";
import bma2566District from "./bma-2566-district.json";
import bma2567Bureau from "./bma-2567-bureau.json";

// A new fiscal year is one more JSON file in this folder and one line here.
const RAW: readonly unknown[] = [bma2567Bureau, bma2566Bureau, bma2566District, bma2565Bureau];

/** The frameworks shipped with the add-in, newest first; each checked by the schema on load. */
export const FRAMEWORKS: readonly Framework[] = RAW.map((raw) => Framework.parse(raw));

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
