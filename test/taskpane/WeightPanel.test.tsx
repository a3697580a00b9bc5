/** @jest-environment jsdom */
import "./setup";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { checkPlan } from "../../src/core/validation/validate";
import { WeightPanel } from "../../src/taskpane/components/WeightPanel";
import { ServicesProvider, HostProvider, LangProvider } from "../../src/taskpane/context";
import { services } from "../../src/taskpane/services";
import { FW, goodPlan, memoryHost } from "./helpers";

function show(lang: "th" | "en", plan = goodPlan()): void {
  const m = memoryHost();
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services}>
        <HostProvider host={m.host}>
          <LangProvider initial={lang}>
            <WeightPanel weights={checkPlan(plan, FW).weights} />
          </LangProvider>
        </HostProvider>
      </ServicesProvider>
    </FluentProvider>,
  );
}

describe("weight panel", () => {
  it("shows used vs required for every component and the whole plan", () => {
    show("en");
    expect(screen.getByRole("region", { name: "Weight used / required" })).toBeTruthy();
    const meters = screen.getAllByRole("meter");
    expect(meters).toHaveLength(9);
    expect(screen.getByRole("meter", { name: "1.1 Function Base: 30 of 30 used (complete)" })).toBeTruthy();
    expect(screen.getByRole("meter", { name: "Whole plan: 100 of 100 used (complete)" })).toBeTruthy();
  });

  it("says what is missing and what is too much", () => {
    const plan = goodPlan();
    const a = plan.kpis.find((k) => k.id === "1.1-1");
    const b = plan.kpis.find((k) => k.id === "1.2-1");
    if (!a || !b) throw new Error("plan without KPIs");
    a.weight = 15;
    b.weight = 10;
    show("th", plan);
    expect(screen.getByRole("meter", { name: /^1\.1 .*: ใช้ 35 จาก 30 \(เกิน 5\)$/ })).toBeTruthy();
    expect(screen.getByRole("meter", { name: /^1\.2 .*: ใช้ 10 จาก 20 \(ขาด 10\)$/ })).toBeTruthy();
    expect(screen.getByRole("meter", { name: /^รวมทั้งแผน: ใช้ 95 จาก 100 \(ขาด 5\)$/ }).getAttribute("aria-valuenow")).toBe("95");
  });
});
