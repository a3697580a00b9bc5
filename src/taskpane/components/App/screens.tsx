// The pane's screens, as one registry: every list of screens derives from it — the steps of the
// navigation (label, whether it needs an open plan), what each shows, and for screens in a chunk of
// their own (lazyScreens.tsx) the fetch started when the user points at or focuses their step.
// A new screen is a component and one entry here.
import type { LiveCheckState } from "../../hooks/useLiveCheck";
import type { SealState } from "../../hooks/useSeal";
import type { SummariesState } from "../../hooks/useSummaries";
import type { WorkbookPlanState } from "../../hooks/useWorkbookPlan";
import type { Strings } from "../../i18n/strings";
import type { OfferedFramework } from "../../shippedFrameworks";
import { CheckScreen } from "../CheckScreen";
import { StartScreen } from "../StartScreen";
import { BasketScreen, basketChunk, FocusScreen, focusChunk, ImportScreen, importChunk, SendScreen, sendChunk, SummariesScreen, summariesChunk } from "./lazyScreens";

/** What the screens are given: the open plan, its check, the seal, the summaries and moving on. */
export interface ScreenContext {
  frameworks: readonly OfferedFramework[];
  plan: WorkbookPlanState;
  check: LiveCheckState;
  seal: SealState;
  summaries: SummariesState;
  insert: WorkbookPlanState["insert"];
  /** A new plan of a shipped framework for an agency, inserted. */
  create: (frameworkId: string, agency: string) => Promise<boolean>;
  open: (meta: string) => void;
  go: (view: View) => void;
}

export interface ScreenDef {
  label: (t: Strings) => string;
  /** The step is offered only while a plan is open. */
  needsPlan: boolean;
  render: (c: ScreenContext) => JSX.Element;
  /** Starts fetching the screen's chunk ahead of time (screens in the start-up bundle have none). */
  preload?: () => Promise<unknown>;
}

/** The steps in the order the navigation shows them. */
export const VIEWS = ["start", "import", "check", "focus", "basket", "send", "summaries"] as const;
export type View = (typeof VIEWS)[number];

export const SCREENS: Record<View, ScreenDef> = {
  start: {
    label: (t) => t.navStart,
    needsPlan: false,
    render: (c) => (
      <StartScreen
        frameworks={c.frameworks}
        templates={c.plan.templates}
        activeMeta={c.plan.active?.meta ?? null}
        busy={c.plan.busy}
        inserted={c.plan.inserted}
        onCreate={(id, agency) => void c.create(id, agency)}
        onOpen={c.open}
        onImport={() => c.go("import")}
      />
    ),
  },
  import: {
    label: (t) => t.navImport,
    needsPlan: false,
    render: (c) => <ImportScreen frameworks={c.frameworks} busy={c.plan.busy} onInsert={(p, f) => void c.insert(p, f)} />,
    preload: importChunk.load,
  },
  check: {
    label: (t) => t.navCheck,
    needsPlan: true,
    render: (c) => <CheckScreen check={c.check} />,
  },
  focus: {
    label: (t) => t.navFocus,
    needsPlan: true,
    render: (c) => <FocusScreen check={c.check} metaSheet={c.plan.active?.meta ?? null} />,
    preload: focusChunk.load,
  },
  basket: {
    label: (t) => t.navBasket,
    needsPlan: true,
    render: (c) => <BasketScreen check={c.check} metaSheet={c.plan.active?.meta ?? null} />,
    preload: basketChunk.load,
  },
  send: {
    label: (t) => t.navSend,
    needsPlan: true,
    render: (c) => <SendScreen check={c.check} seal={c.seal} />,
    preload: sendChunk.load,
  },
  summaries: {
    label: (t) => t.navSummaries,
    needsPlan: true,
    render: (c) => <SummariesScreen check={c.check} summaries={c.summaries} />,
    preload: summariesChunk.load,
  },
};

/** Starts fetching the screen of `view` (the user points at or focuses its step). */
export function preloadScreen(view: View): void {
  SCREENS[view].preload?.().catch(() => undefined);
}
