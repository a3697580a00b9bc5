// Import from text as React state: the importer chunk (fetched when the Import screen first
// opens), the text pasted or read from the selected range, the framework chosen when the text
// does not say, and the preview. Nothing here writes to the workbook: inserting is the App's
// insert (the same path as the Start screen's).
import { useCallback, useEffect, useRef, useState } from "react";
import { useServices, useHost } from "../context";
import { useDraft } from "../drafts";
import type { Importer, ImportPreview } from "../importer/types";

export type SelectionRead =
  | { status: "idle" }
  | { status: "reading" }
  | { status: "read"; rows: number }
  | { status: "empty" }
  | { status: "failed"; error: unknown };

export interface ImportState {
  /** The importer chunk: being fetched, there, or its download failed. */
  status: "loading" | "ready" | "failed";
  loadError: unknown;
  reload: () => void;
  text: string;
  /** New text: the preview of the old one goes. */
  setText: (text: string) => void;
  /** The framework the user chose over the text's; null: the one the text names. */
  framework: string | null;
  preview: ImportPreview | null;
  /** Reads the current text (with the chosen framework) into a preview. */
  run: () => ImportPreview | null;
  /** Chooses a framework (null: the text's) and reads the text again. */
  chooseFramework: (id: string | null) => void;
  selection: SelectionRead;
  /** Reads the selected range, puts its text in the box and previews it. */
  fromSelection: () => Promise<ImportPreview | null>;
}

export function useImport(): ImportState {
  const { selection: selectionPort } = useHost();
  const { loadImporter } = useServices();
  const [status, setStatus] = useState<ImportState["status"]>("loading");
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const importer = useRef<Importer | null>(null);
  // The pasted text and the chosen framework survive leaving the Import step.
  const [text, setTextState] = useDraft("import.text", "");
  const [framework, setFramework] = useDraft<string | null>("import.framework", null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [selection, setSelection] = useState<SelectionRead>({ status: "idle" });
  const mounted = useRef(true);
  const draft = useRef({ text, framework });
  draft.current = { text, framework };

  useEffect(() => {
    mounted.current = true;
    setStatus("loading");
    loadImporter().then(
      (i) => {
        importer.current = i;
        if (!mounted.current) return;
        setStatus("ready");
        // Back on the step with a draft: show its preview again, as the user left it.
        if (draft.current.text.trim() !== "") setPreview(i.preview(draft.current.text, draft.current.framework ?? undefined));
      },
      (e: unknown) => {
        if (!mounted.current) return;
        setLoadError(e);
        setStatus("failed");
      },
    );
    return () => {
      mounted.current = false;
    };
  }, [loadImporter, attempt]);

  const read = useCallback((source: string, chosen: string | null): ImportPreview | null => {
    const i = importer.current;
    if (!i) return null;
    const p = i.preview(source, chosen ?? undefined);
    setPreview(p);
    return p;
  }, []);

  const setText = useCallback((value: string) => {
    setTextState(value);
    setPreview(null);
    setSelection({ status: "idle" });
  }, []);

  const run = useCallback(() => read(text, framework), [read, text, framework]);

  const chooseFramework = useCallback(
    (id: string | null) => {
      setFramework(id);
      read(text, id);
    },
    [read, text],
  );

  const fromSelection = useCallback(async (): Promise<ImportPreview | null> => {
    const i = importer.current;
    if (!i) return null;
    setSelection({ status: "reading" });
    let rows: string[][];
    try {
      rows = await selectionPort.readSelection();
    } catch (e) {
      if (mounted.current) setSelection({ status: "failed", error: e });
      return null;
    }
    if (!mounted.current) return null;
    const value = i.cellsToText(rows);
    setTextState(value);
    if (value.trim() === "") {
      setPreview(null);
      setSelection({ status: "empty" });
      return null;
    }
    setSelection({ status: "read", rows: rows.length });
    return read(value, framework);
  }, [selectionPort, read, framework]);

  return {
    status,
    loadError,
    reload: () => setAttempt((n) => n + 1),
    text,
    setText,
    framework,
    preview,
    run,
    chooseFramework,
    selection,
    fromSelection,
  };
}
