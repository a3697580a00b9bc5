// Ribbon commands, associated with the ids in manifest.xml (<Action xsi:type="ExecuteFunction">).
// With the shared runtime, the FunctionFile is the task-pane page, so this bundle runs there.
import { requestView } from "./route";

/** ตรวจก่อนส่ง / Check before sending: opens the task pane on the check view. */
async function checkBeforeSending(event: Office.AddinCommands.Event): Promise<void> {
  requestView("check");
  try {
    await Office.addin.showAsTaskpane();
  } catch (e) {
    console.error("showAsTaskpane", e);
  } finally {
    event.completed();
  }
}

/** Ids used in manifest.xml <FunctionName>. */
export const COMMANDS = { checkBeforeSending } as const;

if (typeof Office !== "undefined" && Office.actions) {
  for (const [id, handler] of Object.entries(COMMANDS)) Office.actions.associate(id, handler);
}
