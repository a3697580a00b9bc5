export * from "./digits";
export * from "./number";
export * from "./calendar";
