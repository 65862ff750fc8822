// The targets as the plan holds them, from the lines content.ts read: the staff total the headings give
// (else the denominator most lines share), a rate only where the document states one ("18/27 lớp." is a
// count), units where they differ from the list's. A stated rate the tool computes otherwise is a
// disagreement, noted on the target's own line so it stays beside it in the file.
import { DEFAULT_ROUNDING, percentOf, writtenPercentAgrees } from "../compute/percent.js";
import type { GroupTarget, IndividualTarget, Plan, TargetGroup } from "../plan.js";
import type { PathSegment } from "../diagnostic.js";
import type { TargetLine } from "../text/phrase-grammar.js";
import { formatPercent } from "../text/vn-format.js";
import type { Note } from "./notes.js";
import type { ReadTargets } from "./targets-read.js";

export function mostCommon<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

const rated = (l: TargetLine): boolean => l.statedPercent !== undefined;

/** The document's "97 %" against the computed 96,8 %: the errors a clerk wants to hear about. */
function checkStated(line: TargetLine, total: number | undefined, path: PathSegment[], out: Note[]): void {
  if (line.statedPercent === undefined) return;
  if (total === undefined) {
    out.push({ path, code: "percent-without-total", args: { label: line.label, written: line.statedPercent } });
    return;
  }
  const { ok, correct } = writtenPercentAgrees(line.statedPercent, line.count, total, DEFAULT_ROUNDING);
  const args = {
    label: line.label,
    written: line.statedPercent,
    ratio: `${line.count}/${total}`,
    correct: formatPercent(correct, DEFAULT_ROUNDING.decimals),
  };
  if (!ok) out.push({ path, code: "percent-disagrees", args });
  else if (percentOf(line.count, total, DEFAULT_ROUNDING) !== correct)
    out.push({ path, code: "percent-precision", args });
}

const sameUnit = (a: string, b: string): boolean => a.toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi");

export function buildTargets(read: ReadTargets): { targets: Plan["targets"]; disagreements: Note[] } {
  const disagreements: Note[] = [];
  const lines = read.staff.map((s) => s.line);
  const totals = lines.map((l) => l.total).filter((t): t is number => t !== undefined);
  // A heading's "(tổng số 42 CB, GV, NV)" is the staff total; without one, the denominator most lines share.
  const staffTotal = read.staffTotals[0] ?? (totals.length ? mostCommon(totals) : undefined);
  const ratedCount = lines.filter(rated).length;
  const staffPercent = ratedCount > lines.length / 2;
  const units = lines
    .filter((l) => !rated(l))
    .map((l) => l.unit)
    .filter((u): u is string => Boolean(u));
  const staffUnit = units.length ? mostCommon(units) : undefined;
  const individual = read.staff.map(({ line, target }, n): IndividualTarget => {
    const t: IndividualTarget = { ...target };
    const total = line.total ?? (rated(line) ? staffTotal : undefined);
    if (line.total !== undefined && line.total !== staffTotal) t.of = line.total;
    // A rate with nothing to take it of prints as a count; the stated rate is noted for the clerk.
    const isRated = rated(line) && total !== undefined;
    if (isRated !== staffPercent) t.percent = isRated;
    // "60/64 đồng chí." states no rate: the count over its total, as written.
    if (!isRated && line.total !== undefined) t.fraction = true;
    if (line.unit && (isRated ? true : line.unit !== (staffUnit ?? "đồng chí"))) t.unit = line.unit;
    if (line.including.length) t.including = line.including;
    checkStated(line, total, ["targets", "individual", n], disagreements);
    return t;
  });
  const groups: TargetGroup[] = read.groups.map((g, gi) => {
    const { lines: groupLines, ...rest } = g;
    // The group's unit is the one most of its lines print; lines without a unit then need none of their own.
    const unit = groupLines.every((l) => l.unit) ? mostCommon(groupLines.map((l) => l.unit!)) : undefined;
    // A line's denominator as the plan gives it: the group's total in the line's unit ("18/27 lớp." in a group
    // of "1.085 học sinh, 27 lớp"), else the group's total.
    const totalIn = (u: string | undefined): number | undefined =>
      (u === undefined ? undefined : g.otherTotals?.find((o) => sameUnit(o.unit, u))?.total) ?? g.total;
    const isRated = (l: TargetLine): boolean => rated(l) && (l.total ?? totalIn(l.unit ?? unit)) !== undefined;
    const isFraction = (l: TargetLine): boolean => !isRated(l) && l.total !== undefined;
    const percent = groupLines.filter(isRated).length > groupLines.length / 2;
    const fraction = groupLines.filter(isFraction).length > groupLines.length / 2;
    const targets = groupLines.map((l, n): GroupTarget => {
      const t: GroupTarget = { name: l.label, count: l.count };
      const own = totalIn(l.unit ?? unit);
      if (l.total !== undefined && l.total !== own) t.of = l.total;
      if (l.unit && l.unit !== unit) t.unit = l.unit;
      if (isRated(l) !== percent) t.percent = isRated(l);
      if (isFraction(l) !== fraction) t.fraction = isFraction(l);
      if (l.including.length) t.including = l.including;
      checkStated(l, l.total ?? own, ["targets", "groups", gi, "targets", n], disagreements);
      return t;
    });
    return {
      ...rest,
      ...(unit ? { unit } : {}),
      ...(percent ? { percent: true } : {}),
      ...(fraction ? { fraction: true } : {}),
      targets,
    };
  });
  // "- Cá nhân (tổng số 64 CB, GV, NV):" prints again from the staff total and its unit.
  const heading = read.staffHeading;
  return {
    targets: {
      ...(staffTotal !== undefined ? { staffTotal } : {}),
      ...(heading && heading.title !== "Cá nhân" ? { staffTitle: heading.title } : {}),
      ...(heading && staffTotal !== undefined ? { staffTotalUnit: heading.unit } : {}),
      ...(!staffPercent && lines.length ? { percent: false } : {}),
      ...(staffUnit && staffUnit !== "đồng chí" ? { unit: staffUnit } : {}),
      individual,
      ...(read.collective.length ? { collective: read.collective } : {}),
      ...(groups.length ? { groups } : {}),
    },
    disagreements,
  };
}
