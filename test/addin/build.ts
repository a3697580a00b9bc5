// Test helpers: a production build of the add-in, made once per content of its inputs and shared
// by every test file, and a sandbox that runs the functions bundle with a stub CustomFunctions.
import vm from "node:vm";
import { ADDIN_INPUTS, cachedBuild, webpack } from "../support/cachedBuild";

export { ROOT } from "../support/cachedBuild";

/**
 * The folder of a production build (`webpack --mode production`) of the current sources; built
 * on first use. `onlyFunctions` builds just functions.js + functions.json (faster).
 */
export function productionBuild(options: { onlyFunctions?: boolean } = {}): string {
  const onlyFunctions = options.onlyFunctions ?? false;
  return cachedBuild({
    folder: "addin-build",
    name: onlyFunctions ? "functions" : "full",
    inputs: ADDIN_INPUTS,
    marker: "functions.js",
    build: (into) => webpack(["--mode", "production", "--output-path", into, ...(onlyFunctions ? ["--env", "only=functions"] : [])]),
  });
}

/** What the stub runtime's Error carries. */
export class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const STUB_ERROR_CODES = {
  divisionByZero: "#DIV/0!",
  invalidName: "#NAME?",
  invalidNumber: "#NUM!",
  invalidReference: "#REF!",
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  nullReference: "#NULL!",
} as const;

export type CustomFunction = (...args: unknown[]) => unknown;

export interface Sandbox {
  /** Functions registered through CustomFunctions.associate, by id. */
  registered: Map<string, CustomFunction>;
  /** Ids in the order associate was called, duplicates included. */
  associations: string[];
  context: vm.Context;
}

/** Runs a functions bundle in a fresh context whose only global is a stub CustomFunctions. */
export function loadBundle(code: string): Sandbox {
  const registered = new Map<string, CustomFunction>();
  const associations: string[] = [];
  const CustomFunctions = {
    associate(id: string, fn: CustomFunction) {
      associations.push(id);
      registered.set(id, fn);
    },
    Error: StubError,
    ErrorCode: STUB_ERROR_CODES,
  };
  const context = vm.createContext({ CustomFunctions });
  vm.runInContext(code, context, { filename: "functions.js", timeout: 5000 });
  return { registered, associations, context };
}
