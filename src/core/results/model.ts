// Questions every results rule and document asks of the file: who is who, who is in a collective, who
// got (or is put forward for) a title, who votes.
import type { Collective, Rating, ResultTitle, Results, StaffMember } from "./types.js";

const RANK: Record<Rating, number> = { htxs: 3, htt: 2, ht: 1, kht: 0 };
export const atLeast = (rating: Rating | undefined, floor: Rating): boolean =>
  rating !== undefined && RANK[rating] >= RANK[floor];

export class ResultsModel {
  readonly staffById = new Map<string, { member: StaffMember; index: number }>();
  readonly collectiveById = new Map<string, { collective: Collective; index: number }>();

  constructor(readonly results: Results) {
    results.staff.forEach(
      (member, index) => this.staffById.has(member.id) || this.staffById.set(member.id, { member, index }),
    );
    (results.collectives ?? []).forEach(
      (collective, index) =>
        this.collectiveById.has(collective.id) || this.collectiveById.set(collective.id, { collective, index }),
    );
  }

  members(collective: Collective): StaffMember[] {
    if (collective.members === "all") return this.results.staff;
    if (Array.isArray(collective.members))
      return collective.members.flatMap((id) => this.staffById.get(id)?.member ?? []);
    return this.results.staff.filter((s) => s.unit === collective.id);
  }

  /**
   * Who has a title: the decisions when one for that title came back, else the proposals (the tờ trình is
   * what the council passed). A file with neither has nobody.
   */
  holders(title: ResultTitle): Set<string> {
    const decided = (this.results.decisions ?? []).filter((d) => d.title === title);
    const source = decided.length ? decided : (this.results.proposals ?? []).filter((p) => p.title === title);
    return new Set(source.flatMap((d) => d.candidates ?? []));
  }

  /** Every place a candidate is put forward for a title, for reporting at the right line. */
  nominations(): { title: ResultTitle; candidate: string; path: (string | number)[]; date: string }[] {
    const out: { title: ResultTitle; candidate: string; path: (string | number)[]; date: string }[] = [];
    for (const key of ["proposals", "decisions"] as const)
      (this.results[key] ?? []).forEach((doc, i) => {
        if (!doc.title) return;
        (doc.candidates ?? []).forEach((candidate, j) =>
          out.push({ title: doc.title!, candidate, path: [key, i, "candidates", j], date: doc.date }),
        );
      });
    return out;
  }

  /** The council's voting members: all of them but those marked votes: false (the thư ký, by most quy chế). */
  voters(): string[] {
    return (this.results.council?.members ?? []).filter((m) => m.votes !== false).map((m) => m.staff);
  }
}

/** Whole months from `from` to `to` (ISO dates), as a person's time in post is counted. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
