import type { PathSegment } from "../diagnostic.js";
import type { Bullet, Plan, Section } from "../plan.js";

export interface ProseString {
  path: PathSegment[];
  text: string;
}

function* bulletStrings(bullets: Bullet[], path: PathSegment[]): Generator<ProseString> {
  for (const [i, b] of bullets.entries()) {
    if (typeof b === "string") yield { path: [...path, i], text: b };
    else {
      yield { path: [...path, i, "text"], text: b.text };
      for (const [j, sub] of b.bullets.entries()) yield { path: [...path, i, "bullets", j], text: sub };
    }
  }
}

function* sectionStrings(sections: Section[], path: PathSegment[]): Generator<ProseString> {
  for (const [i, s] of sections.entries()) {
    const here = [...path, i];
    if (s.title) yield { path: [...here, "title"], text: s.title };
    if (s.text) yield { path: [...here, "text"], text: s.text };
    for (const [j, block] of (s.body ?? []).entries()) {
      if (typeof block === "string") yield { path: [...here, "body", j], text: block };
      else if ("bullets" in block) yield* bulletStrings(block.bullets, [...here, "body", j, "bullets"]);
    }
    if (s.sections) yield* sectionStrings(s.sections, [...here, "sections"]);
    for (const [j, block] of (s.after ?? []).entries()) {
      if (typeof block === "string") yield { path: [...here, "after", j], text: block };
      else if ("bullets" in block) yield* bulletStrings(block.bullets, [...here, "after", j, "bullets"]);
    }
  }
}

const lists = new WeakMap<Plan, readonly ProseString[]>();

/** Every piece of free text in the plan, with its path: what prose checks read. Collected once per plan. */
export function proseStrings(plan: Plan): readonly ProseString[] {
  let list = lists.get(plan);
  if (!list) {
    list = [...collect(plan)];
    lists.set(plan, list);
  }
  return list;
}

function* collect(plan: Plan): Generator<ProseString> {
  yield { path: ["document", "subject"], text: plan.document.subject };
  for (const [i, basis] of plan.legalBases.entries()) {
    if (typeof basis === "string") yield { path: ["legalBases", i], text: basis };
    else yield { path: ["legalBases", i, "title"], text: basis.title };
  }
  yield { path: ["intro"], text: plan.intro };
  for (const [i, phase] of plan.phases.entries()) {
    if (phase.theme) yield { path: ["phases", i, "theme"], text: phase.theme };
    if (phase.text) yield { path: ["phases", i, "text"], text: phase.text };
  }
  for (const [i, month] of plan.timeline.entries()) {
    for (const [j, activity] of month.activities.entries()) {
      if (typeof activity === "string") yield { path: ["timeline", i, "activities", j], text: activity };
      else if (activity.text) yield { path: ["timeline", i, "activities", j, "text"], text: activity.text };
    }
  }
  yield* sectionStrings(plan.sections, ["sections"]);
  if (plan.closing !== undefined) yield { path: ["closing"], text: plan.closing };
}
