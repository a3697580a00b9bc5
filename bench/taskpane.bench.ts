// The task pane's figures:
//   1. gzip size of ALL the JavaScript a session loads before the pane is usable: the page's
//      <script> tags (functions.js and commands.js of the shared runtime included; office.js is
//      Microsoft's and listed apart) plus every chunk fetched at start-up without a user action
//      (the services). Measured in headless Chromium (Debian's, as the end-to-end test) by recording
//      what the page requests until the Start screen is ready and the network is idle; then each
//      user action (reaching the agency field, inserting a template, opening Check before
//      sending, sealing, Summaries, Import) and the chunks it fetched, listed apart. Without
//      Chromium the chunks are classified by name instead, and the output says so;
//   2. time from a cell change to updated findings, with the fake Excel, for a full plan (and a
//      large one);
//   3. context.sync() calls per check.
// Targets (printed, never asserted): ≤ 120 KB of JavaScript before the pane is usable, < 50 ms
// per check, ≤ 2 syncs per check (3 when a mark is taken away).
import { readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { createOfficePort } from "../src/excel/officePort";
import { createOfficeHost } from "../src/excel/host";
import { findFramework } from "../src/core/frameworks/shipped";
import type { Framework } from "../src/core/schema/framework";
import type { Plan } from "../src/core/schema/plan";
import { PlanChecker, type CheckResult } from "../src/taskpane/check/checker";
import { LiveCheck } from "../src/taskpane/check/live";
import { insertTemplate } from "../src/template/insert";
import { buildForE2e, chromiumPath, CHROMIUM_ARGS, serve, stubOfficeJs } from "../test/e2e/support";
import { parsed, validPlan } from "../test/helpers/plan";
import { syntheticPlan } from "../test/helpers/synthetic";
import { FakeOfficeHost } from "../test/taskpane/fakeOfficeHost";

const KB = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;
const TARGET = 120 * 1024;

/** Chunks meant to be fetched only on a user action, or for an Office not in Thai (used when no browser can check it). */
const LAZY_BY_NAME = /^(actions|agencies|frameworks|importer|screen-[a-z]+|excel-[a-z-]+|strings-[a-z]+)\.js$/;

interface Fetched {
  /** What the session did before these files were requested. */
  step: string;
  files: string[];
}

/** The test's scripts beside the build (test/e2e/host.webpack.mjs): the fake Excel, empty or holding a plan. */
const TEST_SCRIPTS = new Set(["host.js", "planHost.js"]);

/** The JavaScript files a page requested, by path, without office.js. */
function recordScripts(page: Page, into: () => string[]): void {
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname.replace(/^\//, "");
    if (path.endsWith(".js") && !path.startsWith("assets/office-js/")) into().push(path);
  });
}

/** What the Check screen shows once the plan is checked, in each language of Office. */
const CHECKED = {
  "th-TH": { heading: "ตรวจสอบแผน", status: /ตรวจ|ปัญหา/ },
  "en-US": { heading: "Plan check", status: /checked|problem|error|warning/i },
} as const;

/**
 * Opens the production build in headless Chromium on a workbook that already holds a plan, with
 * Office in a language, and records the JavaScript files requested until the Check screen shows
 * the plan's findings and weights and the network is idle.
 */
async function browserPlanStartup(dir: string, executablePath: string, locale: keyof typeof CHECKED = "th-TH"): Promise<string[]> {
  const { chromium } = await import("playwright-core");
  const { server, url } = await serve(dir);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const files: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 380, height: 900 }, locale });
    recordScripts(page, () => files);
    await stubOfficeJs(page);
    await page.addInitScript(`window.__KPI_E2E_LANG__ = ${JSON.stringify(locale)};`);
    await page.addInitScript({ path: join(dir, "planHost.js") });
    await page.goto(url);
    await page.getByRole("heading", { name: CHECKED[locale].heading }).waitFor();
    await page.getByRole("meter").first().waitFor();
    await page.getByRole("status").filter({ hasText: CHECKED[locale].status }).first().waitFor();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(300);
  } finally {
    await browser.close();
    await new Promise<void>((ok) => (server as Server).close(() => ok()));
  }
  return [...new Set(files)];
}

