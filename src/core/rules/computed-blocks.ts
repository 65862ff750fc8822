// format-notes.md "Computed blocks inside the prose": data the clerk typed must appear in the document, and an inserted
// block needs data.
import { closest } from "fastest-levenshtein";
import type { PathSegment } from "../diagnostic.js";
import type { Block, InsertKind, Plan, Section } from "../plan.js";
import type { Rule } from "./rule.js";

interface Found {
  kind: InsertKind;
  path: PathSegment[];
}

function inserts(sections: Section[], path: PathSegment[], out: Found[]): void {
  sections.forEach((s, i) => {
    if (s.group) out.push({ kind: `targets.${s.group}`, path: [...path, i, "group"] });
    for (const key of ["body", "after"] as const) {
      (s[key] ?? []).forEach((b: Block, j) => {
        if (typeof b !== "string" && "insert" in b) out.push({ kind: b.insert, path: [...path, i, key, j, "insert"] });
      });
    }
    if (s.sections) inserts(s.sections, [...path, i, "sections"], out);
  });
}

const FIXED: Record<string, { field: string; has: (p: Plan) => boolean; path: PathSegment[] }> = {
  phases: { field: "phases", has: (p) => p.phases.length > 0, path: ["phases"] },
  timeline: { field: "timeline", has: (p) => p.timeline.length > 0, path: ["timeline"] },
  "targets.individual": {
    field: "targets.individual",
    has: (p) => p.targets.individual.length > 0,
    path: ["targets", "individual"],
  },
  "targets.collective": {
    field: "targets.collective",
    has: (p) => (p.targets.collective ?? []).length > 0,
    path: ["targets", "collective"],
  },
  targets: {
    field: "targets",
    has: (p) => p.targets.individual.length + (p.targets.collective ?? []).length + (p.targets.groups ?? []).length > 0,
    path: ["targets"],
  },
};

export const computedBlocks: Rule = {
  meta: {
    id: "computed-blocks",
    codes: {
      "structure/insert-empty": {
        severity: "warning",
        summary: { vi: "chèn khối nhưng chưa có dữ liệu", en: "a block is inserted but has no data" },
      },
      "structure/insert-missing": {
        severity: "warning",
        summary: {
          vi: "có dữ liệu (đợt, chỉ tiêu, nhóm chỉ tiêu, bảng tháng) nhưng không chèn vào nội dung",
          en: "data (phases, targets, a target group, the month table) never inserted into the text",
        },
      },
      "structure/unknown-group": {
        severity: "error",
        summary: {
          vi: "`insert: targets.<mã>` hoặc `group:` gọi nhóm chỉ tiêu không có",
          en: "`insert: targets.<id>` or `group:` names a target group the plan does not have",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "consistency",
      notes:
        "format-notes.md «Computed blocks inside the prose»: the data a clerk typed appears in the document, and " +
        "an inserted block has data.",
    },
  },
  check({ plan, report }) {
    const found: Found[] = [];
    inserts(plan.sections, ["sections"], found);
    const groupIds = (plan.targets.groups ?? []).map((g) => g.id);
    for (const { kind, path } of found) {
      const fixed = FIXED[kind];
      if (fixed) {
        if (!fixed.has(plan))
          report({ code: "structure/insert-empty", path, args: { insert: kind, field: fixed.field } });
        continue;
      }
      const id = kind.slice("targets.".length);
      if (!groupIds.includes(id))
        report({
          code: "structure/unknown-group",
          path,
          args: {
            id,
            known: groupIds.join(", ") || "(chưa có nhóm nào)",
            ...(groupIds.length ? { suggestion: closest(id, groupIds) } : {}),
          },
        });
    }
    const kinds = new Set(found.map((f) => f.kind));
    const shown = (k: string): boolean =>
      kinds.has(k as InsertKind) || (k.startsWith("targets.") && kinds.has("targets"));
    for (const kind of ["phases", "timeline", "targets.individual", "targets.collective"] as const) {
      if (FIXED[kind]!.has(plan) && !shown(kind))
        report({
          code: "structure/insert-missing",
          path: FIXED[kind]!.path,
          args: { insert: kind, field: FIXED[kind]!.field },
          key: true,
        });
    }
    (plan.targets.groups ?? []).forEach((g, i) => {
      if (!shown(`targets.${g.id}`))
        report({
          code: "structure/insert-missing",
          path: ["targets", "groups", i, "id"],
          args: { insert: `targets.${g.id}`, field: `targets.groups (${g.id})` },
        });
    });
  },
};
