// Types for the validator that scripts/build.mjs generates into src/generated.
interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
interface PlanValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
  schema: Record<string, unknown>;
}
declare const validate: PlanValidator;
export = validate;
