// Issue 23 §1: import makes no error of its own. Every fixture is imported, and each diagnostic validate
// gives the imported plan must be one the document itself has: for our own DOCX of an example, one validate
// gives the example; for the Word-shaped fixtures and the shapes, one they declare. The guesses
// (calendar points, a phase's open side) are chosen to fit; a variant of each example with its phases'
// times taken out of the wording checks the guesses where the document gives least.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkBytes } from "../src/core/index.js";
import { importDocx } from "../src/core/import/index.js";
import type { Plan } from "../src/core/plan.js";
import { renderDocx } from "../src/core/render/docx/document.js";
import { importNoteMessage } from "../src/messages/import-notes.js";
import { ROOT } from "./helpers.js";
import { wordFixtures } from "./word-fixtures.js";
import { wordShapes } from "./word-shapes.js";

const TODAY = new Date(2026, 10, 30);
/** Every example plan (a results file, `kind: results`, is no plan to render). */
const EXAMPLES = readdirSync(join(ROOT, "examples"))
  .filter((f) => f.endsWith(".yaml") && !f.endsWith("-ket-qua.yaml"))
  .map((f) => f.replace(/\.yaml$/u, ""));

/**
 * The codes validate gives the plan import writes from `bytes`: info aside (no findings), and text/review-note
 * aside (validate's warning for each "# kiểm tra" line import leaves: its to-do, counted in import-shapes).
 */
function importedCodes(bytes: Uint8Array): string[] {
  const r = importDocx(bytes, {
    schemaPath: "../schemas/plan.schema.json",
    source: "ke-hoach.docx",
    today: TODAY,
    noteText: (n) => importNoteMessage(n),
  });
  if ("problem" in r) throw new Error(r.problem);
  return checkBytes(new TextEncoder().encode(r.text))
    .diagnostics.filter((d) => d.severity !== "info" && d.code !== "text/review-note")
    .map((d) => d.code)
    .sort();
}

const codesOf = (plan: Plan): string[] =>
  checkBytes(new TextEncoder().encode(JSON.stringify(plan)))
    .diagnostics.filter((d) => d.severity !== "info")
    .map((d) => d.code)
    .sort();

/** Each of `found` is one of `own` (as many times as `own` has it). */
function withinOwn(found: string[], own: string[]): string[] {
  const left = [...own];
  return found.filter((code) => {
    const i = left.indexOf(code);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

describe("no diagnostic on an imported plan that the document does not have", () => {
  for (const name of EXAMPLES) {
    it(`our own DOCX of ${name}`, async () => {
      const plan = checkBytes(readFileSync(join(ROOT, "examples", `${name}.yaml`))).plan!;
      expect(withinOwn(importedCodes(await renderDocx(plan)), codesOf(plan))).toEqual([]);
    });
    it(`${name}, its phases' times left out of the wording`, async () => {
      // The document then says only each phase's theme: import guesses every side, and the guesses raise nothing.
      const plan = structuredClone(checkBytes(readFileSync(join(ROOT, "examples", `${name}.yaml`))).plan!);
      plan.phases = plan.phases.map((p, i) => ({
        ...(p.name ? { name: p.name } : {}),
        text: p.theme ?? `Thi đua lập thành tích chào mừng đợt ${i + 1}`,
        from: p.from,
        to: p.to,
      }));
      const own = codesOf(plan).filter((c) => !c.startsWith("phases/") && c !== "timeline/phase-mismatch");
      expect(withinOwn(importedCodes(await renderDocx(plan)), own)).toEqual([]);
    });
  }
  it("the Word-shaped fixtures", async () => {
    for (const f of await wordFixtures())
      expect(importedCodes(f.bytes), f.name).toEqual(f.name === "no-header-table" ? ["document/date-placeholder"] : []);
  });
  it("the issue's shapes", async () => {
    for (const s of await wordShapes())
      expect(
        withinOwn(
          importedCodes(s.bytes),
          s.expect.findings.map((f) => f.split(" ")[0]!),
        ),
        s.name,
      ).toEqual([]);
  });
});
