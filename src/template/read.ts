// The one read (readCore.ts) against the frameworks shipped with the program: what the command
// line, the importer's --into, inserting and the pane's actions use. Only the task pane's start-up
// reads through readCore.ts itself, fetching the shipped frameworks when it needs them.
import { SHIPPED_FRAMEWORKS } from "../core/frameworks/evaluation";
import type { TemplateMeta } from "../layout/read";
import type { Grid } from "../workbook/model";
import type { WorkbookPort } from "../workbook/port";
import * as core from "./readCore";

export * from "./readCore";

/** As readCore's, with the shipped frameworks given unless the caller gives others. */
export type ReadOptions = Omit<core.ReadOptions, "shipped"> & Partial<Pick<core.ReadOptions, "shipped">>;
export type ReadTemplateOptions = Omit<core.ReadTemplateOptions, "shipped"> & Partial<Pick<core.ReadTemplateOptions, "shipped">>;

export function readTemplateGrids(metaSheet: string, grids: ReadonlyMap<string, Grid>, options: ReadOptions = {}): core.TemplateRead {
  return core.readTemplateGrids(metaSheet, grids, { ...options, shipped: options.shipped ?? SHIPPED_FRAMEWORKS });
}

export function readTemplate(port: WorkbookPort, options: ReadTemplateOptions = {}): ReturnType<typeof core.readTemplate> {
  return core.readTemplate(port, { ...options, shipped: options.shipped ?? SHIPPED_FRAMEWORKS });
}

/** The framework the workbook was written with: stored in it, else the shipped one of its id. */
export const writtenFramework = (meta: TemplateMeta): ReturnType<typeof core.writtenFramework> => core.writtenFramework(meta, SHIPPED_FRAMEWORKS);
