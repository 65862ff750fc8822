import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

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

/**
 * The modeline link for a plan file. Inside the tool's own folder (its examples) the schema relative to
 * the plan; anywhere else the schema's absolute file address, which still resolves when the clerk moves
 * the plan to another folder or drive (a relative link from D:\ to C:\ cannot even be written).
 */
export function schemaPathFor(planFile: string): string {
  const plan = resolve(planFile);
  const inside = relative(packageRoot(), plan);
  if (!inside.startsWith("..") && !isAbsolute(inside)) {
    const rel = relative(dirname(plan), schemaFile()).split("\\").join("/");
    return rel.startsWith(".") ? rel : `./${rel}`;
  }
  return pathToFileURL(schemaFile()).href;
}
