// The templates a workbook holds: every metadata sheet ("ข้อมูลแม่แบบ", "ข้อมูลแม่แบบ (2)"…) that
// is a template's, in tab order, with what the pane shows to choose one.
import { readMeta } from "../layout/read";
import type { SheetNames } from "../layout/types";
import type { WorkbookPort } from "../workbook/port";
import { metaCandidates } from "./read";

/** A template found in a workbook: its metadata sheet and the sheets it names. */
export interface TemplateRef {
  meta: string;
  sheets: SheetNames;
  framework: string;
  agency: string;
  fiscalYear: number | null;
}

/** The templates a workbook holds, in tab order. Two round trips. */
export async function listTemplates(port: WorkbookPort): Promise<TemplateRef[]> {
  const candidates = metaCandidates((await port.inventory()).sheets);
  if (candidates.length === 0) return [];
  const grids = await port.readSheets(candidates);
  return candidates.flatMap((name) => {
    const { meta } = readMeta(name, grids.get(name));
    return meta ? [{ meta: name, sheets: meta.sheets, framework: meta.framework, agency: meta.agency, fiscalYear: meta.fiscalYear }] : [];
  });
}
