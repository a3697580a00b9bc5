/** @jest-environment jsdom */
// The Import screen by role: paste the text of the real forms (seed 002, the Social Development
// Department's FY2567 plan) or read it from the selected range, preview, insert, check.
import "./setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { services, type Services } from "../../src/taskpane/services";
import { memoryHost, renderPane, withPlan, type MemoryPane } from "./helpers";

const SEED = readFileSync(join(__dirname, "..", "..", "..", "shared", "seeds", "002_a41e8c2e0c8c4b4b.txt"), "utf8");
const AGENCY = "สำนักพัฒนาสังคม";
const SHARED = join(__dirname, "..", "..", "..", "shared");
const RESULT_FORM = readFileSync(join(SHARED, "samples", "result-2567-yearend-education.txt"), "utf8");
const MEMO = readFileSync(join(SHARED, "seeds", "004_ab572a2837e04c01.txt"), "utf8");
const TEMPLATE_SHEETS = ["ตัวชี้วัด", "เกณฑ์การให้คะแนน", "ผลการประเมิน", "ความเห็นผู้ประเมิน", "แผนปฏิบัติการ", "ประเด็นมุ่งเน้น", "ข้อมูลแม่แบบ"];

/** Opens the pane on an empty workbook and goes to the Import screen from the Start screen. */
async function openImport(m: MemoryPane = memoryHost(), eng: Services = services): Promise<MemoryPane> {
  renderPane(m, { services: eng });
  await userEvent.click(await screen.findByRole("button", { name: "นำเข้าจากข้อความของแบบฟอร์ม" }));
  await screen.findByRole("heading", { name: "นำเข้าจากข้อความ" });
  await waitFor(() => expect(screen.getByRole("button", { name: "แสดงตัวอย่าง" }).hasAttribute("disabled")).toBe(false));
  return m;
}

/** Pastes text into the box (one paste event, as Ctrl+V does). */
async function paste(text: string, label: RegExp = /ข้อความจากแบบฟอร์ม/): Promise<void> {
  const box = screen.getByRole("textbox", { name: label });
  await userEvent.click(box);
  await userEvent.paste(text);
}

const previewRegion = (): HTMLElement => screen.getByRole("region", { name: "ตัวอย่างสิ่งที่จะสร้าง" });

/** The KPIs of the preview: list items of the "KPIs by component" section. */
function previewKpis(): string[] {
  const kpis = within(previewRegion()).getByRole("region", { name: "ตัวชี้วัดตามองค์ประกอบ" });
  return within(kpis)
    .getAllByRole("listitem")
    .map((li) => li.textContent ?? "");
}

/** Puts the seed's text into a sheet the way Excel takes a paste from Word: one cell per tab-separated part. */
function pasteIntoSheet(m: MemoryPane, sheet: string, text: string): number {
  m.workbook.sheets.push({ name: sheet, cells: new Map(), spec: null });
  const lines = text.split(/\r\n|\n/);
  lines.forEach((line, r) =>
    line.split("\t").forEach((cell, c) => {
      if (cell.trim() === "") return;
      const col = c < 26 ? String.fromCharCode(65 + c) : `A${String.fromCharCode(65 + c - 26)}`;
      m.workbook.sheets[m.workbook.sheets.length - 1]?.cells.set(`${col}${r + 1}`, { value: cell, formula: null });
    }),
  );
  return lines.length;
}

