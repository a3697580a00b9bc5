export * from "./finding";
export * from "./catalogue";
export * from "./validate";
export * from "./repeats";
