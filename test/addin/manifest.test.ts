// Offline manifest check (office-addin-manifest validate needs Microsoft's web service).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COMMANDS } from "../../src/commands/commands";
import { ROOT } from "./build";
import { checkManifest, manifestUrls, parseXml, walk } from "./manifestRules";

// webpack.config.js is CommonJS; its manifest rewrite is what `npm run build` ships.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest, DEV_ORIGIN } = require("../../webpack.config.js") as {
  rewriteManifest: (xml: string, origin?: string, version?: string) => string;
  DEV_ORIGIN: string;
};

const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const expectations = { version, actions: Object.keys(COMMANDS) };

/** The manifest with one textual change, which must be present. */
function edit(from: string | RegExp, to: string): string {
  const out = source.replace(from, to);
  if (out === source) throw new Error(`edit found nothing to replace: ${String(from)}`);
  return out;
}

describe("manifest.xml (offline check)", () => {
  it("passes every rule as committed", () => {
    expect(checkManifest(source, expectations)).toEqual([]);
  });

  it("passes every rule after the production rewrite to another origin", () => {
    const prod = rewriteManifest(source, "https://kpi.example.go.th/addin/", version);
    expect(checkManifest(prod, expectations)).toEqual([]);
    expect(prod).not.toContain(DEV_ORIGIN);
    expect(manifestUrls(prod).every((u) => u.startsWith("https://kpi.example.go.th/addin/"))).toBe(true);
  });

  it("stamps the package version on the function URLs when the version changes", () => {
    const bumped = rewriteManifest(source, DEV_ORIGIN, "9.8.7");
    expect(bumped).toContain("functions.js?v=9.8.7");
    expect(bumped).toContain("functions.json?v=9.8.7");
    expect(checkManifest(bumped, { version: "9.8.7" })).toContain("<Version> 0.1.0.0 does not match package.json 9.8.7");
  });

  it("refuses a non-https origin for the production rewrite", () => {
    expect(() => rewriteManifest(source, "http://kpi.example.go.th/")).toThrow(/https/);
  });

  it("declares the shared runtime, a long-lived runtime and the KPI namespace", () => {
    const nodes = walk(parseXml(source));
    expect(nodes.find((n) => n.name === "Set" && n.attrs.Name === "SharedRuntime")?.attrs.MinVersion).toBe("1.1");
    expect(nodes.find((n) => n.name === "Runtime")?.attrs).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    expect(nodes.find((n) => n.name === "bt:String" && n.attrs.id === "Functions.Namespace")?.attrs.DefaultValue).toBe("KPI");
    const check = nodes.find((n) => n.name === "bt:String" && n.attrs.id === "Check.Label");
    expect(check?.children[0]?.attrs).toEqual({ Locale: "th-TH", Value: "ตรวจก่อนส่ง" });
  });

  it("points at icons that exist, as PNGs of the declared size", () => {
    for (const url of manifestUrls(source).filter((u) => u.endsWith(".png"))) {
      const file = join(ROOT, new URL(url).pathname);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      const size = Number(/-(\d+)\.png$/.exec(url)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  describe("finds the mistakes it is meant to find", () => {
    const cases: [string, string, string | RegExp][] = [
      ["malformed XML", edit("</Hosts>\n  <Requirements>", "</Host>\n  <Requirements>"), /not well-formed/],
      ["an undefined resid", edit('<Label resid="Check.Label"/>', '<Label resid="Check.Lable"/>'), '<Label resid="Check.Lable"> refers to an undefined resource'],
      ["a resid of the wrong kind", edit('<Description resid="Check.Tooltip"/>', '<Description resid="Check.Label"/>'), /refers to ShortStrings, expected LongStrings/],
      ["an unversioned functions.json", edit("functions.json?v=0.1.0", "functions.json"), /<Metadata> URL carries no version/],
      ["a stale version", edit("functions.js?v=0.1.0", "functions.js?v=0.0.9"), /<Script> URL has \?v=0\.0\.9/],
      ["a second origin", edit("https://localhost:3000/assets/icon-16.png", "https://cdn.example.com/icon-16.png"), /more than one origin/],
      ["plain http", edit("https://localhost:3000/assets/icon-80.png", "http://localhost:3000/assets/icon-80.png"), /not https/],
      ["a namespace with a dot", edit('DefaultValue="KPI"/>', 'DefaultValue="K.PI"/>'), /namespace "K.PI" must be ASCII letters and digits/],
      ["a Thai namespace", edit('DefaultValue="KPI"/>', 'DefaultValue="ตัวชี้วัด"/>'), /must be ASCII letters and digits/],
      ["a long namespace", edit('DefaultValue="KPI"/>', `DefaultValue="${"K".repeat(33)}"/>`), /longer than 32 characters/],
      ["no shared runtime", edit('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""), /lacks <Set Name="SharedRuntime">/],
      ["a short-lived runtime", edit('lifetime="long"', 'lifetime="short"'), /lifetime is short, not long/],
      ["a functions page other than the runtime", edit('<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="GetStarted.LearnMoreUrl"/>'), /<Page> \(GetStarted.LearnMoreUrl\) is not the shared runtime/],
      ["elements out of order", edit(/(<ProviderName>[^<]*<\/ProviderName>)\s*(<DefaultLocale>[^<]*<\/DefaultLocale>)/, "$2\n  $1"), /<ProviderName> is out of order/],
      ["a missing Permissions", edit("<Permissions>ReadWriteDocument</Permissions>", ""), "missing <Permissions>"],
      ["weaker permissions", edit("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"), /not ReadWriteDocument/],
      ["an Id that is not a GUID", edit(/<Id>[^<]*<\/Id>/, "<Id>kpi-addin</Id>"), /<Id> is not a GUID/],
      ["a three-part Version", edit("<Version>0.1.0.0</Version>", "<Version>0.1.0</Version>"), /<Version> is not x.y.z.w/],
      ["no Thai display name", edit('<Override Locale="th-TH" Value="ประเมินผลตัวชี้วัด กทม."/>', ""), /<DisplayName> has no Thai/],
      ["an unknown ribbon action", edit("<FunctionName>checkBeforeSending</FunctionName>", "<FunctionName>checkBeforeSend</FunctionName>"), /ExecuteFunction "checkBeforeSend" is not an associated action/],
      ["an unused resource", edit("</bt:Images>", '  <bt:Image id="Spare.16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>\n      </bt:Images>'), 'resource "Spare.16" is never used'],
    ];
    it.each(cases)("%s", (_name, xml, problem) => {
      const problems = checkManifest(xml, expectations);
      if (typeof problem === "string") expect(problems).toContain(problem);
      else expect(problems.some((p) => problem.test(p))).toBe(true);
    });
  });
});
