// An offline check of the XML add-in manifest: `office-addin-manifest validate` needs Microsoft's
// web service, so CI checks what can be checked locally. Returns problems; [] means clean.
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

function toNodes(items: Ordered[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const item of items) {
    const name = Object.keys(item).find((k) => k !== ":@");
    if (!name || name.startsWith("?") || name === "#comment" || name === "#text") continue;
    const content = (item[name] ?? []) as Ordered[];
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(item[":@"] ?? {})) attrs[k.replace(/^@_/, "")] = String(v);
    const text = content
      .filter((c) => "#text" in c)
      .map((c) => String(c["#text"]))
      .join("")
      .trim();
    nodes.push({ name, attrs, children: toNodes(content), text });
  }
  return nodes;
}

export function parseXml(xml: string): XmlNode {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    commentPropName: "#comment",
  });
  const roots = toNodes(parser.parse(xml) as Ordered[]);
  if (roots.length !== 1) throw new Error(`expected one root element, got ${roots.length}`);
  return roots[0] as XmlNode;
}

/** Every node below `node` (itself included), depth first. */
export function walk(node: XmlNode): XmlNode[] {
  return [node, ...node.children.flatMap(walk)];
}

const local = (name: string): string => name.replace(/^[\w]+:/, "");
const child = (node: XmlNode | undefined, name: string): XmlNode | undefined => node?.children.find((c) => local(c.name) === name);
const all = (node: XmlNode, name: string): XmlNode[] => walk(node).filter((n) => local(n.name) === name);

/** Top-level elements of a TaskPaneApp, in the order the schema requires. */
export const TOP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
] as const;
const REQUIRED_TOP = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "Hosts", "Requirements", "DefaultSettings", "Permissions"];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION4 = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const THAI = /\p{Script=Thai}/u;
/** resid values: at most 32 characters (manifest reference). */
const MAX_RESID = 32;
const MAX_SHORT_STRING = 125;
const MAX_LONG_STRING = 250;
const MAX_NAMESPACE = 32;

/** The resource kind each referring element needs; anything else (Label, Title, Namespace) is a ShortString. */
const WANTED_KIND: Record<string, "Images" | "Urls" | "LongStrings"> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Runtime: "Urls",
  Description: "LongStrings",
};

export interface ManifestExpectations {
  /** package.json version, e.g. "0.1.0": the manifest Version and the ?v= of function URLs. */
  version: string;
  /** Ids a ribbon button may call (Office.actions.associate). */
  actions?: readonly string[];
}

