// Rules for functions.json that Excel enforces but the metadata tool does not (OFFICE-NOTES):
// ids of A-Z a-z 0-9 . _, names of at least 3 characters that do not read as a cell reference,
// plus our own: ASCII names (Thai names with combining marks are rejected by the tool, so none
// are Thai), and a Thai and an English description for every function and parameter.

export interface FunctionParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: FunctionParameter[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}
export interface FunctionsJson {
  functions: FunctionMetadata[];
}

const ID = /^[A-Za-z0-9._]+$/;
const NAME = /^[A-Za-z][A-Za-z0-9._]*$/;
const PARAMETER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A1 references reach column XFD (3 letters) and row 1048576 (7 digits). */
const A1 = /^[A-Za-z]{1,3}[0-9]{1,7}$/;
const R1C1 = /^R[0-9]*C[0-9]*$/i;
const THAI = /\p{Script=Thai}/u;
const LATIN = /[A-Za-z]{2}/;
const MAX_ID = 128;
const MAX_NAME = 128;
const MAX_DESCRIPTION = 255;

/** True when Excel could read `name` as a cell reference (A1, XFD1048576, R1C1, R2C). */
export function looksLikeCellReference(name: string): boolean {
  return A1.test(name) || R1C1.test(name);
}

function describe(where: string, text: string | undefined, problems: string[]): void {
  if (!text) return void problems.push(`${where} has no description`);
  if (!THAI.test(text)) problems.push(`${where}: description has no Thai`);
  if (!LATIN.test(text)) problems.push(`${where}: description has no English`);
  if (text.length > MAX_DESCRIPTION) problems.push(`${where}: description is longer than ${MAX_DESCRIPTION} characters`);
}

export function checkFunctionsJson(json: FunctionsJson): string[] {
  const problems: string[] = [];
  if (!Array.isArray(json.functions) || json.functions.length === 0) return ["functions.json declares no functions"];
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const f of json.functions) {
    const where = `function ${f.id}`;
    if (!ID.test(f.id)) problems.push(`${where}: id may use only A-Z a-z 0-9 . _`);
    if (f.id.length > MAX_ID) problems.push(`${where}: id is longer than ${MAX_ID} characters`);
    if (ids.has(f.id.toUpperCase())) problems.push(`${where}: duplicate id`);
    ids.add(f.id.toUpperCase());
    if (!NAME.test(f.name)) problems.push(`${where}: name "${f.name}" must be ASCII letters, digits, . or _, starting with a letter`);
    if (f.name.length < 3) problems.push(`${where}: name "${f.name}" is shorter than 3 characters`);
    if (f.name.length > MAX_NAME) problems.push(`${where}: name is longer than ${MAX_NAME} characters`);
    if (/\p{M}/u.test(f.name)) problems.push(`${where}: name "${f.name}" has combining marks`);
    if (looksLikeCellReference(f.name)) {
      problems.push(`${where}: name "${f.name}" reads as a cell reference`);
    }
    if (names.has(f.name.toUpperCase())) problems.push(`${where}: duplicate name "${f.name}"`);
    names.add(f.name.toUpperCase());
    describe(where, f.description, problems);
    let optionalSeen = false;
    const params = new Set<string>();
    for (const p of f.parameters) {
      const at = `${where} parameter ${p.name}`;
      if (!PARAMETER.test(p.name)) problems.push(`${at}: name must be an ASCII identifier`);
      if (params.has(p.name)) problems.push(`${at}: duplicate parameter name`);
      params.add(p.name);
      if (p.optional) optionalSeen = true;
      else if (optionalSeen) problems.push(`${at}: a required parameter follows an optional one`);
      describe(at, p.description, problems);
    }
  }
  return problems;
}
