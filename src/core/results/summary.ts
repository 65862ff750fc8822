// `plan stats ket-qua.yaml`: one model of a results file against its plan that the terminal table, the
// Markdown and the JSON are formattings of (src/cli/formatters/results-stats.ts). The targets are
// targets.ts's (the plan's own rounding, the same numbers tong-ket prints); beside them, per title, how
// many registered, were voted on, put forward and decided, and the ballots of the council's meeting.
import { resolveRounding, type ResolvedRounding } from "../compute/percent.js";
import type { Plan } from "../plan.js";
import { formatPercent } from "../text/vn-format.js";
import { ResultsModel } from "./model.js";
import { targetResults } from "./targets.js";
import type { ResultTitle, Results } from "./types.js";

/** Where the number reached comes from: the decision when one for the title came back, else the tờ trình. */
export type ResultSource = "decision" | "proposal" | "none";

export interface ResultsTargetRow {
  kind: "individual" | "collective";
  /** The title's code in the plan (ldtt, cstdcs, giay-khen, ttldtt, ttldxs). */
  title: ResultTitle;
  /** As the plan writes the target ("Giấy khen của Chủ tịch UBND phường", "Nhà trường: Tập thể lao động xuất sắc"). */
  label: string;
  target: number;
  registered: number;
  achieved: number;
  /** The denominator (the plan's staff total or the target's own); null for a collective title. */
  total: number | null;
  /** achieved / total in percent, rounded as the plan rounds. */
  percent: number | null;
  /** "91,7%", as the plan's documents write it. */
  percentText: string | null;
  met: boolean;
  source: ResultSource;
}

export interface ResultsTitleRow {
  title: ResultTitle;
  collective: boolean;
  registered: number;
  /** Candidates the council voted on (meeting.tallies). */
  voted: number;
  /** Candidates in the tờ trình(s). */
  proposed: number;
  /** Candidates in the decision(s); null while no decision for the title has come back. */
  decided: number | null;
}

export interface ResultsBallots {
  date: string;
  /** Council members who vote (all but those marked votes: false). */
  voters: number;
  issued: number;
  returned: number;
  valid: number;
}

export interface ResultsSummary {
  school: string;
  schoolYear: string;
  /** The plan as the results file links it (`plan:`). */
  plan: string;
  staff: number;
  collectives: number;
  rounding: ResolvedRounding;
  targets: ResultsTargetRow[];
  titles: ResultsTitleRow[];
  ballots: ResultsBallots | null;
  /** The file still has errors: the numbers are what it says so far (as stats does for a plan being mended). */
  incomplete: boolean;
}

/** In the order of the year's documents (tong-ket's order). */
const ORDER: readonly ResultTitle[] = ["ldtt", "cstdcs", "giay-khen", "ttldtt", "ttldxs", "giay-khen-tap-the"];
const COLLECTIVE: readonly ResultTitle[] = ["ttldtt", "ttldxs", "giay-khen-tap-the"];

export function resultsSummary(plan: Plan, results: Results, options: { incomplete?: boolean } = {}): ResultsSummary {
  const model = new ResultsModel(results);
  const candidates = (key: "proposals" | "decisions", title: ResultTitle): Set<string> =>
    new Set((results[key] ?? []).filter((d) => d.title === title).flatMap((d) => d.candidates ?? []));
  const hasDecision = (title: ResultTitle): boolean => (results.decisions ?? []).some((d) => d.title === title);
  const source = (title: ResultTitle): ResultSource =>
    hasDecision(title) ? "decision" : candidates("proposals", title).size ? "proposal" : "none";

  const targets = targetResults(plan, results).map((r): ResultsTargetRow => {
    const title = (
      r.kind === "individual" ? plan.targets.individual[r.index]!.title : plan.targets.collective![r.index]!.title
    ) as ResultTitle;
    return {
      kind: r.kind,
      title,
      label: r.label,
      target: r.target,
      registered: r.registered,
      achieved: r.achieved,
      total: r.total ?? null,
      percent: r.percent ?? null,
      percentText: r.percent === undefined ? null : formatPercent(r.percent, r.decimals),
      met: r.met,
      source: source(title),
    };
  });

  const titles = ORDER.map((title): ResultsTitleRow => {
    const collective = COLLECTIVE.includes(title);
    const registered = (collective ? (results.collectives ?? []) : results.staff).filter((x) =>
      x.registered?.includes(title),
    ).length;
    const voted = new Set((results.meeting?.tallies ?? []).filter((t) => t.title === title).map((t) => t.candidate))
      .size;
    return {
      title,
      collective,
      registered,
      voted,
      proposed: candidates("proposals", title).size,
      decided: hasDecision(title) ? candidates("decisions", title).size : null,
    };
  }).filter((t) => t.registered || t.voted || t.proposed || t.decided);

  const ballots = results.meeting?.ballots;
  return {
    school: plan.document.issuingBody,
    schoolYear: plan.schoolYear,
    plan: results.plan,
    staff: results.staff.length,
    collectives: (results.collectives ?? []).length,
    rounding: resolveRounding(plan.targets.rounding),
    targets,
    titles,
    ballots:
      ballots && results.meeting ? { date: results.meeting.date, voters: model.voters().length, ...ballots } : null,
    incomplete: options.incomplete ?? false,
  };
}
