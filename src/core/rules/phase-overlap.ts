// Two đợt thi đua at once make a day count twice in sơ kết; phases must not overlap.
import { overlaps, resolvePhases } from "../compute/phases.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

export const phaseOverlap: Rule = {
  meta: {
    id: "phase-overlap",
    codes: {
      "phases/overlap": { severity: "error", summary: { vi: "hai đợt trùng thời gian", en: "two phases overlap" } },
    },
    fixable: false,
    basis: { kind: "consistency", notes: "A day in two phases counts twice in the sơ kết." },
  },
  check({ plan, report }) {
    const phases = resolvePhases(plan).filter((p) => p.from <= p.to);
    for (const o of overlaps(phases)) {
      const a = phases.find((p) => p.number === o.second)!;
      const b = phases.find((p) => p.number === o.first)!;
      report({
        code: "phases/overlap",
        path: ["phases", o.second - 1, "from"],
        args: {
          phase: a.name,
          from: formatDateShort(a.from),
          to: formatDateShort(a.to),
          other: b.name,
          otherFrom: formatDateShort(b.from),
          otherTo: formatDateShort(b.to),
          overlapFrom: formatDateShort(o.from),
          overlapTo: formatDateShort(o.to),
        },
      });
    }
  },
};
