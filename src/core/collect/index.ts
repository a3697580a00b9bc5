export * from "./collect";
export * from "./due";
export * from "./rank";
export * from "./round";
export * from "./types";
export * from "./labels";
