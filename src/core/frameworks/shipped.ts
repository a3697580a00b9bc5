// The frameworks shipped with the add-in, whole (with the year's focus issues, calendar, notes and
// sources), newest first; each checked by the schema on load. The command line, the importer and
// inserting a template use these; the task pane's start-up uses evaluation.ts.
import { Framework } from "../schema/framework";
import { RAW_FRAMEWORKS } from "./registry";

export const FRAMEWORKS: readonly Framework[] = RAW_FRAMEWORKS.map((raw) => Framework.parse(raw));

export function findFramework(id: string): Framework | undefined {
  return FRAMEWORKS.find((f) => f.id === id);
}
