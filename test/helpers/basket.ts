// A past KPI of the basket, as kpi collect --basket writes one, for the basket's tests.
import type { BasketKpi } from "../../src/core/basket/format";

export function pastKpi(name: string, extra: Partial<BasketKpi> = {}): BasketKpi {
  return {
    year: 2566,
    framework: "bma-2566-bureau",
    agency: "สำนักสิ่งแวดล้อม",
    component: "1",
    id: "1-1",
    name,
    target: "ร้อยละ ๘๐",
    weight: 10,
    round: "end",
    result: 85,
    score: 8.5,
    collected: "2023-11-01T03:00:00.000Z",
    ...extra,
  };
}
