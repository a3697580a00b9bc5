// Reads the workbook's framework once (when the runtime starts) and makes its ladder the default
// of the custom functions. The functions themselves stay synchronous: they read getDefaults().
//
// Where the framework id lives: a workbook-scoped name KPI_FRAMEWORK, either a text constant
// (="bma-2567-bureau") or a reference to a cell holding the id. Workbook templates write it.
import { FRAMEWORK_NAME } from "../workbook/names";
import { getDefaults, setDefaultLadder } from "./functionDefaults";

export { FRAMEWORK_NAME } from "../workbook/names";

export interface FrameworkDefaults {
  ladder: readonly number[];
  floor: number;
}

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The id stored under KPI_FRAMEWORK, or null. ExcelApi 1.4 (getItemOrNullObject). */
export async function readFrameworkId(context: Excel.RequestContext): Promise<string | null> {
  const item = context.workbook.names.getItemOrNullObject(FRAMEWORK_NAME);
  item.load("type,value");
  await context.sync();
  if (item.isNullObject) return null;
  let raw: unknown = item.value;
  if (item.type === "Range") {
    const range = item.getRange();
    range.load("values");
    await context.sync();
    raw = range.values[0]?.[0];
  }
  const id = String(raw ?? "")
    .replace(/^=?"?|"?$/g, "")
    .trim();
  return id === "" ? null : id;
}

/**
 * Sets the functions' default ladder from the workbook's framework; recalculates the workbook
 * when the ladder changed. Returns the framework id applied, or null (none, unknown, no Excel).
 */
export async function applyWorkbookFramework(
  find: (id: string) => FrameworkDefaults | undefined,
  run: Run = (batch) => Excel.run(batch),
): Promise<string | null> {
  try {
    return await run(async (context) => {
      const id = await readFrameworkId(context);
      const framework = id === null ? undefined : find(id);
      if (id === null || !framework) return null;
      const before = getDefaults();
      const check = setDefaultLadder(framework.ladder, { floor: framework.floor, frameworkId: id });
      if (!check.ok) return null;
      const after = getDefaults();
      const changed = before.floor !== after.floor || before.ladder.some((v, i) => v !== after.ladder[i]);
      if (changed) {
        context.workbook.application.calculate("Full");
        await context.sync();
      }
      return id;
    });
  } catch (e) {
    console.warn("applyWorkbookFramework", e);
    return null;
  }
}