export function checkManifest(xml: string, expect: ManifestExpectations): string[] {
  const problems: string[] = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const root = parseXml(xml);
  if (root.name !== "OfficeApp") problems.push(`root element is ${root.name}, not OfficeApp`);
  if (root.attrs["xsi:type"] !== "TaskPaneApp") problems.push(`OfficeApp xsi:type is ${root.attrs["xsi:type"]}, not TaskPaneApp`);

  // Required elements, and their order.
  const top = root.children.map((c) => c.name);
  for (const name of REQUIRED_TOP) if (!top.includes(name)) problems.push(`missing <${name}>`);
  let last = -1;
  for (const name of top) {
    const at = TOP_ORDER.indexOf(name as (typeof TOP_ORDER)[number]);
    if (at === -1) problems.push(`unexpected top-level <${name}>`);
    else if (at < last) problems.push(`<${name}> is out of order (expected order: ${TOP_ORDER.join(", ")})`);
    else last = at;
  }

  const text = (name: string): string => child(root, name)?.text ?? "";
  if (!GUID.test(text("Id"))) problems.push(`<Id> is not a GUID: ${text("Id")}`);
  if (!VERSION4.test(text("Version"))) problems.push(`<Version> is not x.y.z.w: ${text("Version")}`);
  else if (text("Version") !== `${expect.version}.0` && !text("Version").startsWith(`${expect.version}.`)) {
    problems.push(`<Version> ${text("Version")} does not match package.json ${expect.version}`);
  }
  if (text("ProviderName") === "") problems.push("<ProviderName> is empty");
  if (!LOCALE.test(text("DefaultLocale"))) problems.push(`<DefaultLocale> is not a locale: ${text("DefaultLocale")}`);
  for (const [name, max] of [
    ["DisplayName", MAX_SHORT_STRING],
    ["Description", MAX_LONG_STRING],
  ] as const) {
    const el = child(root, name);
    const value = el?.attrs.DefaultValue ?? "";
    if (value === "") problems.push(`<${name}> has no DefaultValue`);
    if (value.length > max) problems.push(`<${name}> is longer than ${max} characters`);
    const thai = el?.children.find((o) => local(o.name) === "Override" && o.attrs.Locale === "th-TH");
    if (!thai || !THAI.test(thai.attrs.Value ?? "")) problems.push(`<${name}> has no Thai <Override Locale="th-TH">`);
    else if ((thai.attrs.Value ?? "").length > max) problems.push(`<${name}> th-TH override is longer than ${max} characters`);
  }
  const hosts = child(root, "Hosts")?.children.map((h) => h.attrs.Name) ?? [];
  if (!hosts.includes("Workbook")) problems.push(`<Hosts> does not include Workbook (got ${hosts.join(", ") || "none"})`);
  const sets = all(child(root, "Requirements") ?? root, "Set");
  const shared = sets.find((s) => s.attrs.Name === "SharedRuntime");
  if (!shared) problems.push('<Requirements> lacks <Set Name="SharedRuntime">');
  else if (shared.attrs.MinVersion !== "1.1") problems.push(`SharedRuntime MinVersion is ${shared.attrs.MinVersion}, not 1.1`);
  const source = child(child(root, "DefaultSettings"), "SourceLocation")?.attrs.DefaultValue ?? "";
  if (source === "") problems.push("<DefaultSettings> has no <SourceLocation DefaultValue>");
  if (text("Permissions") !== "ReadWriteDocument") problems.push(`<Permissions> is ${text("Permissions")}, not ReadWriteDocument`);

  // Resources: ids unique, short, and every resid defined (of the right kind) and used.
  const overrides = child(root, "VersionOverrides");
  if (!overrides) return [...problems, "missing <VersionOverrides>"];
  const resources = child(overrides, "Resources");
  const kinds = { Images: "Image", Urls: "Url", ShortStrings: "String", LongStrings: "String" } as const;
  const defined = new Map<string, { kind: keyof typeof kinds; node: XmlNode }>();
  for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) {
    for (const node of child(resources, kind)?.children ?? []) {
      const id = node.attrs.id ?? "";
      if (defined.has(id)) problems.push(`resource id "${id}" is defined twice`);
      if (id.length > MAX_RESID) problems.push(`resource id "${id}" is longer than ${MAX_RESID} characters`);
      defined.set(id, { kind, node });
    }
  }
  const used = new Set<string>();
  for (const node of walk(overrides)) {
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const def = defined.get(resid);
    const el = local(node.name);
    if (!def) {
      problems.push(`<${el} resid="${resid}"> refers to an undefined resource`);
      continue;
    }
    const wanted = WANTED_KIND[el] ?? "ShortStrings";
    if (def.kind !== wanted) problems.push(`<${el} resid="${resid}"> refers to ${def.kind}, expected ${wanted}`);
  }
  for (const id of defined.keys()) if (!used.has(id)) problems.push(`resource "${id}" is never used`);

  // String lengths, default and localized.
  for (const [kind, max] of [
    ["ShortStrings", MAX_SHORT_STRING],
    ["LongStrings", MAX_LONG_STRING],
  ] as const) {
    for (const node of child(resources, kind)?.children ?? []) {
      const values = [node.attrs.DefaultValue ?? "", ...node.children.map((o) => o.attrs.Value ?? "")];
      if ((node.attrs.DefaultValue ?? "") === "") problems.push(`string "${node.attrs.id}" has no DefaultValue`);
      if (values.some((v) => v.length > max)) problems.push(`string "${node.attrs.id}" is longer than ${max} characters`);
      for (const o of node.children) {
        if (!LOCALE.test(o.attrs.Locale ?? "")) problems.push(`string "${node.attrs.id}" has an override with a bad Locale`);
      }
    }
  }

  // Shared runtime and custom functions.
  const host = all(overrides, "Host").find((h) => h.attrs["xsi:type"] === "Workbook");
  if (!host) return [...problems, 'VersionOverrides has no <Host xsi:type="Workbook">'];
  const runtimes = all(host, "Runtime");
  const runtime = runtimes[0];
  if (runtimes.length !== 1 || !runtime) problems.push(`expected one <Runtime>, got ${runtimes.length}`);
  else if (runtime.attrs.lifetime !== "long") problems.push(`<Runtime> lifetime is ${runtime.attrs.lifetime}, not long`);
  const runtimeId = runtime?.attrs.resid ?? "";
  const urlOf = (resid: string | undefined): string => defined.get(resid ?? "")?.node.attrs.DefaultValue ?? "";
  if (runtimeId && urlOf(runtimeId) !== source) problems.push(`the runtime page ${urlOf(runtimeId)} is not the DefaultSettings page ${source}`);

  const points = all(host, "ExtensionPoint");
  const cf = points.find((p) => p.attrs["xsi:type"] === "CustomFunctions");
  if (!cf) problems.push('no <ExtensionPoint xsi:type="CustomFunctions">');
  else {
    const order = cf.children.map((c) => local(c.name));
    if (order.join(",") !== "Script,Page,Metadata,Namespace") problems.push(`CustomFunctions children are ${order.join(", ")}, expected Script, Page, Metadata, Namespace`);
    const loc = (name: string): string | undefined => child(child(cf, name), "SourceLocation")?.attrs.resid;
    if (loc("Page") !== runtimeId) problems.push(`the CustomFunctions <Page> (${loc("Page")}) is not the shared runtime (${runtimeId})`);
    for (const [name, file] of [
      ["Script", "functions.js"],
      ["Metadata", "functions.json"],
    ] as const) {
      const url = urlOf(loc(name));
      let parsed: URL | undefined;
      try {
        parsed = new URL(url);
      } catch {
        problems.push(`the CustomFunctions <${name}> URL is not a URL: "${url}"`);
      }
      if (parsed) {
        if (!parsed.pathname.endsWith(`/${file}`)) problems.push(`the CustomFunctions <${name}> URL does not end in ${file}: ${url}`);
        const v = parsed.searchParams.get("v");
        if (!v) problems.push(`the CustomFunctions <${name}> URL carries no version (?v=): ${url}`);
        else if (v !== expect.version) problems.push(`the CustomFunctions <${name}> URL has ?v=${v}, package.json is ${expect.version}`);
      }
    }
    const ns = defined.get(child(cf, "Namespace")?.attrs.resid ?? "")?.node;
    const value = ns?.attrs.DefaultValue ?? "";
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(value)) problems.push(`namespace "${value}" must be ASCII letters and digits, starting with a letter`);
    if (value.length > MAX_NAMESPACE) problems.push(`namespace "${value}" is longer than ${MAX_NAMESPACE} characters`);
    if ((ns?.children.length ?? 0) > 0) problems.push(`namespace "${value}" must not be localized: formulas would change with the UI language`);
  }
  const functionFile = all(host, "FunctionFile")[0]?.attrs.resid;
  if (functionFile !== undefined && functionFile !== runtimeId) problems.push(`<FunctionFile> (${functionFile}) is not the shared runtime (${runtimeId})`);
  for (const action of all(host, "Action")) {
    const type = action.attrs["xsi:type"];
    if (type === "ShowTaskpane") {
      const resid = child(action, "SourceLocation")?.attrs.resid;
      if (resid !== runtimeId) problems.push(`a ShowTaskpane action opens ${resid}, not the shared runtime ${runtimeId}`);
    } else if (type === "ExecuteFunction") {
      const name = child(action, "FunctionName")?.text ?? "";
      if (expect.actions && !expect.actions.includes(name)) problems.push(`ExecuteFunction "${name}" is not an associated action (${expect.actions.join(", ")})`);
    }
  }
  const controlIds = all(host, "Control").map((c) => c.attrs.id ?? "");
  for (const id of new Set(controlIds)) if (controlIds.filter((c) => c === id).length > 1) problems.push(`control id "${id}" is used twice`);

  // URLs: https, one origin.
  const urls: [string, string][] = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const v = child(root, name)?.attrs.DefaultValue;
    if (v !== undefined) urls.push([`<${name}>`, v]);
  }
  urls.push(["<DefaultSettings>", source]);
  for (const [id, def] of defined) if (def.kind === "Urls" || def.kind === "Images") urls.push([`resource "${id}"`, def.node.attrs.DefaultValue ?? ""]);
  const origins = new Set<string>();
  for (const [where, url] of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where}: not a URL "${url}"`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`${where}: not https "${url}"`);
    origins.add(parsed.origin);
  }
  if (origins.size > 1) problems.push(`URLs use more than one origin: ${[...origins].join(", ")}`);
  return problems;
}

/** Every URL in the manifest, for tests that look at files behind them. */
export function manifestUrls(xml: string): string[] {
  return walk(parseXml(xml))
    .map((n) => n.attrs.DefaultValue ?? "")
    .filter((v) => /^https?:\/\//.test(v));
}
