// State of "check before sending": the outcome of the check and seal, the seal the workbook
// carries and whether the plan still matches it, and how to send the file — Excel's Share or an
// attachment, to the central office, with a suggested subject (a task pane cannot open mailto:).
import { useId, useMemo, useState } from "react";
import { useServices, useLang } from "../../context";
import { SEND_STRINGS } from "../../i18n/sendStrings";
import { errorText } from "../CheckScreen/useCheckScreen";
import type { SendScreenProps, SendScreenState } from "./SendScreen.types";

const RECIPIENT_KEY = "kpi-addin.recipient";

function defaultStorage(): Pick<Storage, "getItem" | "setItem"> | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The subject the central office can sort by: fiscal year, agency, and the seal's first digits. */
export function suggestedSubject(agency: string, fiscalYear: number, digest: string | null): string {
  const sealed = digest ? ` (ตรวจแล้ว SHA-256 ${digest.slice(0, 8)})` : "";
  return `ส่งแผนตัวชี้วัดเจรจาตกลง ปีงบประมาณ ${fiscalYear} — ${agency || "หน่วยงาน"}${sealed}`;
}

export function useSendScreen(props: SendScreenProps): SendScreenState {
  const { t: core, lang } = useLang();
  const t = useMemo(() => ({ ...core, ...SEND_STRINGS[lang] }), [core, lang]);
  const { sealTime } = useServices().seal;
  const storage = props.storage === undefined ? defaultStorage() : props.storage;
  const clipboard = props.clipboard === undefined ? (typeof navigator !== "undefined" ? (navigator.clipboard ?? null) : null) : props.clipboard;
  const [recipient, setRecipientState] = useState(() => storage?.getItem(RECIPIENT_KEY) ?? "");
  const [copyState, setCopyState] = useState<SendScreenState["copyState"]>("idle");
  const uid = useId();
  const r = props.check.result;
  const s = props.seal;

  const current = r?.sealCheck.status === "intact" ? r.sealCheck.seal : null;
  const when = (iso: string): string => sealTime(iso)[lang];

  let outcome: SendScreenState["outcome"] = null;
  if (s.status === "checking") outcome = null;
  else if (s.status === "errors") outcome = { intent: "error", text: t.sealErrors(s.errors) };
  else if (s.status === "failed") outcome = { intent: "error", text: t.failed(errorText(s.error ?? props.check.error) ?? "") };
  else if (r && (r.sealCheck.status === "changed" || r.sealCheck.status === "unknown-method")) outcome = { intent: "warning", text: t.sealBroken };
  else if (r?.sealCheck.status === "intact-plan-only") outcome = { intent: "warning", text: t.sealOld };
  else if (current && s.status === "sealed") outcome = { intent: "success", title: t.sealedTitle, text: t.sealedAt(when(current.time)) };
  else if (current) outcome = { intent: "info", text: t.sealExisting(when(current.time)) };

  const setRecipient = (value: string): void => {
    setRecipientState(value);
    try {
      storage?.setItem(RECIPIENT_KEY, value);
    } catch {
      // storage may be unavailable (private mode): the field still works for this session
    }
  };

  const subject = suggestedSubject(r?.plan.agency ?? "", r?.plan.fiscalYear ?? 0, current?.digest ?? null);

  const copy = (): void => {
    if (!clipboard) {
      setCopyState("failed");
      return;
    }
    clipboard.writeText(subject).then(
      () => setCopyState("copied"),
      () => setCopyState("failed"),
    );
  };

  return {
    t,
    headingId: "heading-send",
    busy: s.status === "checking",
    run: () => void s.run(),
    outcome,
    seal: current,
    sealTime: current ? when(current.time) : null,
    recipient,
    setRecipient,
    subject,
    copy,
    copyState,
    ids: { subject: `${uid}-subject`, recipient: `${uid}-recipient` },
  };
}
