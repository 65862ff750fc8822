// The content of a plan read back from its paragraphs: sections from the typed numbering (I., 1., 2.1., a)),
// bullets, and the computed blocks found as data — phase lines, target lines, the month table — each
// replaced by the insert that prints it again where the document had it.
import type { PathSegment } from "../diagnostic.js";
import type { Block as PlanBlock, Bullet, CollectiveTarget, IndividualTarget, Section, TargetGroup, TimelineMonth } from "../plan.js";
import type { Paragraph, Table } from "./docx.js";
import { PHASE_LINE, readPhase, type ReadPhase } from "./phase-lines.js";
import { individualTitle, readCollective, readCountLine, type CountLine } from "./target-lines.js";
import { cleanText, slug } from "./text.js";

export interface Note {
  path: PathSegment[];
  text: string;
}

export interface Content {
  sections: Section[];
  phases: ReadPhase[];
  staff: { line: CountLine; target: IndividualTarget; path: PathSegment[] }[];
  collective: CollectiveTarget[];
  groups: (TargetGroup & { lines: CountLine[] })[];
  timeline: (TimelineMonth & { phaseText?: Map<number, string> })[];
  monthWithYear: boolean;
  review: Note[];
}

type Kind = "roman" | "dotted" | "decimal" | "letter";
const HEADINGS: [Kind, RegExp][] = [
  ["roman", /^([IVXLC]+)\s*[./]+\s+(\S.*)$/u],
  ["dotted", /^(\d{1,2})\s*\.\s*(\d{1,2})\s*[./]*\s+(\S.*)$/u],
  ["decimal", /^(\d{1,2})\s*[./]+\s+(\S.*)$/u],
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

const TIMELINE_HEAD = /^(thời gian|tháng|thời điểm)$/iu;
/** The mark a clerk types before each activity in a month cell. */
const ITEM_MARK = /^[-–•+*]\s*/u;
/** Whether a row's last activity was typed with its mark: only then does an unmarked line after a page break continue it. */
const endsMarked = new WeakMap<Content["timeline"][number], boolean>();
const MONTH_LABEL = /^Tháng\s+(\d{1,2})(?:\s*[/-]\s*(\d{4}))?\.?$/iu;

/** A month table: "Thời gian | Nội dung" at its head, or months down its first column. */
export function isTimelineTable(t: Table): boolean {
  const firsts = t.rows.map((r) => cleanText((r[0] ?? []).map((p) => p.text).join(" ")));
  if (t.rows.some((r) => r.length < 2)) return false;
  return TIMELINE_HEAD.test(firsts[0] ?? "") || firsts.filter((f) => MONTH_LABEL.test(f)).length >= Math.max(1, firsts.length / 2);
}

const groupHeading = /^(.*?)\s*\(\s*tổng\s+số\s*:?\s*(\d{1,3}(?:\.\d{3})+|\d+)\s*([^)]*)\)\s*:?$/iu;

