// Every id a results file uses must name one person or one collective: a typo would silently drop
// someone from a ratio or a list.
import type { ResultsRule } from "../rule.js";

export const references: ResultsRule = {
  meta: {
    id: "references",
    codes: {
      "results/duplicate-id": {
        severity: "error",
        summary: { vi: "hai người hoặc hai tập thể cùng một mã", en: "two people or collectives share an id" },
      },
      "results/unknown-id": {
        severity: "error",
        summary: { vi: "mã không thuộc người hay tập thể nào trong tệp", en: "an id that names nobody in the file" },
      },
    },
    fixable: false,
    basis: { kind: "consistency", notes: "The file must agree with itself." },
  },
  check({ results, model, report }) {
    const seen = new Set<string>();
    const all: [string, (string | number)[]][] = [
      ...results.staff.map((s, i) => [s.id, ["staff", i, "id"]] as [string, (string | number)[]]),
      ...(results.collectives ?? []).map((c, i) => [c.id, ["collectives", i, "id"]] as [string, (string | number)[]]),
    ];
    for (const [id, path] of all) {
      if (seen.has(id)) report({ code: "results/duplicate-id", path, args: { id } });
      seen.add(id);
    }
    const known = (id: string): boolean => model.staffById.has(id) || model.collectiveById.has(id);
    const refs: [string, (string | number)[]][] = [];
    results.staff.forEach(
      (s, i) => s.unit !== undefined && !model.collectiveById.has(s.unit) && refs.push([s.unit, ["staff", i, "unit"]]),
    );
    (results.collectives ?? []).forEach(
      (c, i) =>
        Array.isArray(c.members) && c.members.forEach((m, j) => refs.push([m, ["collectives", i, "members", j]])),
    );
    (results.council?.members ?? []).forEach((m, i) => refs.push([m.staff, ["council", "members", i, "staff"]]));
    for (const key of ["present", "writtenOpinions", "counters"] as const)
      (results.meeting?.[key] ?? []).forEach((id, i) => refs.push([id, ["meeting", key, i]]));
    (results.meeting?.tallies ?? []).forEach((t, i) =>
      refs.push([t.candidate, ["meeting", "tallies", i, "candidate"]]),
    );
    for (const n of model.nominations()) refs.push([n.candidate, n.path]);
    for (const [id, path] of refs)
      if (!known(id) || (path[path.length - 1] === "unit" && !model.collectiveById.has(id)))
        report({ code: "results/unknown-id", path, args: { id } });
  },
};
