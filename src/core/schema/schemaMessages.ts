// English messages for schema problems, as classic zod gives them ("expected string, received
// undefined"), for the front-ends that show them: the command line (a kpi-plan or framework file
// that does not parse), its worker threads, the importer. Without it zod says "Invalid input"; the
// task pane's start-up leaves it out (some 1.2 KB gzip), since it shows no schema problem.
import * as z from "zod/mini";
import { en } from "zod/locales";

export function useSchemaMessages(): void {
  if (!z.config().localeError) z.config(en());
}
