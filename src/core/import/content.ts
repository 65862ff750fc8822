// The content of a plan read back from its paragraphs: sections from the typed numbering (I., 1., 2.1., a)),
// bullets, and the computed blocks found as data — phase lines, target lines, the month table — each
// replaced by the insert that prints it again where the document had it. Lines are read through the
// phrase grammar (core/text/phrase-grammar.ts); targets go where targets.ts says.
import type { PathSegment } from "../diagnostic.js";
import type { Block as PlanBlock, Bullet, Section } from "../plan.js";
import { readPhaseLine } from "../text/phrase-grammar.js";
import type { Paragraph, Table } from "./docx.js";
import type { Note } from "./notes.js";
import { readPhase, type ReadPhase } from "./phase-lines.js";
import { TargetReader, type ReadTargets } from "./targets-read.js";
import { isTimelineTable, type MonthLabel, readTimeline, type TimelineRow } from "./timeline.js";
import { cleanText } from "./text.js";

export type { Note };

export interface Content extends ReadTargets {
  sections: Section[];
  phases: ReadPhase[];
  timeline: TimelineRow[];
  /** The month labels as written, for the layout's month settings. */
  monthLabels: MonthLabel[];
  review: Note[];
}

type Kind = "roman" | "dotted" | "decimal" | "letter";
const HEADINGS: [Kind, RegExp][] = [
  ["roman", /^([IVXLC]+)\s*[./]+\s+(\S.*)$/u],
  ["dotted", /^(\d{1,2})\s*\.\s*(\d{1,2})\s*[./]*\s+(\S.*)$/u],
  ["decimal", /^(\d{1,2})\s*[./)]+\s+(\S.*)$/u],
  ["letter", /^([a-zđ])\s*\)\s+(\S.*)$/u],
];
const BULLET = /^([-–•*+])\s+(.*)$/u;

interface Line {
  text: string;
  bold: boolean;
  listLevel?: number;
}

function headingOf(text: string): { kind: Kind; rest: string } | undefined {
  for (const [kind, pattern] of HEADINGS) {
    const m = pattern.exec(text);
    if (m) return { kind, rest: m[kind === "dotted" ? 3 : 2]! };
  }
  return undefined;
}

/**
 * A numbered line is a heading's title when it reads as one: no sentence in it. Bold does not make a
 * sentence a title ("1. Tổ chức phát động thi đua … trong toàn trường." in bold stays a numbered paragraph),
 * it only lets a long title be one; a few bold words with a stray stop are still a title.
 */
function isTitleLike(rest: string, bold: boolean): boolean {
  const sentence = /[.;!?]$/u.test(rest) || /[.;]\s+\p{Lu}/u.test(rest);
  if (!sentence) return bold || rest.length <= 100;
  return bold && rest.split(/\s+/u).length <= 6;
}

/** Paragraph texts of the content, with manual breaks split and page-broken halves joined. */
export function contentLines(paragraphs: readonly Paragraph[]): Line[] {
  const out: Line[] = [];
  for (const p of paragraphs) {
    const parts = p.text.split("\n").map(cleanText).filter(Boolean);
    for (const text of parts) {
      const prev = out[out.length - 1];
      // A paragraph cut by a page break, or a manual line break inside a sentence: one paragraph.
      if (prev && !/[.:;!?…)”"]$/u.test(prev.text) && /^\p{Ll}/u.test(text) && !headingOf(text) && !BULLET.test(text)) {
        prev.text = `${prev.text} ${text}`;
        continue;
      }
      out.push({ text, bold: p.bold, listLevel: p.listLevel });
    }
  }
  return out;
}