export function readContent(lines: readonly (Line | { table: Table })[], startYear: number): Content {
  const review: Note[] = [];
  const sections: Section[] = [];
  const phases: ReadPhase[] = [];
  const staff: Content["staff"] = [];
  const collective: CollectiveTarget[] = [];
  const groups: Content["groups"] = [];
  const timeline: Content["timeline"] = [];
  let monthWithYear = false;

  // Levels: the kinds of numbering this document uses, in their usual order.
  const used = new Set<Kind>();
  for (const l of lines) if ("text" in l) { const h = headingOf(l.text); if (h) used.add(h.kind); }
  const order = (["roman", "decimal", "dotted", "letter"] as Kind[]).filter((k) => used.has(k));
  const levelOf = (k: Kind): number => order.indexOf(k) + 1;

  const stack: { section: Section; level: number; path: PathSegment[] }[] = [];
  let context: { kind: "staff" | "collective" | "group"; group?: TargetGroup & { lines: CountLine[] } } = { kind: "staff" };
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
      review.push({ path: ["sections", sections.length - 1, "title"], text: "nội dung đứng trước mục I.: kiểm tra tiêu đề mục" });
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
  const contextFromTitle = (title: string): void => {
    const g = groupHeading.exec(title);
    if (g) context = { kind: "group", group: newGroup(g[1]!, Number(g[2]!.replace(/\./g, "")), g[3]!.trim()) };
    else if (/^(đối với\s+)?(các\s+)?tập thể/iu.test(title)) context = { kind: "collective" };
    else if (/^(đối với\s+)?(các\s+)?(học sinh|lớp|trường)/iu.test(title)) context = { kind: "group", group: newGroup(title.replace(/:$/, ""), undefined, "") };
    else if (/cá nhân|cán bộ|chỉ tiêu|danh hiệu/iu.test(title)) context = { kind: "staff" };
  };
  const newGroup = (title: string, total: number | undefined, totalUnit: string): TargetGroup & { lines: CountLine[] } => {
    let id = slug(title);
    while (groups.some((g) => g.id === id)) id = `${id}-2`;
    const group = { id, title: title.trim(), ...(total !== undefined ? { total } : {}), ...(totalUnit ? { totalUnit } : {}), targets: [], lines: [] };
    return group;
  };

  /** A target line in the current context; false when the line is prose. */
  const target = (text: string, inCombined: boolean, isBullet: boolean): boolean => {
    if (context.kind === "collective") {
      const c = readCollective(text);
      // A free collective title is a short bullet line, not a sentence.
      if (!c && !(isBullet && /^\p{Lu}/u.test(text) && text.length <= 100 && !/[.;]$/u.test(text))) return false;
      collective.push(c ?? { name: text.replace(/[.;]\s*$/u, "") });
      if (!inCombined) insertOnce("targets.collective");
      return true;
    }
    const line = readCountLine(text);
    if (!line) {
      const c = readCollective(text);
      if (c && (c.title === "ttldtt" || c.title === "ttldxs" || c.organization)) {
        collective.push(c);
        if (!inCombined) insertOnce("targets.collective");
        return true;
      }
      return false;
    }
    if (context.kind === "group" && context.group) {
      const g = context.group;
      if (!groups.includes(g)) groups.push(g);
      g.lines.push(line);
      if (!inCombined) {
        const top = current();
        // A section whose heading is the group's own ("2.3. Đối với học sinh (tổng số 540 học sinh)") becomes `group:`.
        if (top && top.section.title && groupHeading.test(top.section.title) && !(top.section.body ?? []).length) {
          top.section.group = g.id;
          delete top.section.title;
          inserted.add(`targets.${g.id}`);
        } else insertOnce(`targets.${g.id}`);
      }
      return true;
    }
    staff.push({ line, target: { ...individualTitle(line.label), count: line.count }, path: ["targets", "individual", staff.length] });
    if (!inCombined) insertOnce("targets.individual");
    return true;
  };

  let combined = false;
  for (const item of lines) {
    if ("table" in item) {
      if (isTimelineTable(item.table)) {
        readTimeline(item.table, timeline, (y) => (monthWithYear ||= y));
        insertOnce("timeline");
      } else {
        // Another table: its rows as paragraphs, cells joined as the clerk reads them.
        for (const row of item.table.rows) push(row.map((cell) => cleanText(cell.map((p) => p.text).join(" "))).filter(Boolean).join(" | "));
        review.push({ path: [...(current()?.path ?? ["sections"]), "body"], text: "một bảng không phải bảng nhiệm vụ theo tháng: đã chuyển thành đoạn văn" });
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
      const isTitle = item.bold || (rest.length <= 100 && !/[.;]$/u.test(rest));
      const section: Section = isTitle ? { title: rest } : { text: rest };
      list.push(section);
      const path: PathSegment[] = parent ? [...parent.path, "sections", list.length - 1] : ["sections", list.length - 1];
      stack.push({ section, level, path });
      bulletBlock = undefined;
      combined = false;
      // Each heading starts afresh: targets of one section never run on into the next.
      context = { kind: "staff" };
      if (isTitle) contextFromTitle(rest);
      continue;
    }
    const b = BULLET.exec(text);
    const level: 1 | 2 = b ? (b[1] === "+" || (item.listLevel ?? 0) > 0 ? 2 : 1) : 1;
    const rest = b ? b[2]! : text;
    const phase = PHASE_LINE.exec(rest);
    if (phase) {
      phases.push(readPhase(phase[1]!, phase[3]!, phases.length, startYear));
      insertOnce("phases");
      continue;
    }
    // "- Cá nhân:" / "- Tập thể:" / "- Học sinh (tổng số 412 học sinh):" introduce the parts of one targets block.
    if (b && level === 1 && /^(cá nhân|tập thể)\s*:?$/iu.test(rest)) {
      combined = true;
      context = /^cá nhân/iu.test(rest) ? { kind: "staff" } : { kind: "collective" };
      insertOnce("targets");
      continue;
    }
    const g = b && level === 1 ? groupHeading.exec(rest) : null;
    if (g && combined) {
      context = { kind: "group", group: newGroup(g[1]!, Number(g[2]!.replace(/\./g, "")), g[3]!.trim()) };
      continue;
    }
    if (target(rest, combined && level === 2, Boolean(b))) continue;
    if (b) bullet(rest, level);
    else push(text);
  }
  return { sections, phases, staff, collective, groups, timeline, monthWithYear, review };
}

/** Rows of a month table: a label ("Tháng 9", "Tháng 9/2024", "Cả năm") and its activities; an empty label continues the row above. */
function readTimeline(table: Table, out: Content["timeline"], sawYear: (yes: boolean) => void): void {
  for (const row of table.rows) {
    const label = cleanText((row[0] ?? []).map((p) => p.text).join(" "));
    if (TIMELINE_HEAD.test(label)) continue;
    const lines = row
      .slice(1)
      .flat()
      .flatMap((p) => p.text.split("\n"))
      .map(cleanText)
      .filter(Boolean);
    const activities = lines.map((t) => t.replace(ITEM_MARK, ""));
    if (!label) {
      const last = out[out.length - 1];
      if (!last) {
        if (activities.length) out.push({ label: "…", activities });
        continue;
      }
      // A row broken by a page: the part on the next page starts without the item's dash, and the part
      // before it ends mid-sentence. It is the same activity ("… ngày Nhà giáo" + "Việt Nam 20/11 …").
      const previous = last.activities[last.activities.length - 1];
      if (typeof previous === "string" && lines[0] !== undefined && !ITEM_MARK.test(lines[0]) && endsMarked.get(last) && !/[.:;!?…)”"]$/u.test(previous)) {
        last.activities[last.activities.length - 1] = `${previous} ${activities.shift()}`;
      }
      last.activities.push(...activities);
      if (lines.length) endsMarked.set(last, ITEM_MARK.test(lines[lines.length - 1]!));
      continue;
    }
    if (!activities.length) continue;
    const month = MONTH_LABEL.exec(label);
    const entry = month ? { month: Number(month[1]), activities } : { label, activities };
    if (month) sawYear(Boolean(month[2]));
    out.push(entry);
    endsMarked.set(entry, ITEM_MARK.test(lines[lines.length - 1]!));
  }
}

