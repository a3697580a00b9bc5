// The open workbook as the pane reaches it: its ports (src/workbook/port.ts, ports.ts), never
// Office.js itself. In Excel they are the Office.js adapters (src/excel/host.ts); in component
// tests, the in-memory ones.
import type { WorkbookPort } from "../workbook/port";
import type { LivePort, MarksPort, OutputPort, RowsPort, SelectionPort } from "../workbook/ports";

export interface PaneHost {
  workbook: WorkbookPort;
  live: LivePort;
  marks: MarksPort;
  selection: SelectionPort;
  output: OutputPort;
  rows: RowsPort;
  /** The UI language of Office ("th-TH", "en-US"…). */
  displayLanguage: string;
}
