// The agency a document belongs to, as its titles name it: the BMA's agency list (core/agencies)
// is data, so a name the list knows is found wherever a title line puts it ("…สังกัดสำนักปลัด
// กรุงเทพมหานคร...สำนักงานการต่างประเทศ", "ของหน่วยงาน สำนักการศึกษา", "ตาราง ก … สำนักงานเขตบางรัก").
import { AGENCIES } from "../agencies";

const squash = (s: string): string => s.replace(/\s+/g, "");

const NAMES = AGENCIES.map((a) => squash(a.name)).sort((a, b) => b.length - a.length);

/**
 * The known agency a text names, the one named last when it names several (a parent agency
 * comes first: "สังกัดสำนักปลัดกรุงเทพมหานคร … สำนักงานการต่างประเทศ"); null when none.
 */
export function knownAgency(text: string): string | null {
  const t = squash(text);
  let best: { name: string; at: number } | null = null;
  for (const name of NAMES) {
    const at = t.lastIndexOf(name);
    if (at < 0) continue;
    // Longer names come first, so a shorter one inside a longer match does not replace it.
    const inside = best !== null && at >= best.at && at + name.length <= best.at + best.name.length;
    if (!inside && (best === null || at > best.at)) best = { name, at };
  }
  if (!best) return null;
  const hit = AGENCIES.find((a) => squash(a.name) === best.name);
  return hit ? hit.name : null;
}
