// The plan's JSON Schema as the build embedded it in the validator: read by the schema check for its
// messages and by load/titles.ts for the fields' Vietnamese titles, so neither imports the other.
import validatePlan from "../../generated/plan-validator.cjs";

export const planSchema = validatePlan.schema;
