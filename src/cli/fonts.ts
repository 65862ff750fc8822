// Is Times New Roman (ND30's font) installed where LibreOffice will set the PDF? Without it LibreOffice
// silently substitutes: Liberation Serif keeps the widths, so lines and pages stay as in Word; any other
// font changes them. `render --pdf` says so in one line (issue 22).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const PDF_FONT = "Times New Roman";

export type FontCheck =
  /** Installed, or the machine cannot say: nothing to tell. */
  | { missing: false }
  /** `used`: the font LibreOffice falls back to, when the system names it. */
  | { missing: true; platform: "linux" | "windows" | "mac"; used?: string };

/** fontconfig's answer to `fc-match -f "%{family}" "Times New Roman"`: its first family is the font used. */
export function fromFcMatch(output: string): FontCheck {
  const used = output.split("\n")[0]!.split(",")[0]!.trim();
  if (used === "" || used.toLowerCase() === PDF_FONT.toLowerCase()) return { missing: false };
  return { missing: true, platform: "linux", used };
}

/**
 * Asks the system. Linux and the BSDs: fontconfig, which LibreOffice itself uses (PLAN_FC_MATCH names
 * the program, for tests); Windows: the Fonts folders; macOS: its font folders. A machine that cannot
 * answer (no fc-match) is not warned about.
 */
export function checkPdfFont(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
): FontCheck {
  if (platform === "win32") {
    const folders = [
      join(env.WINDIR ?? env.SystemRoot ?? "C:\\Windows", "Fonts"),
      env.LOCALAPPDATA && join(env.LOCALAPPDATA, "Microsoft", "Windows", "Fonts"),
    ];
    const found = folders.some((dir) => dir && existsSync(join(dir, "times.ttf")));
    // LibreOffice for Windows brings Liberation Serif and falls back to it.
    return found ? { missing: false } : { missing: true, platform: "windows", used: "Liberation Serif" };
  }
  if (platform === "darwin") {
    const dirs = ["/Library/Fonts", "/System/Library/Fonts/Supplemental", join(homedir(), "Library", "Fonts")];
    return dirs.some((dir) => existsSync(join(dir, "Times New Roman.ttf")))
      ? { missing: false }
      : { missing: true, platform: "mac" };
  }
  const run = spawnSync(env.PLAN_FC_MATCH || "fc-match", ["-f", "%{family}", PDF_FONT], {
    encoding: "utf8",
    timeout: 10_000,
    env: env as NodeJS.ProcessEnv,
  });
  if (run.status !== 0 || typeof run.stdout !== "string") return { missing: false };
  return fromFcMatch(run.stdout);
}
