// The worker thread of isolatedRead.ts: reads the plan files it is sent, one after another, and
// posts back each outcome (see planRead.ts). It stays up between files, so that loading the
// reader (exceljs) is paid once per thread, not once per file.
import { parentPort } from "node:worker_threads";
import { useSchemaMessages } from "../core/schema/schemaMessages";
import type { WorkerReply, WorkerTask } from "./isolatedRead";
import { readPlanFile } from "./planRead";

useSchemaMessages();

parentPort?.on("message", (task: WorkerTask) => {
  void readPlanFile(task.request).then((outcome) => parentPort?.postMessage({ id: task.id, outcome } satisfies WorkerReply));
});
