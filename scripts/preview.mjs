// npm run preview: renders the example to out/preview/ and, when LibreOffice and poppler are
// installed, converts it to PDF and PNG pages a person can look at.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "out/preview");
const example = process.argv[2] ?? join(root, "examples/nam-thanh-2024-2025.yaml");
mkdirSync(out, { recursive: true });
const yaml = join(out, "ke-hoach.yaml");
copyFileSync(example, yaml);
const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit" }).status === 0;
const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

if (!run(process.execPath, [join(root, "bin/plan.js"), "render", yaml, "--docx"])) process.exit(1);
if (!has("soffice") || !has("pdftoppm")) {
  console.log(`Đã ghi ${join(out, "ke-hoach.docx")}. Cài LibreOffice và poppler-utils để xem trước PDF/PNG:`);
  console.log("  sudo apt-get install libreoffice-writer-nogui fonts-liberation2 poppler-utils");
  process.exit(0);
}
run("soffice", [
  `-env:UserInstallation=file://${join(out, "lo-profile")}`,
  "--headless",
  "--convert-to",
  "pdf",
  "--outdir",
  out,
  join(out, "ke-hoach.docx"),
]);
run("pdftoppm", ["-png", "-r", "80", join(out, "ke-hoach.pdf"), join(out, "trang")]);
console.log(`Xem trước: ${join(out, "ke-hoach.pdf")}`);
for (const f of readdirSync(out)
  .filter((f) => f.endsWith(".png"))
  .sort())
  console.log(`  ${join(out, f)}`);
