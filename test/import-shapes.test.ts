// Issue 23's shapes, typed by another route than our renderer (test/word-shapes.ts), of every level and an
// office: each imports to a plan whose diagnostics are the document's own findings only, with its staff
// total, targets, phases (weeks included), căn cứ, months, recipients and signer, and a render that keeps
// ≥ 95 % of the document's words in order.
import { beforeAll, describe, expect, it } from "vitest";
import { checkBytes } from "../src/core/index.js";
import { importDocx, type ImportResult } from "../src/core/import/index.js";
import type { LegalBasisFields, Plan } from "../src/core/plan.js";
import { layout } from "../src/core/render/layout.js";
import { layoutToText } from "../src/core/render/text.js";
import { importNoteMessage } from "../src/messages/import-notes.js";
import { words, wordsInOrder } from "./helpers.js";
import { wordShapes, type Shape } from "./word-shapes.js";

const TODAY = new Date(2026, 10, 30);
const REVIEW_NOTE = "text/review-note";

describe("Word plans typed the way issue 23 found them", async () => {
  const shapes = await wordShapes();
  for (const shape of shapes) {
    describe(shape.name, () => {
      let result: ImportResult;
      let plan: Plan;
      let f: Shape["expect"];
      beforeAll(() => {
        const r = importDocx(shape.bytes, {
          schemaPath: "../schemas/plan.schema.json",
          source: `${shape.name}.docx`,
          today: TODAY,
          noteText: (n) => importNoteMessage(n),
        });
        if ("problem" in r) throw new Error(r.problem);
        result = r;
        plan = checkBytes(new TextEncoder().encode(r.text)).plan!;
        f = shape.expect;
      });
      it("validates with the document's own findings only, and a warning for each note left", () => {
        const found = checkBytes(new TextEncoder().encode(result.text)).diagnostics.filter(
          (d) => d.severity !== "info",
        );
        // text/review-note is validate's warning for each "# kiểm tra" line: import's to-do, until the clerk deletes
        // it.
        expect(found.filter((d) => d.code !== REVIEW_NOTE).map((d) => `${d.code} ${d.path.join("/")}`)).toEqual(
          f.findings,
        );
        expect(found.filter((d) => d.code === REVIEW_NOTE)).toHaveLength(result.notes.length);
      });
      it("the frame: level, issuing body in the body's spelling, signer with every post line, recipients", () => {
        expect(plan.level).toBe(f.level);
        expect(plan.document.issuingBody).toBe(f.issuingBody);
        expect(plan.signer).toEqual(f.signer);
        expect(plan.recipients).toHaveLength(f.recipients);
      });
      it("căn cứ, split where they have a number and a date", () => {
        expect(plan.legalBases).toHaveLength(f.legalBases);
        for (const [i, fields] of Object.entries(f.fields))
          expect(plan.legalBases[Number(i)] as LegalBasisFields).toMatchObject(fields);
      });
      it("staff total and every target, a rate only where the document states one", () => {
        expect(plan.targets.staffTotal).toBe(f.staffTotal);
        expect(
          plan.targets.individual.map((t) => ({
            count: t.count,
            ...(t.title ? { title: t.title } : { name: t.name }),
            ...(t.fraction ? { fraction: true } : {}),
          })),
        ).toEqual(f.individual);
        expect(plan.targets.collective ?? []).toHaveLength(f.collective);
        expect(
          (plan.targets.groups ?? []).map((g) => ({
            total: g.total,
            targets: g.targets.map((t) => ({
              count: t.count,
              ...(t.of ? { of: t.of } : {}),
              ...((t.percent ?? g.percent) ? { percent: true } : {}),
              ...((t.fraction ?? g.fraction) ? { fraction: true } : {}),
            })),
          })),
        ).toEqual(f.groups);
      });
      it("every phase with its bounds, weeks included", () => {
        expect(plan.phases.map((p) => [p.from, p.to])).toEqual(f.phases);
        if (f.when) expect(plan.phases.map((p) => p.when)).toEqual(f.when);
      });
      it("the month table", () => {
        expect(plan.timeline.filter((r) => r.month !== undefined)).toHaveLength(f.months);
      });
      it("the report counts the stated rates that disagree, and every note is a # kiểm tra line", () => {
        expect(result.notes.filter((n) => n.kind === "disagreement")).toHaveLength(f.disagreements);
        const lines = result.text.split("\n");
        for (const n of result.notes) expect(lines[n.line - 1], importNoteMessage(n)).toContain("# kiểm tra:");
      });
      it("renders ≥ 95 % of the document's words in order", () => {
        const source = words(shape.source.join(" "));
        expect(wordsInOrder(source, words(layoutToText(layout(plan))))).toBeGreaterThanOrEqual(0.95);
      });
    });
  }
});
