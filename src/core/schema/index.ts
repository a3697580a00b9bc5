export * from "./common";
export * from "./framework";
export * from "./plan";