/**
 * Opens the production build in headless Chromium with the fake Excel (an empty workbook, Thai
 * Office) and records the JavaScript files the page requests: at start-up, until the Start screen
 * is ready and the network has been idle; then after each user action.
 */
async function browserSession(dir: string, executablePath: string): Promise<Fetched[]> {
  const { chromium } = await import("playwright-core");
  const { server, url } = await serve(dir);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const steps: Fetched[] = [];
  let current: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 380, height: 900 }, locale: "th-TH" });
    recordScripts(page, () => current);
    await stubOfficeJs(page);
    await page.addInitScript(`window.__KPI_E2E_LANG__ = "th-TH";`);
    await page.addInitScript({ path: join(dir, "host.js") });
    const step = async (name: string, act: (p: Page) => Promise<void>): Promise<void> => {
      current = [];
      await act(page);
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(300);
      steps.push({ step: name, files: [...new Set(current)] });
    };
    await step("start-up (no user action): until the Start screen is ready", async (p) => {
      await p.goto(url);
      const insert = p.getByRole("button", { name: "สร้างแม่แบบในสมุดงานนี้" });
      await insert.waitFor();
      await p.waitForFunction(() => !document.querySelector("button[type=submit]")?.hasAttribute("disabled"));
    });
    await step("user reaches the agency field and types สนน.", async (p) => {
      await p.getByRole("combobox", { name: /^หน่วยงาน/ }).fill("สนน.");
      await p.getByText("จะใช้ชื่อ: สำนักการระบายน้ำ").waitFor();
    });
    await step("user inserts the template (then the live check runs)", async (p) => {
      await p.getByRole("button", { name: "สร้างแม่แบบในสมุดงานนี้" }).click();
      await p.getByRole("heading", { name: "ตรวจสอบแผน" }).waitFor();
      await p.getByRole("meter").first().waitFor();
    });
    await step("user opens Check before sending", async (p) => {
      await p.getByRole("navigation").getByRole("button", { name: "ตรวจก่อนส่ง" }).click();
      await p.getByRole("heading", { name: "ตรวจก่อนส่ง" }).waitFor();
    });
    await step("user runs the check before sending (the new plan still has errors: nothing is sealed)", async (p) => {
      await p.getByRole("button", { name: "ตรวจและประทับตรา" }).click();
      await p.getByRole("heading", { name: "ตรวจสอบแผน" }).waitFor();
    });
    await step("user opens Summaries and generates them", async (p) => {
      await p.getByRole("navigation").getByRole("button", { name: "สรุปผล" }).click();
      await p.getByRole("button", { name: "สร้าง / ปรับปรุงสรุปผล" }).click();
      await p.getByText(/สร้างแล้ว \d+ แผ่นงาน/).waitFor();
    });
    await step("user opens Import", async (p) => {
      await p.getByRole("navigation").getByRole("button", { name: "นำเข้า" }).click();
      await p.getByRole("heading", { name: "นำเข้าจากข้อความ" }).waitFor();
    });
  } finally {
    await browser.close();
    await new Promise<void>((ok) => (server as Server).close(() => ok()));
  }
  return steps;
}

