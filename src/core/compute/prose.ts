import type { PathSegment } from "../diagnostic.js";
import type { Bullet, Plan, Section } from "../plan.js";
import { perPlan } from "./per-plan.js";

export interface ProseString {
  path: PathSegment[];
  text: string;
}

// Plain loops pushing into one array, not generators: this runs for every plan of a many-file check.
function bulletStrings(out: ProseString[], bullets: Bullet[], path: PathSegment[]): void {
  for (let i = 0; i < bullets.length; i++) {
    const b = bullets[i]!;
    if (typeof b === "string") out.push({ path: [...path, i], text: b });
    else {
      out.push({ path: [...path, i, "text"], text: b.text });
      for (let j = 0; j < b.bullets.length; j++) out.push({ path: [...path, i, "bullets", j], text: b.bullets[j]! });
    }
  }
}

function blockStrings(out: ProseString[], blocks: Section["body"], path: PathSegment[]): void {
  if (!blocks) return;
  for (let j = 0; j < blocks.length; j++) {
    const block = blocks[j]!;
    if (typeof block === "string") out.push({ path: [...path, j], text: block });
    else if ("bullets" in block) bulletStrings(out, block.bullets, [...path, j, "bullets"]);
  }
}

function sectionStrings(out: ProseString[], sections: Section[], path: PathSegment[]): void {
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    const here = [...path, i];
    if (s.title) out.push({ path: [...here, "title"], text: s.title });
    if (s.text) out.push({ path: [...here, "text"], text: s.text });
    blockStrings(out, s.body, [...here, "body"]);
    if (s.sections) sectionStrings(out, s.sections, [...here, "sections"]);
    blockStrings(out, s.after, [...here, "after"]);
  }
}

/** Every piece of free text in the plan, with its path: what prose checks read. Collected once per plan. */
export const proseStrings: (plan: Plan) => readonly ProseString[] = perPlan(collect);

function collect(plan: Plan): ProseString[] {
  const out: ProseString[] = [{ path: ["document", "subject"], text: plan.document.subject }];
  plan.legalBases.forEach((basis, i) => {
    if (typeof basis === "string") out.push({ path: ["legalBases", i], text: basis });
    else out.push({ path: ["legalBases", i, "title"], text: basis.title });
  });
  out.push({ path: ["intro"], text: plan.intro });
  plan.phases.forEach((phase, i) => {
    if (phase.theme) out.push({ path: ["phases", i, "theme"], text: phase.theme });
    if (phase.text) out.push({ path: ["phases", i, "text"], text: phase.text });
  });
  plan.timeline.forEach((month, i) => {
    month.activities.forEach((activity, j) => {
      if (typeof activity === "string") out.push({ path: ["timeline", i, "activities", j], text: activity });
      else if (activity.text) out.push({ path: ["timeline", i, "activities", j, "text"], text: activity.text });
    });
  });
  sectionStrings(out, plan.sections, ["sections"]);
  if (plan.closing !== undefined) out.push({ path: ["closing"], text: plan.closing });
  return out;
}
