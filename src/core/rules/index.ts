// The registry of domain rules, run in this order after the schema. One file per rule.
import type { Rule } from "./rule.js";

export const RULES: readonly Rule[] = [];