async function bundleSizes(): Promise<void> {
  const dir = buildForE2e();
  const html = readFileSync(join(dir, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => (m[1] as string).split("?")[0] as string);
  const tags = scripts.filter((s) => !s.includes("office-js/"));
  const chunks = readdirSync(dir).filter((f) => f.endsWith(".js") && !tags.includes(f) && !TEST_SCRIPTS.has(f));
  console.log(`production build: ${dir}`);

  const executablePath = chromiumPath();
  let startup: string[];
  let later: Fetched[];
  /** What an English Office fetches at start-up on a workbook holding a plan (Chromium only). */
  let english: string[] | null = null;
  if (executablePath) {
    const steps = await browserSession(dir, executablePath);
    const first = steps[0] as Fetched;
    const withPlan = await browserPlanStartup(dir, executablePath);
    // The larger of the two start-ups: a new workbook (Start screen) and one holding a plan (Check).
    const chunksOf = (files: string[]): string[] => files.filter((f) => !tags.includes(f) && !TEST_SCRIPTS.has(f));
    const empty = chunksOf(first.files);
    const plan = chunksOf(withPlan);
    startup = [...new Set([...empty, ...plan])];
    for (const [name, files] of [["new workbook", first.files], ["workbook with a plan", withPlan]] as const) {
      const missing = tags.filter((t) => !files.includes(t));
      if (missing.length > 0) console.log(`  (${name}: script tags not requested by the page?! ${missing.join(", ")})`);
    }
    later = steps.slice(1);
    english = chunksOf(await browserPlanStartup(dir, executablePath, "en-US"));
    console.log("measured in headless Chromium (Thai Office, fake Excel): the files the page requested until usable —");
    console.log(`  a new workbook, until the Start screen is ready: ${[...tags, ...empty].join(", ")}`);
    console.log(`  a workbook holding a complete plan, until its Check screen shows findings and weights: ${[...tags, ...plan].join(", ")}`);
  } else {
    startup = chunks.filter((f) => !LAZY_BY_NAME.test(f));
    later = [{ step: "user actions (by chunk name: no Chromium here to check what is fetched when)", files: chunks.filter((f) => LAZY_BY_NAME.test(f)) }];
    console.log("NOT measured in a browser (no Chromium): start-up chunks are every chunk not named as a lazy one");
  }

  let total = 0;
  console.log("before the pane is usable:");
  for (const s of tags) {
    const size = gz(join(dir, s));
    total += size;
    console.log(`  ${s.padEnd(28)} ${KB(size).padStart(9)} gzip   script tag`);
  }
  for (const f of startup) {
    const size = gz(join(dir, f));
    total += size;
    console.log(`  ${f.padEnd(28)} ${KB(size).padStart(9)} gzip   fetched at start-up, no user action`);
  }
  const office = scripts.find((s) => s.includes("office-js/"));
  if (office) console.log(`  ${office} ${KB(gz(join(dir, office)))} gzip (Microsoft's, not counted)`);
  console.log(
    `JavaScript loaded before the pane is usable: ${KB(total)} gzip — target ≤ 120 KB: ${total <= TARGET ? "met" : "NOT met"} ` +
      `(Microsoft's React template: 167.5 KB doing nothing)`,
  );
  if (english) {
    // The pane's English words are a chunk of their own (src/taskpane/i18n/strings.ts).
    const more = english.filter((f) => !startup.includes(f));
    const englishTotal = total + more.reduce((n, f) => n + gz(join(dir, f)), 0);
    console.log(
      `  with Office in English (a workbook holding a plan): ${more.length > 0 ? `+ ${more.map((f) => `${f} ${KB(gz(join(dir, f)))}`).join(", ")} ` : ""}` +
        `= ${KB(englishTotal)} gzip — target ≤ 120 KB: ${englishTotal <= TARGET ? "met" : "NOT met"}`,
    );
  }

  console.log("fetched only on a user action:");
  const seen = new Set([...tags, ...startup]);
  let lazyTotal = 0;
  for (const { step, files } of later) {
    const fresh = files.filter((f) => !seen.has(f) && !TEST_SCRIPTS.has(f));
    for (const f of fresh) seen.add(f);
    const sizes = fresh.map((f) => `${f} ${KB(gz(join(dir, f)))}`);
    lazyTotal += fresh.reduce((n, f) => n + gz(join(dir, f)), 0);
    console.log(`  ${step}: ${sizes.length > 0 ? sizes.join(", ") : "nothing more"}`);
  }
  const never = chunks.filter((f) => !seen.has(f));
  if (never.length > 0) console.log(`  never fetched in this session: ${never.map((f) => `${f} ${KB(gz(join(dir, f)))}`).join(", ")}`);
  console.log(`  ${KB(lazyTotal)} gzip in all, each part when the user first needs it`);
}

async function workbookWith(plan: Plan, framework: Framework): Promise<{ host: FakeOfficeHost; checker: PlanChecker }> {
  const host = new FakeOfficeHost();
  await insertTemplate(createOfficePort(host.run), plan, framework);
  return { host, checker: new PlanChecker(createOfficeHost({ run: host.run }), "ข้อมูลแม่แบบ") };
}

function weightCell(host: FakeOfficeHost, kpi: string): string {
  const s = host.sheet("ตัวชี้วัด");
  const header = [...s.cells.entries()].find(([a, c]) => c.value === "น้ำหนัก" && /^[A-Z]+4$/.test(a));
  const id = [...s.cells.entries()].find(([a, c]) => c.value === kpi && /^B\d+$/.test(a));
  if (!header || !id) throw new Error("weight cell not found");
  return `${header[0].replace(/\d+$/, "")}${id[0].slice(1)}`;
}

const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] as number;

