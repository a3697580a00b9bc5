// Screens the pane shows only when the user goes to them — Import (with its hook), Check before
// sending, Summaries, Focus issues, the KPI basket — each in a chunk of its own, fetched when the user points at or focuses its
// step (preloadScreen) or else when it opens (the ribbon's "check before sending" opens the pane
// on that screen: a user action too). A screen whose chunk has arrived renders at once, so moving
// to it is as immediate as to the Start and Check screens, which stay in the start-up bundle. A
// chunk that fails to arrive shows the error with "try again", which fetches it anew.
import { useEffect, useState, type ComponentType } from "react";
import { useLang } from "../../context";
import { errorText } from "../CheckScreen/useCheckScreen";
import type { BasketScreenProps } from "../BasketScreen";
import type { FocusScreenProps } from "../FocusScreen";
import type { ImportScreenProps } from "../ImportScreen";
import type { SendScreenProps } from "../SendScreen";
import type { SummariesScreenProps } from "../SummariesScreen";
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "../ui";

/** The module path typed as a plain string (as in loadEngine.ts: webpack still sees the literal). */
type Path = string;

interface Chunk<P> {
  /** The screen, once its chunk has arrived. */
  loaded: ComponentType<P> | null;
  load: () => Promise<ComponentType<P>>;
}

function chunk<P>(fetch: () => Promise<ComponentType<P>>): Chunk<P> {
  let pending: Promise<ComponentType<P>> | null = null;
  const c: Chunk<P> = {
    loaded: null,
    load: () =>
      (pending ??= fetch().then(
        (screen) => (c.loaded = screen),
        (e: unknown) => {
          pending = null; // a failed download can be retried
          throw e;
        },
      )),
  };
  return c;
}

export const importChunk = chunk<ImportScreenProps>(() =>
  (import(/* webpackChunkName: "screen-import" */ "../ImportScreen" as Path) as Promise<typeof import("../ImportScreen")>).then((m) => m.ImportScreen),
);
export const sendChunk = chunk<SendScreenProps>(() =>
  (import(/* webpackChunkName: "screen-send" */ "../SendScreen" as Path) as Promise<typeof import("../SendScreen")>).then((m) => m.SendScreen),
);
export const focusChunk = chunk<FocusScreenProps>(() =>
  (import(/* webpackChunkName: "screen-focus" */ "../FocusScreen" as Path) as Promise<typeof import("../FocusScreen")>).then((m) => m.FocusScreen),
);
export const basketChunk = chunk<BasketScreenProps>(() =>
  (import(/* webpackChunkName: "screen-basket" */ "../BasketScreen" as Path) as Promise<typeof import("../BasketScreen")>).then((m) => m.BasketScreen),
);
export const summariesChunk = chunk<SummariesScreenProps>(() =>
  (import(/* webpackChunkName: "screen-summaries" */ "../SummariesScreen" as Path) as Promise<typeof import("../SummariesScreen")>).then((m) => m.SummariesScreen),
);

function LazyScreen<P extends object>({ chunk: c, props }: { chunk: Chunk<P>; props: P }): JSX.Element {
  const { t } = useLang();
  const [Screen, setScreen] = useState<ComponentType<P> | null>(() => c.loaded);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (Screen) return undefined;
    let live = true;
    c.load().then(
      (s) => live && setScreen(() => s),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [Screen, c, attempt]);
  if (Screen) return <Screen {...props} />;
  if (error !== null) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t.failed(errorText(error) ?? "")}</MessageBarBody>
        <MessageBarActions>
          <Button
            onClick={() => {
              setError(null);
              setAttempt((n) => n + 1);
            }}
          >
            {t.retry}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return <Spinner label={t.screenLoading} />;
}

export const ImportScreen = (props: ImportScreenProps): JSX.Element => <LazyScreen chunk={importChunk} props={props} />;
export const SendScreen = (props: SendScreenProps): JSX.Element => <LazyScreen chunk={sendChunk} props={props} />;
export const SummariesScreen = (props: SummariesScreenProps): JSX.Element => <LazyScreen chunk={summariesChunk} props={props} />;
export const FocusScreen = (props: FocusScreenProps): JSX.Element => <LazyScreen chunk={focusChunk} props={props} />;
export const BasketScreen = (props: BasketScreenProps): JSX.Element => <LazyScreen chunk={basketChunk} props={props} />;
