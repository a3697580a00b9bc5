// The pure domain core: no Office, React, DOM or Node I/O. Adapters import from here.
export * from "./thai";
export * from "./schema";
export * from "./frameworks";
export * from "./scoring";
export * from "./plan/standard";
export * from "./validation";
