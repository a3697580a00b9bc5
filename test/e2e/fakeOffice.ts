// Office as the task pane meets it inside Excel, for a plain browser: the globals office.js would
// define (Office with onReady reporting an Excel host, the display language and requirement
// checks; CustomFunctions for the functions bundle) and Excel.run over the fake Excel. Installed by
// an init script before the page runs, while the page's own office.js request is answered with an
// empty script (stubOfficeJs in support.ts), so the production bundles run unchanged and take the
// same path they take in Excel.
import type { ExcelRun } from "../../src/excel/types";

export function installFakeOffice(run: ExcelRun, displayLanguage: string): void {
  const g = globalThis as Record<string, unknown>;
  const HostType = { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" };
  const info = { host: HostType.Excel, platform: "OfficeOnline" };
  g.Office = {
    HostType,
    onReady: (callback?: (i: typeof info) => unknown) => {
      const ready = new Promise<typeof info>((resolve) => setTimeout(() => resolve(info), 0));
      if (callback) void ready.then(callback);
      return ready;
    },
    context: { displayLanguage, requirements: { isSetSupported: () => true } },
    actions: { associate: () => undefined },
    addin: { showAsTaskpane: async () => undefined },
  };
  g.Excel = { run: (batch: Parameters<ExcelRun>[0]) => run(batch) };
  class CustomFunctionsError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  g.CustomFunctions = {
    associate: () => undefined,
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };
}
