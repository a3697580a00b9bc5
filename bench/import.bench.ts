// Import time per page of text. A "page" is 50 source lines (the measure); the figures
// per form page (one per form title in the document) and per 1,000 characters are printed too,
// because a copied table cell can make one line hold a whole printed page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importPlanText } from "../src/core/import";
import { documents } from "../test/import/accuracy";

const SEEDS = join(__dirname, "..", "..", "shared", "seeds");
const SAMPLES = join(__dirname, "..", "..", "shared", "samples");
const DOCS = join(__dirname, "..", "test", "import", "fixtures");

const inputs: { name: string; text: string }[] = [
  { name: "000 seed (สำนักงานการต่างประเทศ)", text: readFileSync(join(SEEDS, "000_bf72cb5ef0aa2334.txt"), "utf8") },
  { name: "002 seed (สำนักพัฒนาสังคม)", text: readFileSync(join(SEEDS, "002_a41e8c2e0c8c4b4b.txt"), "utf8") },
  { name: "004 memo (classified, no KPIs made)", text: readFileSync(join(SEEDS, "004_ab572a2837e04c01.txt"), "utf8") },
  { name: "FY2566 action plan (drainage, sample)", text: readFileSync(join(SAMPLES, "action-plan-2566-drainage.txt"), "utf8") },
  { name: "FY2566 action plan (Bang Rak, sample)", text: readFileSync(join(SAMPLES, "action-plan-2566-bangrak.txt"), "utf8") },
  { name: "FY2567 mid-year result (health, sample)", text: readFileSync(join(SAMPLES, "result-2567-midyear-health.txt"), "utf8") },
  { name: "FY2567 year-end result (education, sample)", text: readFileSync(join(SAMPLES, "result-2567-yearend-education.txt"), "utf8") },
  { name: "FY2566 district (synthetic)", text: readFileSync(join(DOCS, "fy2566-district-synthetic.txt"), "utf8") },
];
// A large document: the 002 seed's detail pages repeated, as a bureau with many KPIs would send.
const big = readFileSync(join(SEEDS, "002_a41e8c2e0c8c4b4b.txt"), "utf8");
inputs.push({ name: "002 × 20 (large document)", text: Array.from({ length: 20 }, () => big).join("\n") });

const LINES_PER_PAGE = 50;

function time(text: string): { ms: number; runs: number } {
  importPlanText(text); // warm up
  let runs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 1000 || runs < 5) {
    importPlanText(text);
    runs++;
  }
  return { ms: (performance.now() - t0) / runs, runs };
}

export default {
  title: "import: share of fields right per document, and time per page",
  run(): void {
    console.log("document".padEnd(44), "kind".padEnd(11), "fields".padStart(7), "right".padStart(8));
    for (const doc of documents()) {
      const s = doc.run();
      console.log(s.name.padEnd(44), s.kind.padEnd(11), String(s.checks.length).padStart(7), `${(s.share * 100).toFixed(1)} %`.padStart(8));
    }
    console.log("target (printed here, asserted by test/import/accuracy.test.ts): at least 95 % on every document\n");
    console.log("document".padEnd(44), "lines".padStart(6), "pages".padStart(6), "ms/doc".padStart(9), "ms/page(50 lines)".padStart(18), "ms/form page".padStart(13), "ms/1000 chars".padStart(14));
    for (const { name, text } of inputs) {
      const result = importPlanText(text);
      const lines = text.split(/\r\n|\r|\n/).length;
      const pages = lines / LINES_PER_PAGE;
      const formPages = result.report.stats.pages;
      const { ms } = time(text);
      console.log(
        name.padEnd(44),
        String(lines).padStart(6),
        pages.toFixed(1).padStart(6),
        ms.toFixed(2).padStart(9),
        (ms / pages).toFixed(2).padStart(18),
        (formPages > 0 ? (ms / formPages).toFixed(2) : "–").padStart(13),
        ((ms / text.length) * 1000).toFixed(3).padStart(14),
      );
    }
    console.log("target (printed, not asserted): under 50 ms per page of 50 lines");
  },
};
