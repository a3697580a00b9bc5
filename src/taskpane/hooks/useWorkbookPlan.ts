// Which plan the pane works on: the templates the workbook holds, the one open, and inserting a
// new one (made from a shipped framework, or imported). The workbook is reached through the port only.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Bilingual } from "../../core/schema/common";
import type { Framework } from "../../core/schema/framework";
import type { Plan } from "../../core/schema/plan";
import type { TemplateRef } from "../../template/list";
import { useHost, useServices } from "../context";

export interface WorkbookPlanState {
  status: "loading" | "ready" | "error";
  templates: TemplateRef[];
  /** The template the pane checks; null until one is opened or inserted. */
  active: TemplateRef | null;
  error: unknown;
  /** What the last insert did, for the user. */
  inserted: Bilingual | null;
  busy: boolean;
  refresh: () => Promise<void>;
  open: (meta: string) => void;
  insert: (plan: Plan, framework: Framework) => Promise<boolean>;
  /** Makes a new plan of a shipped framework for an agency (its standard KPIs prefilled) and inserts it. */
  create: (frameworkId: string, agency: string) => Promise<boolean>;
}

export function useWorkbookPlan(): WorkbookPlanState {
  const { workbook: port } = useHost();
  const { insertTemplate, listTemplates, newPlan } = useServices().workbook;
  const [status, setStatus] = useState<WorkbookPlanState["status"]>("loading");
  const [templates, setTemplates] = useState<TemplateRef[]>([]);
  const [activeMeta, setActiveMeta] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [inserted, setInserted] = useState<Bilingual | null>(null);
  const [busy, setBusy] = useState(false);
  const mounted = useRef(true);

  const load = useCallback(
    async (prefer?: string): Promise<void> => {
      try {
        const list = await listTemplates(port);
        if (!mounted.current) return;
        setTemplates(list);
        setActiveMeta((current) => {
          const want = prefer ?? current;
          if (want && list.some((t) => t.meta === want)) return want;
          return list[list.length - 1]?.meta ?? null;
        });
        setStatus("ready");
        setError(null);
      } catch (e) {
        if (!mounted.current) return;
        setError(e);
        setStatus("error");
      }
    },
    [port, listTemplates],
  );

  useEffect(() => {
    mounted.current = true;
    void load();
    return () => {
      mounted.current = false;
    };
  }, [load]);

  const insertMade = useCallback(
    async (make: () => Promise<{ plan: Plan; framework: Framework }>): Promise<boolean> => {
      setBusy(true);
      setInserted(null);
      try {
        const { plan, framework } = await make();
        const result = await insertTemplate(port, plan, framework);
        if (!mounted.current) return false;
        setInserted(result.message);
        await load(result.sheets.meta);
        return true;
      } catch (e) {
        if (mounted.current) setError(e);
        return false;
      } finally {
        if (mounted.current) setBusy(false);
      }
    },
    [port, load, insertTemplate],
  );
  const insert = useCallback((plan: Plan, framework: Framework) => insertMade(async () => ({ plan, framework })), [insertMade]);
  const create = useCallback((frameworkId: string, agency: string) => insertMade(() => newPlan(frameworkId, agency)), [insertMade, newPlan]);

  return {
    status,
    templates,
    active: templates.find((t) => t.meta === activeMeta) ?? null,
    error,
    inserted,
    busy,
    refresh: () => load(),
    open: setActiveMeta,
    insert,
    create,
  };
}
