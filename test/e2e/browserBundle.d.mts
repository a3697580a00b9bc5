import type { Configuration } from "webpack";

/** The webpack configuration of a test-only browser bundle; `extra` overrides top-level keys. */
export function browserBundle(entry: Record<string, string>, extra?: Configuration): Configuration;
