export * from "./criteria";
export * from "./ladder";
export * from "./points";
export * from "./score";
export * from "./round";
export * from "./report";
