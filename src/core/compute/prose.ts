import type { PathSegment } from "../diagnostic.js";
import type { Bullet, Plan, Section } from "../plan.js";
import { perPlan } from "./per-plan.js";

/**
 * A piece of free text and where it is. The path is built when asked — for a report — not for each of
 * the ~300 strings of every plan a many-file check reads (it was ~30 KB of arrays a plan on Node 20).
 */
export class ProseString {
  constructor(
    readonly text: string,
    private readonly base: readonly PathSegment[],
    private readonly a: PathSegment,
    private readonly b?: PathSegment,
    private readonly c?: PathSegment,
  ) {}

  get path(): PathSegment[] {
    const path = [...this.base, this.a];
    if (this.b !== undefined) path.push(this.b);
    if (this.c !== undefined) path.push(this.c);
    return path;
  }
}

const DOCUMENT: readonly PathSegment[] = ["document"];
const LEGAL_BASES: readonly PathSegment[] = ["legalBases"];
const PHASES: readonly PathSegment[] = ["phases"];
const TIMELINE: readonly PathSegment[] = ["timeline"];
const TOP: readonly PathSegment[] = [];

// Plain loops pushing into one array, not generators: this runs for every plan of a many-file check.
function bulletStrings(out: ProseString[], bullets: Bullet[], path: readonly PathSegment[]): void {
  for (let i = 0; i < bullets.length; i++) {
    const b = bullets[i]!;
    if (typeof b === "string") out.push(new ProseString(b, path, i));
    else {
      out.push(new ProseString(b.text, path, i, "text"));
      for (let j = 0; j < b.bullets.length; j++) out.push(new ProseString(b.bullets[j]!, path, i, "bullets", j));
    }
  }
}

function blockStrings(out: ProseString[], blocks: Section["body"], path: readonly PathSegment[]): void {
  if (!blocks) return;
  for (let j = 0; j < blocks.length; j++) {
    const block = blocks[j]!;
    if (typeof block === "string") out.push(new ProseString(block, path, j));
    else if ("bullets" in block) bulletStrings(out, block.bullets, [...path, j, "bullets"]);
  }
}

function sectionStrings(out: ProseString[], sections: Section[], path: readonly PathSegment[]): void {
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    const here = [...path, i];
    if (s.title) out.push(new ProseString(s.title, here, "title"));
    if (s.text) out.push(new ProseString(s.text, here, "text"));
    if (s.body) blockStrings(out, s.body, [...here, "body"]);
    if (s.sections) sectionStrings(out, s.sections, [...here, "sections"]);
    if (s.after) blockStrings(out, s.after, [...here, "after"]);
  }
}

/** Every piece of free text in the plan, with its path: what prose checks read. Collected once per plan. */
export const proseStrings: (plan: Plan) => readonly ProseString[] = perPlan(collect);

function collect(plan: Plan): ProseString[] {
  const out: ProseString[] = [new ProseString(plan.document.subject, DOCUMENT, "subject")];
  plan.legalBases.forEach((basis, i) => {
    if (typeof basis === "string") out.push(new ProseString(basis, LEGAL_BASES, i));
    else out.push(new ProseString(basis.title, LEGAL_BASES, i, "title"));
  });
  out.push(new ProseString(plan.intro, TOP, "intro"));
  plan.phases.forEach((phase, i) => {
    if (phase.theme) out.push(new ProseString(phase.theme, PHASES, i, "theme"));
    if (phase.text) out.push(new ProseString(phase.text, PHASES, i, "text"));
  });
  plan.timeline.forEach((month, i) => {
    month.activities.forEach((activity, j) => {
      if (typeof activity === "string") out.push(new ProseString(activity, TIMELINE, i, "activities", j));
      else if (activity.text) out.push(new ProseString(activity.text, [...TIMELINE, i, "activities"], j, "text"));
    });
  });
  sectionStrings(out, plan.sections, ["sections"]);
  if (plan.closing !== undefined) out.push(new ProseString(plan.closing, TOP, "closing"));
  return out;
}
