// format-notes.md "Computed blocks inside the prose": data the clerk typed must appear in the document, and an inserted block needs data.
import type { PathSegment } from "../diagnostic.js";
import type { InsertKind, Plan, Section } from "../plan.js";
import type { Rule } from "./rule.js";

function inserts(sections: Section[], path: PathSegment[], out: { kind: InsertKind; path: PathSegment[] }[]): void {
  sections.forEach((s, i) => {
    (s.body ?? []).forEach((b, j) => {
      if (typeof b !== "string" && "insert" in b) out.push({ kind: b.insert, path: [...path, i, "body", j, "insert"] });
    });
    if (s.sections) inserts(s.sections, [...path, i, "sections"], out);
  });
}

const DATA: Record<InsertKind, { field: string; has: (p: Plan) => boolean; path: PathSegment[] }> = {
  phases: { field: "phases", has: (p) => p.phases.length > 0, path: ["phases"] },
  timeline: { field: "timeline", has: (p) => p.timeline.length > 0, path: ["timeline"] },
  "targets.individual": { field: "targets.individual", has: (p) => p.targets.individual.length > 0, path: ["targets", "individual"] },
  "targets.collective": { field: "targets.collective", has: (p) => (p.targets.collective ?? []).length > 0, path: ["targets", "collective"] },
  targets: { field: "targets", has: (p) => p.targets.individual.length + (p.targets.collective ?? []).length > 0, path: ["targets"] },
};

export const computedBlocks: Rule = {
  codes: ["structure/insert-empty", "structure/insert-missing"],
  severity: "warning",
  check({ plan, report }) {
    const found: { kind: InsertKind; path: PathSegment[] }[] = [];
    inserts(plan.sections, ["sections"], found);
    for (const { kind, path } of found) if (!DATA[kind].has(plan)) report({ code: "structure/insert-empty", path, args: { insert: kind, field: DATA[kind].field } });
    const kinds = new Set(found.map((f) => f.kind));
    const shown = (k: InsertKind): boolean => kinds.has(k) || (k.startsWith("targets.") && kinds.has("targets"));
    for (const kind of ["phases", "timeline", "targets.individual", "targets.collective"] as const) {
      if (DATA[kind].has(plan) && !shown(kind)) report({ code: "structure/insert-missing", path: DATA[kind].path, args: { insert: kind, field: DATA[kind].field }, key: true });
    }
  },
};
