import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The installed package's root (where schemas/ is), found from this module whether bundled or not. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "schemas/plan.schema.json"))) return dir;
    dir = dirname(dir);
  }
  throw new Error("schemas/plan.schema.json not found beside the program");
}

export function schemaFile(): string {
  return join(packageRoot(), "schemas/plan.schema.json");
}

/** The modeline path: the schema relative to the plan file (yaml-language-server resolves it so). */
export function schemaPathFor(planFile: string): string {
  const rel = relative(dirname(resolve(planFile)), schemaFile()).split("\\").join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}
