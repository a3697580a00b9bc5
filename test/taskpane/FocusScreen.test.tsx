/** @jest-environment jsdom */
import "./setup";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { findFramework } from "../../src/core/frameworks/shipped";
import type { Framework } from "../../src/core/schema/framework";
import { templatePlan } from "../../src/layout/templatePlan";
import { FocusScreen } from "../../src/taskpane/components/FocusScreen";
import { HostProvider, LangProvider, ServicesProvider } from "../../src/taskpane/context";
import { useLiveCheck } from "../../src/taskpane/hooks/useLiveCheck";
import type { Lang } from "../../src/taskpane/i18n/strings";
import { services } from "../../src/taskpane/services";
import { insertTemplate } from "../../src/template/insert";
import { memoryHost, type MemoryPane } from "./helpers";

const FY2566 = findFramework("bma-2566-bureau") as Framework;
const META = "ข้อมูลแม่แบบ";

function Screen({ today }: { today: Date }): JSX.Element {
  const check = useLiveCheck(META, { debounceMs: 0 });
  return <FocusScreen check={check} metaSheet={META} today={() => today} />;
}

async function open(agency: string, today: Date, lang: Lang = "th", framework = FY2566): Promise<MemoryPane> {
  const m = memoryHost();
  await insertTemplate(m.workbook, templatePlan(framework, { agency }), framework);
  render(
    <ServicesProvider services={services}>
      <HostProvider host={m.host}>
        <LangProvider initial={lang}>
          <Screen today={today} />
        </LangProvider>
      </HostProvider>
    </ServicesProvider>,
  );
  return m;
}

describe("the Focus issues screen", () => {
  it("shows the next deadline in Thai with the BE date and the days left", async () => {
    await open("สำนักการศึกษา", new Date(2022, 3, 23));
    expect(await screen.findByText("กำหนดส่งถัดไป: ส่งตัวชี้วัด (องค์ประกอบที่ ๑ และ ๒) ให้สำนักยุทธศาสตร์และประเมินผล ทั้งเอกสารและไปรษณีย์อิเล็กทรอนิกส์ วันที่ ๕ พฤษภาคม ๒๕๖๕ (อีก ๑๒ วัน)")).toBeTruthy();
  });

  it("and in English", async () => {
    await open("สำนักการศึกษา", new Date(2022, 4, 4), "en");
    expect(await screen.findByText(/^Next deadline: KPIs of components 1 and 2 submitted .*, 5 May 2022 \(1 day left\)$/)).toBeTruthy();
  });

  it("says when no deadline is left", async () => {
    await open("สำนักการศึกษา", new Date(2022, 4, 6));
    expect(await screen.findByText("ไม่มีกำหนดส่งที่ยังมาไม่ถึงในปฏิทินของกรอบการประเมินนี้")).toBeTruthy();
  });

  it("lists the supporting KPIs the agency is responsible for, names resolved, and adds one as a component-1 KPI in a blank row", async () => {
    const m = await open("สำนักการศึกษา", new Date(2022, 3, 23));
    const items = await screen.findAllByRole("listitem");
    expect(items).toHaveLength(4);
    const eq = items[0] as HTMLElement;
    expect(within(eq).getByText("1.4 ร้อยละของนักเรียนที่ได้รับการส่งเสริมให้มี EQ ในระดับปกติ")).toBeTruthy();
    expect(within(eq).getByText("หน่วยงานรับผิดชอบหลัก: สำนักการศึกษา")).toBeTruthy();
    expect(within(items[3] as HTMLElement).getByText(/ทุกหน่วยงาน/)).toBeTruthy();
    await userEvent.click(within(eq).getByRole("button", { name: "เพิ่มเป็นตัวชี้วัดองค์ประกอบที่ 1" }));
    expect(await screen.findByText(/^เพิ่มเป็นตัวชี้วัด 1-1 ในแถวว่างของแม่แบบ/)).toBeTruthy();
    expect(await within(eq).findByText("มีในแผนแล้ว (1-1)")).toBeTruthy();
    const names = [...m.workbook.sheet("ตัวชี้วัด")!.cells.values()].map((c) => c.value);
    expect(names).toContain("ร้อยละของนักเรียนที่ได้รับการส่งเสริมให้มี EQ ในระดับปกติ");
  });

  it("says when the framework has no focus issues", async () => {
    await open("สำนักการศึกษา", new Date(2024, 3, 23), "th", findFramework("bma-2567-bureau") as Framework);
    expect(await screen.findByText("กรอบการประเมินนี้ไม่มีประเด็นมุ่งเน้นการพัฒนา")).toBeTruthy();
    expect(screen.getByText("กรอบการประเมินนี้ไม่มีปฏิทิน")).toBeTruthy();
  });
});