async function changeToFindings(label: string, plan: Plan, framework: Framework, kpi: string): Promise<void> {
  const { host, checker } = await workbookWith(plan, framework);
  let resolve: ((r: CheckResult) => void) | null = null;
  const live = new LiveCheck(checker, {
    debounceMs: 0,
    onResult: (r) => resolve?.(r),
    onError: (e) => {
      throw e;
    },
  });
  let syncs = host.syncs;
  await live.start();
  const startSyncs = host.syncs - syncs;
  syncs = host.syncs;
  await checker.full();
  const fullSyncs = host.syncs - syncs;
  const cell = weightCell(host, kpi);
  const times: number[] = [];
  const liveSyncs: number[] = [];
  const values: (string | number)[] = ["สิบ", 10]; // an error appears, then goes: marks change each time
  for (let i = 0; i < 60; i++) {
    const next = new Promise<CheckResult>((ok) => (resolve = ok));
    const before = host.syncs;
    const t0 = performance.now();
    await host.type("ตัวชี้วัด", cell, values[i % 2] as string | number);
    const r = await next;
    const ms = performance.now() - t0;
    if (i >= 10) {
      times.push(ms);
      liveSyncs.push(host.syncs - before);
    }
    if (i % 2 === 0 && !r.findings.some((f) => f.where.cell === cell)) throw new Error("the finding did not appear");
  }
  await live.stop();
  console.log(
    `${label}: cell change → updated findings ${percentile(times, 0.5).toFixed(1)} ms median, ${percentile(times, 0.95).toFixed(1)} ms p95 ` +
      `(target < 50 ms; the live check waits ${300} ms after the last keystroke first, by design)`,
  );
  console.log(
    `${label}: context.sync() per check — live ${Math.min(...liveSyncs)}–${Math.max(...liveSyncs)}, full ${fullSyncs} (target ≤ 2; 3 when a mark goes: ` +
      `conditional-format ids are positions, so the rules are read again in the batch that deletes); ` +
      `opening the plan ${startSyncs} (metadata and where its sheets are, first full check, event handlers)`,
  );
}

export default {
  title: "task pane",
  async run(): Promise<void> {
    await bundleSizes();
    const fw = findFramework("bma-2567-bureau") as Framework;
    await changeToFindings("full FY2567 plan (6 negotiated + 3 shared KPIs, results, action plan)", parsed(validPlan({ results: true })), fw, "1.1-1");
    await changeToFindings("large plan (60 KPIs)", parsed(syntheticPlan(60)), fw, "1.1-1");
  },
};
