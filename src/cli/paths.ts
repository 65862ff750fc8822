import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { getAsset, isSea } from "node:sea";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * True inside the single executable (dist/exe/plan, plan.exe; scripts/build-exe.mjs): there is no package
 * folder then, only the program file, and what plan reads at run time comes from its SEA assets.
 */
export function isExecutable(): boolean {
  return isSea();
}

/** The installed package's root (where schemas/ is), found from this module whether bundled or not. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "schemas/plan.schema.json"))) return dir;
    dir = dirname(dir);
  }
  throw new Error("schemas/plan.schema.json not found beside the program");
}

/** The schema's key among the executable's SEA assets (scripts/build-exe.mjs names it so). */
export const SCHEMA_ASSET = "plan.schema.json";

/**
 * Where a user's programs keep their own files: %LOCALAPPDATA% on Windows, ~/Library/Application Support
 * on macOS, $XDG_DATA_HOME or ~/.local/share elsewhere. Not the temp folder: a plan's schema link must
 * keep resolving after a cleanup or a restart.
 */
function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === "win32") return env.LOCALAPPDATA || join(homedir(), "AppData", "Local");
  if (process.platform === "darwin") return join(homedir(), "Library", "Application Support");
  return env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : join(homedir(), ".local", "share");
}

/**
 * The executable's schema, written out where an editor can read it. One place per user, not per
 * version: a newer plan.exe rewrites the copy, so plans made by an older one keep a working link.
 * Written only when it differs, through a temporary file and a rename, so that two plans running at once
 * never leave a half-written schema for the editor.
 */
function extractedSchema(asset: string): string {
  const bytes = Buffer.from(getAsset(asset));
  // A home that cannot be written (a locked-down office PC) still gets a working run, linked to the temp folder.
  for (const dir of [join(userDataDir(), "plan-thi-dua"), join(tmpdir(), "plan-thi-dua")]) {
    const file = join(dir, asset);
    try {
      if (existsSync(file) && readFileSync(file).equals(bytes)) return file;
      mkdirSync(dir, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, bytes);
      renameSync(temp, file);
      return file;
    } catch {
      // Try the next place.
    }
  }
  throw new Error(`cannot write ${asset} to ${userDataDir()} or ${tmpdir()}`);
}

/** The two files an editor validates against: a plan's, and a results file's (kind: results). */
export type SchemaName = "plan" | "results";
const SCHEMA_FILES: Record<SchemaName, string> = { plan: SCHEMA_ASSET, results: "results.schema.json" };

export function schemaFile(name: SchemaName = "plan"): string {
  return isExecutable() ? extractedSchema(SCHEMA_FILES[name]) : join(packageRoot(), "schemas", SCHEMA_FILES[name]);
}

/** Which schema a link names: a results file links to results.schema.json, everything else is a plan. */
export const schemaNameOf = (link: string): SchemaName => (/results\.schema\.json$/i.test(link) ? "results" : "plan");

/**
 * The modeline link for a plan file. Inside the tool's own folder (its examples) the schema relative to
 * the plan; anywhere else the schema's absolute file address, which still resolves when the clerk moves
 * the plan to another folder or drive (a relative link from D:\ to C:\ cannot even be written).
 */
export function schemaPathFor(planFile: string, name: SchemaName = "plan"): string {
  const schema = schemaFile(name);
  // The executable's copy sits at a fixed place of the user's (and there is no package folder).
  if (isExecutable()) return pathToFileURL(schema).href;
  const plan = resolve(planFile);
  const inside = relative(packageRoot(), plan);
  // An installed package stays where it is: a file URL keeps working wherever the plan is moved, and
  // reaches C: from a plan on D:.
  if (inside.startsWith("..") || isAbsolute(inside)) return pathToFileURL(schema).href;
  const rel = relative(dirname(plan), schema).split("\\").join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}
