export * from "./reference";
export * from "./accounts";
export * from "./system";
export * from "./documents";
export * from "./measures";
export * from "./records";
