// Ribbon commands, associated with the ids in manifest.xml (<Action xsi:type="ExecuteFunction">).
// With the shared runtime, the FunctionFile is the task-pane page, so this bundle runs there.
import { requestView } from "../runtime/viewRequests";

/** ตรวจก่อนส่ง / Check before sending: opens the task pane on that screen, which checks and seals. */
async function checkBeforeSending(event: Office.AddinCommands.Event): Promise<void> {
  requestView("send");
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
