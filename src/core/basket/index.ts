export * from "./entries";
export * from "./format";
export * from "./search";
export * from "./segment";