describe("Import screen", () => {
  it("is reached from the Start screen and from the navigation, without a plan in the workbook", async () => {
    const m = memoryHost();
    renderPane(m);
    const nav = await screen.findByRole("navigation", { name: "ขั้นตอน" });
    await screen.findByRole("heading", { name: "เริ่มแผนตัวชี้วัด" });
    const item = within(nav).getByRole("button", { name: "นำเข้า" });
    expect((item as HTMLButtonElement).disabled).toBe(false);
    await userEvent.click(item);
    expect(await screen.findByRole("heading", { name: "นำเข้าจากข้อความ" })).toBe(document.activeElement);
    expect(item.getAttribute("aria-current")).toBe("page");
  });

  it("loads the importer only when the screen opens", async () => {
    const loadImporter = jest.fn(services.loadImporter);
    const m = memoryHost();
    renderPane(m, { services: { ...services, loadImporter } });
    await screen.findByRole("heading", { name: "เริ่มแผนตัวชี้วัด" });
    expect(loadImporter).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("button", { name: "นำเข้าจากข้อความของแบบฟอร์ม" }));
    await waitFor(() => expect(loadImporter).toHaveBeenCalledTimes(1));
  });

  it("previews the pasted forms: framework found, agency, 6 KPIs by component, check, disagreements and unused lines", async () => {
    const m = await openImport();
    await paste(SEED);
    await userEvent.click(screen.getByRole("button", { name: "แสดงตัวอย่าง" }));
    const region = previewRegion();
    expect(within(region).getByText(`${AGENCY} · ปีงบประมาณ 2567 · ตัวชี้วัด 6 ตัว`)).toBeTruthy();
    const framework = within(region).getByRole("combobox", { name: /กรอบการประเมิน/ }) as HTMLSelectElement;
    expect(framework.value).toBe("bma-2567-bureau");
    expect(within(region).getByText("พบในเอกสาร")).toBeTruthy();
    expect((within(region).getByRole("combobox", { name: /หน่วยงาน/ }) as HTMLInputElement).value).toBe(AGENCY);

    const kpis = previewKpis();
    expect(kpis).toHaveLength(6);
    expect(kpis[0]).toMatch(/^1\.1-1 ร้อยละความสำเร็จของศูนย์พัฒนาเด็กก่อนวัยเรียน.*น้ำหนัก 10 · เกณฑ์ 5 ระดับ$/);
    expect(within(region).getByRole("region", { name: /^1\.1 .* · น้ำหนัก 30\/30 · ตัวชี้วัด 3\/3$/ })).toBeTruthy();
    expect(within(region).getByRole("region", { name: /^1\.2 .* · น้ำหนัก 20\/20 · ตัวชี้วัด 1\/1$/ })).toBeTruthy();
    expect(within(region).getByText(/^องค์ประกอบร่วม: เติมตัวชี้วัดมาตรฐาน \d+ ตัว/)).toBeTruthy();

    const check = within(region).getByRole("region", { name: "ผลการตรวจแผน" });
    expect(within(check).getByText("คำเตือน (1)")).toBeTruthy();
    expect(within(check).getByText(/^คำเตือน: เป้าหมายของตัวชี้วัด ๑\.๑-๑ คือ "ร้อยละ ๑๐๐"/)).toBeTruthy();
    expect(within(check).getByText("TARGET_MISMATCH")).toBeTruthy();

    expect(within(region).getByText("ข้อมูลที่ระบุไม่ตรงกัน (8) ใช้ค่าจากตารางสรุป")).toBeTruthy();
    expect(within(region).getByText("บรรทัด 11, 123")).toBeTruthy();
    expect(within(region).getByText("บรรทัดที่ไม่ได้ใช้ (7)")).toBeTruthy();
    expect(within(region).getAllByText("บรรทัด 21").length).toBeGreaterThan(0);
    expect(within(region).getByText(/ใช้กรอบการประเมิน bma-2567-bureau ตามปีงบประมาณ/)).toBeTruthy();
    expect(within(region).getByRole("button", { name: "สร้างแม่แบบจากข้อความนี้" })).toBeTruthy();
    // Nothing was written.
    expect(m.workbook.sheets).toHaveLength(0);
  });

  it("previews a result form: its kind, the results per KPI and the recomputed total beside the printed one", async () => {
    const m = await openImport();
    fireEvent.change(screen.getByRole("textbox", { name: /ข้อความจากแบบฟอร์ม/ }), { target: { value: RESULT_FORM } });
    await userEvent.click(screen.getByRole("button", { name: "แสดงตัวอย่าง" }));
    const region = previewRegion();
    expect(within(region).getByText("ชนิดเอกสาร: แบบรายงานผลการประเมิน")).toBeTruthy();
    const results = within(region).getByRole("region", { name: "ผลการประเมินระยะสิ้นปี" });
    const items = within(results).getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(items).toHaveLength(9);
    expect(items[1]).toMatch(/^1\.1-2 ระดับความสำเร็จในการจัดการเรียนรู้ภาษาอังกฤษ.*ผลของคณะกรรมการ 4 · ประเมินตนเอง 5 · คะแนนที่พิมพ์ 8\.000 · คิดใหม่ 8\.000$/);
    expect(within(results).getByText("คะแนนรวมที่คิดใหม่ 92.503 · ที่พิมพ์ในแบบรายงาน 92.503")).toBeTruthy();
    expect(within(results).getByText("คะแนนที่พิมพ์ตรงกับที่คิดใหม่ทุกรายการ")).toBeTruthy();
    // Only the result rules apply to a result form: its "no problems" is not the whole plan's.
    expect(within(region).queryByRole("region", { name: "ผลการตรวจแผน" })).toBeNull();
    expect(within(region).getByRole("region", { name: /^ผลการตรวจผลการประเมิน \(เฉพาะผล: แบบรายงานผลไม่มีนิยาม/ })).toBeTruthy();
    expect(m.workbook.sheets).toHaveLength(0);
  });

  it("says a result form's printed score that does not recompute, with its line", async () => {
    await openImport();
    const wrong = RESULT_FORM.replace("ระดับ 4\t8,000", "ระดับ 4\t9,000");
    fireEvent.change(screen.getByRole("textbox", { name: /ข้อความจากแบบฟอร์ม/ }), { target: { value: wrong } });
    await userEvent.click(screen.getByRole("button", { name: "แสดงตัวอย่าง" }));
    const region = previewRegion();
    expect(within(region).getByText(/^คะแนนที่พิมพ์ไม่ตรงกับที่คิดใหม่ \d+ รายการ/)).toBeTruthy();
    expect(within(region).getByText(/ตัวชี้วัด 1\.1-2 \/ KPI 1\.1-2: คะแนนของคณะกรรมการที่พิมพ์ไว้ ๙\.๐๐๐ แต่คิดใหม่ได้ ๘\.๐๐๐/)).toBeTruthy();
    expect(within(region).getAllByText("บรรทัด 9").length).toBeGreaterThan(0);
  });

  it("says a memo is a memo and makes no KPIs of it", async () => {
    await openImport();
    fireEvent.change(screen.getByRole("textbox", { name: /ข้อความจากแบบฟอร์ม/ }), { target: { value: MEMO } });
    await userEvent.click(screen.getByRole("button", { name: "แสดงตัวอย่าง" }));
    expect(within(screen.getByRole("status")).getByText(/^เอกสารนี้เป็นบันทึกข้อความ/)).toBeTruthy();
    expect(screen.queryByRole("region", { name: "ตัวอย่างสิ่งที่จะสร้าง" })).toBeNull();
  });

  it.each([
    ["empty text", "", "ไม่มีข้อความให้นำเข้า (ข้อความว่าง)", /คัดลอกข้อความของแบบฟอร์มจาก Word หรือ PDF/],
    [
      "unrelated text",
      "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\nUt enim ad minim veniam, quis nostrud exercitation.\n",
      "ไม่พบตารางสรุปตัวชี้วัดหรือหน้ารายละเอียดตัวชี้วัด (แบบวิเคราะห์และกำหนดตัวชี้วัด) ในเอกสารนี้ จึงไม่ได้สร้างแผน",
      null,
    ],
    ["binary-looking text", "PK\u0003\u0004\u0000\u0000\u0014\u0000แบบสรุปตัวชี้วัด", /^นี่ไม่ใช่ข้อความ/, /คัดลอกข้อความของแบบฟอร์ม/],
  ])("%s: the importer's message and no insert button", async (_what, text, message, hint) => {
    const m = await openImport();
    if (text) fireEvent.change(screen.getByRole("textbox", { name: /ข้อความจากแบบฟอร์ม/ }), { target: { value: text } });
    await userEvent.click(screen.getByRole("button", { name: "แสดงตัวอย่าง" }));
    const status = screen.getByRole("status");
    expect(within(status).getByText("นำเข้าไม่ได้")).toBeTruthy();
    expect(within(status).getByText(message)).toBeTruthy();
    if (hint) expect(within(status).getByText(hint)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "สร้างแม่แบบจากข้อความนี้" })).toBeNull();
    expect(screen.queryByRole("region", { name: "ตัวอย่างสิ่งที่จะสร้าง" })).toBeNull();
    expect(m.workbook.sheets).toHaveLength(0);
  });

  it("asks for the framework when the text does not say, and reads it again with the one chosen", async () => {
    await openImport();
    const text = "ที่\tชื่อตัวชี้วัด\tข้อมูลพื้นฐาน\tเป้าหมาย\tน้ำหนัก\n๑\tร้อยละของผู้สูงอายุที่ได้รับการคัดกรอง\t-\tร้อยละ ๙๐\t๑๐\n";
    fireEvent.change(screen.getByRole("textbox", { name: /ข้อความจากแบบฟอร์ม/ }), { target: { value: text } });
    await userEvent.click(screen.getByRole("button", { name: "แสดงตัวอย่าง" }));
    expect(screen.getByText("ไม่พบปีงบประมาณ (พ.ศ.) ในหัวเอกสาร จึงไม่รู้ว่าใช้กรอบการประเมินใด")).toBeTruthy();
    expect(screen.getByText("เลือกกรอบการประเมินด้านล่าง แล้วระบบจะอ่านข้อความอีกครั้ง")).toBeTruthy();
    const choice = screen.getByRole("combobox", { name: /กรอบการประเมิน/ }) as HTMLSelectElement;
    expect(choice.value).toBe("");
    expect([...choice.options].map((o) => o.value)).toEqual(["", "bma-2567-bureau", "bma-2566-bureau", "bma-2566-district", "bma-2565-bureau"]);
    await userEvent.selectOptions(choice, "bma-2567-bureau");
    const region = previewRegion();
    expect(within(region).getByText(/ปีงบประมาณ 2567 · ตัวชี้วัด 1 ตัว$/)).toBeTruthy();
    expect(within(region).getByText("เลือกเอง")).toBeTruthy();
    // No agency in the text: insert asks for it.
    await userEvent.click(within(region).getByRole("button", { name: "สร้างแม่แบบจากข้อความนี้" }));
    expect(within(region).getByText("กรุณาระบุหน่วยงาน")).toBeTruthy();
  });

  it("reads the selected range where the text was pasted (memory session)", async () => {
    const m = memoryHost();
    const lines = pasteIntoSheet(m, "วางข้อความ", SEED);
    await m.host.select({ sheet: "วางข้อความ", cell: "A1:Z400" });
    await openImport(m);
    await userEvent.click(screen.getByRole("button", { name: "ใช้ช่วงที่เลือกใน Excel" }));
    expect(await screen.findByText(/^อ่านข้อความจากช่วงที่เลือก \d+ แถว$/)).toBeTruthy();
    const box = screen.getByRole("textbox", { name: /ข้อความจากแบบฟอร์ม/ }) as HTMLTextAreaElement;
    expect(box.value.split("\n").length).toBeLessThanOrEqual(lines);
    expect(box.value).toContain("สำนักพัฒนาสังคม");
    expect(previewKpis()).toHaveLength(6);
    expect((within(previewRegion()).getByRole("combobox", { name: /กรอบการประเมิน/ }) as HTMLSelectElement).value).toBe("bma-2567-bureau");
    expect((within(previewRegion()).getByRole("combobox", { name: /หน่วยงาน/ }) as HTMLInputElement).value).toBe(AGENCY);
  });

  it("says so when the selected range is empty or cannot be read", async () => {
    const m = memoryHost();
    m.workbook.sheets.push({ name: "ว่าง", cells: new Map(), spec: null });
    await m.host.select({ sheet: "ว่าง", cell: "A1:C9" });
    await openImport(m);
    await userEvent.click(screen.getByRole("button", { name: "ใช้ช่วงที่เลือกใน Excel" }));
    expect(await screen.findByText(/^ช่วงที่เลือกไม่มีข้อความ/)).toBeTruthy();
    jest.spyOn(m.host, "readSelection").mockRejectedValueOnce(new Error("InvalidSelection: multiple ranges"));
    await userEvent.click(screen.getByRole("button", { name: "ใช้ช่วงที่เลือกใน Excel" }));
    expect(await screen.findByText("อ่านช่วงที่เลือกไม่ได้ (เลือกช่วงเซลล์ที่ต่อเนื่องกันเพียงช่วงเดียว): InvalidSelection: multiple ranges")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "สร้างแม่แบบจากข้อความนี้" })).toBeNull();
  });

  it("inserts through the template API with the agency as edited, then opens the plan in the check view", async () => {
    const insertTemplate = jest.fn(services.workbook.insertTemplate);
    const m = await openImport(memoryHost(), { ...services, workbook: { ...services.workbook, insertTemplate } });
    await paste(SEED);
    await userEvent.click(screen.getByRole("button", { name: "แสดงตัวอย่าง" }));
    const agency = within(previewRegion()).getByRole("combobox", { name: /หน่วยงาน/ });
    await userEvent.clear(agency);
    await userEvent.type(agency, "สพส.");
    expect(within(previewRegion()).getByText(`จะใช้ชื่อ: ${AGENCY}`)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "สร้างแม่แบบจากข้อความนี้" }));

    expect(await screen.findByRole("heading", { name: "ตรวจสอบแผน" })).toBeTruthy();
    expect(insertTemplate).toHaveBeenCalledTimes(1);
    const [port, plan, framework] = insertTemplate.mock.calls[0] ?? [];
    expect(port).toBe(m.workbook);
    expect(framework?.id).toBe("bma-2567-bureau");
    expect(plan?.agency).toBe(AGENCY);
    expect(plan?.kpis.filter((k) => k.component.startsWith("1.")).map((k) => k.id)).toEqual(["1.1-1", "1.1-2", "1.1-3", "1.2-1", "1.3-1", "1.3-2"]);
    expect(m.workbook.sheets.map((s) => s.name)).toEqual(TEMPLATE_SHEETS);
    expect(m.workbook.cell("ข้อมูลแม่แบบ", "B9")).toBe(AGENCY);
    expect(screen.getByText(/^สร้างแม่แบบแล้ว: แผ่นงาน "ตัวชี้วัด"/)).toBeTruthy();
    expect(screen.getByText(`แผนที่เปิดอยู่: ${AGENCY} ปีงบประมาณ 2567`)).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole("meter").length).toBeGreaterThan(5));
    expect(await screen.findByRole("meter", { name: /^1\.1 .*: ใช้ 30 จาก 30/ })).toBeTruthy();
  });

  it("never writes over existing sheets: the template goes to new names, and says so", async () => {
    const m = memoryHost();
    await withPlan(m);
    renderPane(m);
    await screen.findByRole("heading", { name: "ตรวจสอบแผน" });
    await userEvent.click(within(screen.getByRole("navigation")).getByRole("button", { name: "นำเข้า" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "แสดงตัวอย่าง" }).hasAttribute("disabled")).toBe(false));
    const before = m.workbook.sheets.map((s) => [s.name, new Map(s.cells)] as const);
    await paste(SEED);
    await userEvent.click(screen.getByRole("button", { name: "แสดงตัวอย่าง" }));
    await userEvent.click(screen.getByRole("button", { name: "สร้างแม่แบบจากข้อความนี้" }));
    await screen.findByRole("heading", { name: "ตรวจสอบแผน" });
    expect(screen.getByText(/^สมุดงานมีแผ่นงานชื่อเดียวกันอยู่แล้ว \(ไม่ได้แก้ไข\) จึงสร้างแม่แบบเป็นแผ่นงาน "ตัวชี้วัด \(2\)"/)).toBeTruthy();
    expect(m.workbook.sheets.map((s) => s.name)).toEqual([...TEMPLATE_SHEETS, ...TEMPLATE_SHEETS.map((s) => `${s} (2)`)]);
    for (const [name, cells] of before) expect(m.workbook.sheet(name)?.cells).toEqual(cells);
    expect(screen.getByText(`แผนที่เปิดอยู่: ${AGENCY} ปีงบประมาณ 2567`)).toBeTruthy();
  });

  it("shows the template API's refusal and stays on the screen", async () => {
    const insertTemplate = jest.fn(() => Promise.reject(new Error("สมุดงานมีแผ่นงาน \"ตัวชี้วัด\" อยู่แล้ว / the workbook already has sheet(s) \"ตัวชี้วัด\"")));
    const m = await openImport(memoryHost(), { ...services, workbook: { ...services.workbook, insertTemplate } });
    await paste(SEED);
    await userEvent.click(screen.getByRole("button", { name: "แสดงตัวอย่าง" }));
    await userEvent.click(screen.getByRole("button", { name: "สร้างแม่แบบจากข้อความนี้" }));
    expect(await screen.findByText(/สมุดงานมีแผ่นงาน "ตัวชี้วัด" อยู่แล้ว \/ the workbook already has sheet\(s\)/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "นำเข้าจากข้อความ" })).toBeTruthy();
    expect(m.workbook.sheets).toHaveLength(0);
  });

  it("new text drops the old preview", async () => {
    await openImport();
    await paste(SEED);
    await userEvent.click(screen.getByRole("button", { name: "แสดงตัวอย่าง" }));
    expect(previewRegion()).toBeTruthy();
    await userEvent.type(screen.getByRole("textbox", { name: /ข้อความจากแบบฟอร์ม/ }), "x");
    expect(screen.queryByRole("region", { name: "ตัวอย่างสิ่งที่จะสร้าง" })).toBeNull();
  });

  it("keeps the pasted text and its preview when the user leaves the step and comes back", async () => {
    await openImport();
    await paste(SEED);
    await userEvent.click(screen.getByRole("button", { name: "แสดงตัวอย่าง" }));
    expect(previewKpis()).toHaveLength(6);
    const nav = screen.getByRole("navigation", { name: "ขั้นตอน" });
    await userEvent.click(within(nav).getByRole("button", { name: "เริ่มแผน" }));
    await screen.findByRole("heading", { name: "เริ่มแผนตัวชี้วัด" });
    expect(screen.queryByRole("textbox", { name: /ข้อความจากแบบฟอร์ม/ })).toBeNull();
    await userEvent.click(within(nav).getByRole("button", { name: "นำเข้า" }));
    await screen.findByRole("heading", { name: "นำเข้าจากข้อความ" });
    const box = await screen.findByRole<HTMLTextAreaElement>("textbox", { name: /ข้อความจากแบบฟอร์ม/ });
    expect(box.value).toBe(SEED);
    await waitFor(() => expect(previewKpis()).toHaveLength(6));
  });

  it("speaks English with the pane's switch", async () => {
    await openImport();
    await userEvent.click(screen.getByRole("switch", { name: /English/ }));
    expect(screen.getByRole("heading", { name: "Import from text" })).toBeTruthy();
    await paste(SEED, /Text of the forms/);
    await userEvent.click(screen.getByRole("button", { name: "Preview" }));
    const region = screen.getByRole("region", { name: "Preview of what will be created" });
    expect(within(region).getByText(`${AGENCY} · fiscal year 2567 · 6 KPIs`)).toBeTruthy();
    expect(within(region).getByText("found in the text")).toBeTruthy();
    expect(within(region).getByText("Warnings (1)")).toBeTruthy();
    expect(within(region).getByText("Disagreements (8): the summary table's value is kept")).toBeTruthy();
    expect(within(region).getByText("Lines not used (7)")).toBeTruthy();
    expect(within(region).getByRole("button", { name: "Insert as a template" })).toBeTruthy();
  });

  it("works from the keyboard alone: navigation, paste, Ctrl+Enter, tab to insert, Enter", async () => {
    const m = memoryHost();
    renderPane(m);
    const nav = await screen.findByRole("navigation", { name: "ขั้นตอน" });
    await screen.findByRole("heading", { name: "เริ่มแผนตัวชี้วัด" });
    within(nav).getByRole("button", { name: "นำเข้า" }).focus();
    await userEvent.keyboard("{Enter}");
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "นำเข้าจากข้อความ" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "แสดงตัวอย่าง" }).hasAttribute("disabled")).toBe(false));
    const box = screen.getByRole("textbox", { name: /ข้อความจากแบบฟอร์ม/ });
    for (let i = 0; i < 10 && document.activeElement !== box; i++) await userEvent.tab();
    expect(document.activeElement).toBe(box);
    await userEvent.paste(SEED);
    await userEvent.keyboard("{Control>}{Enter}{/Control}");
    expect(previewKpis()).toHaveLength(6);
    const insert = screen.getByRole("button", { name: "สร้างแม่แบบจากข้อความนี้" });
    for (let i = 0; i < 40 && document.activeElement !== insert; i++) await userEvent.tab();
    expect(document.activeElement).toBe(insert);
    await userEvent.keyboard("{Enter}");
    expect(await screen.findByRole("heading", { name: "ตรวจสอบแผน" })).toBeTruthy();
    expect(m.workbook.sheets.map((s) => s.name)).toEqual(TEMPLATE_SHEETS);
  });

  it("labels every control", async () => {
    await openImport();
    await paste(SEED);
    await userEvent.click(screen.getByRole("button", { name: "แสดงตัวอย่าง" }));
    const screenEl = screen.getByRole("region", { name: "นำเข้าจากข้อความ" });
    let seen = 0;
    for (const role of ["button", "textbox", "combobox"] as const) {
      for (const el of within(screenEl).queryAllByRole(role)) {
        seen++;
        const name = el.getAttribute("aria-label") ?? el.textContent ?? "";
        const labelled = name.trim() !== "" || el.hasAttribute("aria-labelledby") || (el.id !== "" && document.querySelector(`label[for="${el.id}"]`) !== null);
        expect(labelled).toBe(true);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(6);
  });
});

describe("the importer's download fails", () => {
  it("says so and tries again on request", async () => {
    let fail = true;
    const loadImporter = jest.fn(() => (fail ? Promise.reject(new Error("ChunkLoadError: importer")) : services.loadImporter()));
    const m = memoryHost();
    renderPane(m, { services: { ...services, loadImporter } });
    await userEvent.click(await screen.findByRole("button", { name: "นำเข้าจากข้อความของแบบฟอร์ม" }));
    expect(await screen.findByText("เกิดข้อผิดพลาด: ChunkLoadError: importer")).toBeTruthy();
    expect((screen.getByRole("button", { name: "แสดงตัวอย่าง" }) as HTMLButtonElement).disabled).toBe(true);
    fail = false;
    await act(async () => {
      await userEvent.click(screen.getByRole("button", { name: "ลองอีกครั้ง" }));
    });
    await waitFor(() => expect((screen.getByRole("button", { name: "แสดงตัวอย่าง" }) as HTMLButtonElement).disabled).toBe(false));
    expect(loadImporter).toHaveBeenCalledTimes(2);
  });
});
