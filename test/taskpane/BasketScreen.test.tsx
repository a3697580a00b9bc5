/** @jest-environment jsdom */
import "./setup";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { serializeBasket, type BasketKpi } from "../../src/core/basket/format";
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Framework } from "../../src/core/schema/framework";
import { templatePlan } from "../../src/layout/templatePlan";
import { BasketScreen } from "../../src/taskpane/components/BasketScreen";
import { HostProvider, LangProvider, ServicesProvider } from "../../src/taskpane/context";
import { useLiveCheck } from "../../src/taskpane/hooks/useLiveCheck";
import type { Lang } from "../../src/taskpane/i18n/strings";
import { services } from "../../src/taskpane/services";
import { insertTemplate } from "../../src/template/insert";
import { readTemplate } from "../../src/template/read";
import { pastKpi } from "../helpers/basket";
import { memoryHost, type MemoryPane } from "./helpers";

const FY2566 = findFramework("bma-2566-bureau") as Framework;
const META = "ข้อมูลแม่แบบ";

const past = (name: string, extra: Partial<BasketKpi> = {}): BasketKpi => pastKpi(name, { unit: "ร้อยละ", definition: "ปริมาณขยะที่ลดลงเทียบกับปีฐาน", ...extra });

const BASKET = serializeBasket([
  past("ร้อยละของปริมาณขยะมูลฝอยที่ลดลง"),
  past("ร้อยละของคลองที่มีคุณภาพน้ำดีขึ้น", { agency: "สำนักการระบายน้ำ", year: 2565, component: "2", id: "2-1" }),
  past("ระดับความสำเร็จในการจัดทำแผนที่ภาษี", { agency: "สำนักการคลัง", component: "5.1", id: "5.1-1" }),
]);

function Screen(): JSX.Element {
  const check = useLiveCheck(META, { debounceMs: 0 });
  return <BasketScreen check={check} metaSheet={META} />;
}

async function open(lang: Lang = "th"): Promise<MemoryPane> {
  const m = memoryHost();
  await insertTemplate(m.workbook, templatePlan(FY2566, { agency: "สำนักสิ่งแวดล้อม" }), FY2566);
  render(
    <ServicesProvider services={services}>
      <HostProvider host={m.host}>
        <LangProvider initial={lang}>
          <Screen />
        </LangProvider>
      </HostProvider>
    </ServicesProvider>,
  );
  return m;
}

const upload = async (text: string, name = "ตะกร้าตัวชี้วัด.jsonl"): Promise<void> => {
  await userEvent.upload(screen.getByLabelText("เปิดไฟล์ตะกร้าตัวชี้วัด"), new File([text], name, { type: "application/json" }));
};

describe("the KPI basket screen", () => {
  it("opens a basket file and lists its KPIs, newest first", async () => {
    await open();
    await upload(BASKET);
    expect(await screen.findByText("อ่านตัวชี้วัด 3 ตัว (ปี ๒๕๖๕–๒๕๖๖) จาก ตะกร้าตัวชี้วัด.jsonl")).toBeTruthy();
    const items = screen.getAllByRole("listitem");
    expect(items.map((i) => within(i).getAllByText(/./)[0]?.textContent)).toEqual(["ระดับความสำเร็จในการจัดทำแผนที่ภาษี", "ร้อยละของปริมาณขยะมูลฝอยที่ลดลง", "ร้อยละของคลองที่มีคุณภาพน้ำดีขึ้น"]);
  });

  it("finds KPIs by Thai words typed without spaces", async () => {
    await open();
    await upload(BASKET);
    await userEvent.type(await screen.findByRole("searchbox", { name: "คำที่ค้น" }), "คุณภาพน้ำในคลอง");
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(1);
    expect(within(items[0] as HTMLElement).getByText("ร้อยละของคลองที่มีคุณภาพน้ำดีขึ้น")).toBeTruthy();
    expect(within(items[0] as HTMLElement).getByText("ปี ๒๕๖๕ · สำนักการระบายน้ำ · องค์ประกอบ 2")).toBeTruthy();
  });

  it("adds a past KPI as a new row of its own component, never over a row that holds something, and then knows it is there", async () => {
    const m = await open();
    await upload(BASKET);
    const item = (await screen.findByText("ร้อยละของคลองที่มีคุณภาพน้ำดีขึ้น")).closest("li") as HTMLElement;
    await userEvent.click(within(item).getByRole("button", { name: "เพิ่มเป็นแถวตัวชี้วัดใหม่ (องค์ประกอบ 2)" }));
    expect(await screen.findByText(/^เพิ่มเป็นตัวชี้วัด 2-1 ในแถวว่างของแม่แบบ/)).toBeTruthy();
    expect(await within(item).findByText("มีในแผนแล้ว (2-1)")).toBeTruthy();
    const kpi = (await readTemplate(m.workbook)).plan.kpis.find((k) => k.id === "2-1");
    expect([kpi?.name, kpi?.target, kpi?.unit, kpi?.definition]).toEqual(["ร้อยละของคลองที่มีคุณภาพน้ำดีขึ้น", "ร้อยละ ๘๐", "ร้อยละ", "ปริมาณขยะที่ลดลงเทียบกับปีฐาน"]);
    // A KPI of a shared component goes into the focus component instead.
    const shared = screen.getByText("ระดับความสำเร็จในการจัดทำแผนที่ภาษี").closest("li") as HTMLElement;
    expect(within(shared).getByRole("button", { name: "เพิ่มเป็นแถวตัวชี้วัดใหม่ (องค์ประกอบ 1)" })).toBeTruthy();
  });

  it("says why a file is no basket, in English too", async () => {
    await open("en");
    await userEvent.upload(screen.getByLabelText("Open a KPI basket file"), new File(["not a basket"], "plan.json"));
    expect(await screen.findByText("Cannot read plan.json: 1: not JSON")).toBeTruthy();
  });
});
