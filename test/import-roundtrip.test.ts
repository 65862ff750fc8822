// Issue 23 §3: plans generated from a seed (test/gen/), written as Word the way clerks type them, import back
// to the same plan in every structured field; the render keeps ≥ 98 % of the document's words in order; the
// imported plan's diagnostics are the generated plan's own; each rate written wrong is reported. A fixed
// seed (PLAN_GEN_CASES cases: 150 in npm test, ~5 s; 3 000 in .ci/run); PLAN_GEN_SEED and a larger
// PLAN_GEN_CASES locally. A failing seed prints its document and the fields that differ.
import { describe, expect, it } from "vitest";
import { checkBytes } from "../src/core/index.js";
import { importDocx } from "../src/core/import/index.js";
import type { Plan } from "../src/core/plan.js";
import { layout } from "../src/core/render/layout.js";
import { layoutToText } from "../src/core/render/text.js";
import { importNoteMessage } from "../src/messages/import-notes.js";
import { generatePlan, type Generated } from "./gen/plan.js";
import { writeWord } from "./gen/word.js";
import { keptInOrder } from "./gen/words.js";
import { mulberry32, words, wordsInOrder } from "./helpers.js";

const CASES = Number(process.env.PLAN_GEN_CASES ?? 150);
const SEED = Number(process.env.PLAN_GEN_SEED ?? 23_2026);
const TODAY = new Date(2026, 10, 30);

/**
 * The plan as the document carries it: the calendar's stated points only, the chủ quản's words (its case is the
 * header's).
 */
function comparable(plan: Plan, g: Generated): unknown {
  const { calendar, ...rest } = structuredClone(plan);
  if (rest.document.parentBody) rest.document.parentBody = rest.document.parentBody.toLocaleUpperCase("vi");
  return { ...rest, calendar: Object.fromEntries([...g.stated].map((p) => [p, calendar[p]])) };
}

/** Paths where two values differ, for the failure message. */
function differences(a: unknown, b: unknown, path = ""): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) =>
      differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`),
    );
  }
  return [`${path}: generated ${JSON.stringify(a)}, imported ${JSON.stringify(b)}`];
}

/** Findings: info aside, and text/review-note aside (validate's warning for each "# kiểm tra" line import leaves). */
const findings = (diagnostics: ReturnType<typeof checkBytes>["diagnostics"]): string[] =>
  diagnostics
    .filter((d) => d.severity !== "info" && d.code !== "text/review-note")
    .map((d) => d.code)
    .sort();

async function runCase(seed: number): Promise<string[]> {
  const rand = mulberry32(seed);
  const g = generatePlan(rand);
  const doc = writeWord(rand, g.doc);
  const r = importDocx(await doc.build(), {
    schemaPath: "../schemas/plan.schema.json",
    source: "ke-hoach.docx",
    today: TODAY,
    noteText: (n) => importNoteMessage(n),
  });
  if ("problem" in r) return [`not read: ${r.problem}`];
  const checked = checkBytes(new TextEncoder().encode(r.text));
  const imported = checked.loaded?.data as Plan | undefined;
  if (!imported) return [`no plan: ${checked.diagnostics.map((d) => d.code).join(", ")}`];
  const problems = differences(comparable(g.plan, g), comparable(imported, g));
  const kept = keptInOrder(words(doc.source.join(" ")), words(layoutToText(layout(imported))));
  if (kept < 0.98) problems.push(`render keeps ${(kept * 100).toFixed(1)} % of the words in order`);
  if (process.env.PLAN_GEN_KEPT) console.log(`${seed} ${kept.toFixed(4)}`);
  // The generated plan's own findings are asked for only when the imported plan has any.
  const found = findings(checked.diagnostics);
  const own = found.length ? findings(checkBytes(new TextEncoder().encode(JSON.stringify(g.plan))).diagnostics) : [];
  const extra = found.filter((c) => !own.includes(c));
  if (extra.length) problems.push(`diagnostics the document does not have: ${extra.join(", ")}`);
  const reported = r.notes.filter((n) => n.code === "percent-disagrees").length;
  if (reported !== g.wrong) problems.push(`${g.wrong} rates written wrong, ${reported} reported`);
  return problems.length
    ? [`seed ${seed}:`, ...problems.map((p) => `  ${p}`), "  document:", ...doc.source.map((l) => `    ${l}`)]
    : [];
}

describe(`generated Word plans round-trip (${CASES} cases from seed ${SEED})`, () => {
  it("import gives back the same plan, a render with its words, and only its own findings", {
    timeout: 600_000,
  }, async () => {
    const failures: string[][] = [];
    for (let i = 0; i < CASES && failures.length < Number(process.env.PLAN_GEN_FAILURES ?? 3); i++) {
      const f = await runCase(SEED + i);
      if (f.length) failures.push(f);
    }
    expect(failures.map((f) => f.join("\n")).join("\n\n")).toBe("");
  });
});

describe("the property's own measures", () => {
  it("keptInOrder is wordsInOrder (the helper's table), by another algorithm", () => {
    const rand = mulberry32(5);
    for (let i = 0; i < 300; i++) {
      const a = Array.from({ length: Math.floor(rand() * 40) }, () => String(Math.floor(rand() * 5)));
      const b = Array.from({ length: Math.floor(rand() * 40) }, () => String(Math.floor(rand() * 5)));
      expect(keptInOrder(a, b)).toBe(wordsInOrder(a, b));
    }
  });
  it("a field import got wrong would be named", async () => {
    const rand = mulberry32(SEED);
    const g = generatePlan(rand);
    const changed = structuredClone(g.plan);
    changed.targets.individual[0]!.count += 1;
    changed.phases[0]!.to = "end";
    expect(differences(comparable(g.plan, g), comparable(changed, g)).sort()).toEqual(
      [
        `/phases/0/to: generated ${JSON.stringify(g.plan.phases[0]!.to)}, imported "end"`,
        `/targets/individual/0/count: generated ${g.plan.targets.individual[0]!.count}, imported ` +
          `${g.plan.targets.individual[0]!.count + 1}`,
      ].filter((d) => !d.includes('generated "end"')),
    );
  });
});
