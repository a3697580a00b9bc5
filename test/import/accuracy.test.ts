// The share of fields the importer gets right on every document of ../shared/seeds and
// ../shared/samples (truth: test/fixtures/plans/ for the seeds, *.truth.json for the samples).
// Prints each document's share and fails below 95 % on any of them; `npm run bench -- import`
// prints the same figures.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { documents, SHARED } from "./accuracy";

const THRESHOLD = 0.95;

describe("importer accuracy against the truth of every shared document", () => {
  const docs = documents();

  it("scores the seeds and the samples", () => {
    expect(docs.map((d) => d.name)).toEqual(expect.arrayContaining(["000_bf72cb5ef0aa2334.txt", "002_a41e8c2e0c8c4b4b.txt", "004_ab572a2837e04c01.txt"]));
    expect(existsSync(join(SHARED, "samples"))).toBe(true);
    expect(docs.length).toBeGreaterThanOrEqual(7);
  });

  it.each(docs.map((d) => [d.name, d] as const))("%s: at least 95 % of the fields right", (_name, doc) => {
    const s = doc.run();
    const wrong = s.checks.filter((c) => !c.ok).map((c) => `${c.field}${c.detail ? ` (${c.detail})` : ""}`);
    console.log(`${s.name} [${s.kind}]: ${(s.share * 100).toFixed(1)} % of ${s.checks.length} fields right${wrong.length > 0 ? `; wrong: ${wrong.slice(0, 10).join("; ")}` : ""}`);
    expect(s.checks.length).toBeGreaterThan(0);
    expect({ share: s.share >= THRESHOLD, wrong }).toEqual({ share: true, wrong: s.share >= THRESHOLD ? wrong : [] });
  });
});