export function readContent(lines: readonly (Line | { table: Table })[], startYear: number): Content {
  const review: Note[] = [];
  const sections: Section[] = [];
  const phases: ReadPhase[] = [];
  const timeline: TimelineRow[] = [];
  const monthLabels: MonthLabel[] = [];

  // Levels: the kinds of numbering this document uses, in their usual order.
  const used = new Set<Kind>();
  for (const l of lines)
    if ("text" in l) {
      const h = headingOf(l.text);
      if (h) used.add(h.kind);
    }
  const order = (["roman", "decimal", "dotted", "letter"] as Kind[]).filter((k) => used.has(k));
  const levelOf = (k: Kind): number => order.indexOf(k) + 1;

  const stack: { section: Section; level: number; path: PathSegment[] }[] = [];
  const inserted = new Set<string>();
  let bulletBlock: { bullets: Bullet[] } | undefined;

  const current = (): { section: Section; path: PathSegment[] } | undefined => stack[stack.length - 1];
  const body = (): PlanBlock[] => {
    const top = current();
    if (!top) {
      // Content before the first heading: a section without number would change the document, so a first one is made.
      const section: Section = { title: "…", body: [] };
      sections.push(section);
      stack.push({ section, level: 1, path: ["sections", sections.length - 1] });
      review.push({ path: ["sections", sections.length - 1, "title"], code: "content-before-heading" });
      return section.body!;
    }
    return (top.section.body ??= []);
  };
  const push = (block: PlanBlock): void => {
    bulletBlock = undefined;
    body().push(block);
  };
  const insertOnce = (kind: string): void => {
    if (inserted.has(kind)) return;
    inserted.add(kind);
    push({ insert: kind as Extract<PlanBlock, { insert: unknown }>["insert"] });
  };
  const bullet = (text: string, level: 1 | 2): void => {
    if (!bulletBlock) {
      bulletBlock = { bullets: [] };
      body().push(bulletBlock);
    }
    const list = bulletBlock.bullets;
    const last = list[list.length - 1];
    if (level === 2 && last !== undefined) {
      if (typeof last === "string") list[list.length - 1] = { text: last, bullets: [text] };
      else last.bullets.push(text);
    } else list.push(text);
  };

  const targets = new TargetReader({
    insert: insertOnce,
    // A section whose heading is the group's own ("2.3. Đối với học sinh (tổng số 540 học sinh)") becomes `group:`.
    claimHeading: (id) => {
      const top = current();
      if (!top?.section.title || (top.section.body ?? []).length || top.section.sections) return false;
      top.section.group = id;
      delete top.section.title;
      inserted.add(`targets.${id}`);
      return true;
    },
  });

  for (const item of lines) {
    if ("table" in item) {
      if (isTimelineTable(item.table)) {
        readTimeline(item.table, timeline, (l) => monthLabels.push(l));
        insertOnce("timeline");
      } else {
        // Another table: its rows as paragraphs, cells joined as the clerk reads them.
        for (const row of item.table.rows)
          push(
            row
              .map((cell) => cleanText(cell.map((p) => p.text).join(" ")))
              .filter(Boolean)
              .join(" | "),
          );
        review.push({ path: [...(current()?.path ?? ["sections"]), "body"], code: "table-as-text" });
      }
      continue;
    }
    const { text } = item;
    const heading = item.listLevel === undefined || !BULLET.test(text) ? headingOf(text) : undefined;
    if (heading) {
      const level = levelOf(heading.kind);
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      const parent = current();
      const list = parent ? (parent.section.sections ??= []) : sections;
      const rest = heading.rest;
      const isTitle = isTitleLike(rest, item.bold);
      const section: Section = isTitle ? { title: rest } : { text: rest };
      list.push(section);
      const path: PathSegment[] = parent
        ? [...parent.path, "sections", list.length - 1]
        : ["sections", list.length - 1];
      stack.push({ section, level, path });
      bulletBlock = undefined;
      // Each heading starts afresh: targets of one section never run on into the next.
      targets.heading(isTitle ? rest : undefined);
      continue;
    }
    const b = BULLET.exec(text);
    const level: 1 | 2 = b ? (b[1] === "+" || (item.listLevel ?? 0) > 0 ? 2 : 1) : 1;
    const rest = b ? b[2]! : text;
    const phase = readPhaseLine(rest);
    if (phase) {
      phases.push(readPhase(phase, phases.length, startYear));
      insertOnce("phases");
      continue;
    }
    if (b && level === 1 && targets.part(rest)) continue;
    if (targets.line(rest, { level, isBullet: Boolean(b) })) continue;
    if (b) bullet(rest, level);
    else push(text);
  }
  return { sections, phases, timeline, monthLabels, review, ...targets.result() };
}
