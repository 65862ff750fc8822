// The plan laid out as a document: numbering computed, percentages and dates written out, the
// computed blocks expanded where the prose asks for them. The page model (page.ts) sets it on A4.
import { monthLabel, parseIsoDate } from "../compute/calendar.js";
import { phaseLine, placedActivities, resolvePhases, type ResolvedPhase } from "../compute/phases.js";
import { computeTargets, staffHeading } from "../compute/targets.js";
import type { PathSegment } from "../diagnostic.js";
import type { Block as PlanBlock, Plan, Section } from "../plan.js";
import { legalBasisSentence } from "../text/legal-basis.js";
import { formatDateLong, toRoman, upper, vietnameseLetter } from "../text/vn-format.js";

// The sentence lives in text/ because import reads it back too; still exported here for the tests.
export { legalBasisSentence };

export type LayoutBlock = (
  | { type: "heading"; level: number; number: string; text: string }
  /** A numbered paragraph without a title of its own ("2.1. Tổ chức phát động …"). */
  | { type: "numbered"; level: number; number: string; text: string }
  | { type: "paragraph"; text: string }
  | { type: "bullet"; level: 1 | 2; text: string }
  | { type: "timeline"; rows: { label: string; items: string[] }[] }
  /** A centred line inside the content ("Kính gửi: …", "QUYẾT ĐỊNH:"): the documents of the year use it. */
  | { type: "centred"; text: string; bold?: boolean; italics?: boolean }
  /**
   * A bordered list of the year's documents (danh sách, kết quả kiểm phiếu): a header row that repeats on
   * each page, then one row a line of data; `numbered` puts an STT column first. Widths are shares of the
   * text width, so a layout never needs to know the page.
   */
  | {
      type: "list";
      columns: { title: string; share: number; align?: "left" | "center" }[];
      rows: string[][];
      numbered?: boolean;
    }
) & {
  /** Where in the plan file the block comes from, so a preview can mark the paragraph a diagnostic is about. */
  path?: PathSegment[];
};

export interface Layout {
  parentBody?: string;
  issuingBody: string;
  /** "Số: 50a/KH-TrMNNT"; a blank number leaves room for the văn thư: "Số:      /KH-…". */
  numberLine: string;
  /** "Nam Thanh, ngày 19 tháng 9 năm 2024" */
  placeDate: string;
  documentType: string;
  subject: string;
  legalBases: string[];
  intro: string;
  body: LayoutBlock[];
  /** Absent when the plan ends with its last section (then that paragraph carries "./."). */
  closing?: string;
  recipientsLabel: string;
  recipients: string[];
  /** Caps lines above the signature: ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"]. */
  signerTitles: string[];
  /** A second post under the signature, above the name: "HIỆU TRƯỞNG" under "CHỦ TỊCH". */
  signerPost?: string;
  signerName: string;
  /** The plan's own page settings (body size, line spacing, margins); page.ts holds the defaults. */
  pageSettings: NonNullable<Plan["layout"]>;
  /** The document's properties: title = trích yếu, author = issuing body, keywords = số and ký hiệu. */
  properties: { title: string; subject: string; creator: string; keywords: string; date: Date };
  /** A centred line between the title and the căn cứ: the authority a quyết định speaks as, a tờ trình's Kính gửi. */
  preamble?: { text: string; bold?: boolean };
  /**
   * A second signer in the left column in place of Nơi nhận (a biên bản's thư ký, a báo cáo's xác nhận):
   * the documents signed by two people.
   */
  cosigner?: { titles: string[]; name: string };
  /** A part on its own page after the signature: the danh sách kèm theo of a quyết định (ND30 Mẫu 2.1). */
  appendix?: { heading: string[]; note: string; body: LayoutBlock[] };
}

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

/** ND30 §II.3: numbers below 10 take a leading zero. */
export function documentNumber(number: string | number): string {
  const text = String(number).trim();
  if (text === "") return "     ";
  const m = /^(\d+)(.*)$/.exec(text);
  return m && Number(m[1]) < 10 && m[1]!.length === 1 ? `0${text}` : text;
}

/** Section numbers: I. → 1. → 1.1. → a) (ND30 §II.6đ and common practice for the third level). */
function sectionNumber(path: number[]): string {
  const [first, second, third, fourth] = path;
  if (path.length === 1) return `${toRoman(first! + 1)}.`;
  if (path.length === 2) return `${second! + 1}.`;
  if (path.length === 3) return `${second! + 1}.${third! + 1}.`;
  return `${vietnameseLetter(fourth ?? path[path.length - 1]!)})`;
}

/** The closing keeps the clerk's words and ends with ND30's "./.". */
export function closingSentence(text: string): string {
  return `${text.trim().replace(/\s*(\.\/\.|\.\/|\.)$/u, "")}./.`;
}

/**
 * A text written as a block ("- |" and lines under it) keeps its line breaks; each line is a paragraph
 * of its own in every renderer, so the DOCX and the text never disagree on where a paragraph ends.
 */
function lines(text: string): string[] {
  const parts = text
    .replace(/\n+$/u, "")
    .split("\n")
    .filter((l) => l.trim() !== "");
  return parts.length ? parts : [text];
}

/** A bullet's first line carries the dash; the lines after it are paragraphs under it. */
function bullet(text: string, level: 1 | 2): LayoutBlock[] {
  const [first, ...rest] = lines(text);
  return [{ type: "bullet", level, text: first! }, ...rest.map((t): LayoutBlock => ({ type: "paragraph", text: t }))];
}

/** How a timeline row is labelled: "Tháng 9", "Tháng 9/2024", "Tháng 01/2027" or the plan's own ("Cả năm"). */
function rowLabel(row: Plan["timeline"][number], plan: Plan): string {
  if (row.label) return row.label;
  if (row.month === undefined) return "";
  return monthLabel(row.month, plan);
}

/** ND30: "./." follows the last word of the content; after a table it stands on a line of its own. */
export function endContent(body: LayoutBlock[]): void {
  const last = body[body.length - 1];
  if (last && "text" in last) last.text = closingSentence(last.text);
  else body.push({ type: "paragraph", text: "./." });
}

export function layout(plan: Plan): Layout {
  const date = parseIsoDate(plan.document.date) ?? parseIsoDate(plan.calendar.start)!;
  const targets = computeTargets(plan);
  const phases = resolvePhases(plan);
  const activities = placedActivities(plan, phases);
  const typeCode = plan.document.code;

  const groupLines = (id: string): LayoutBlock[] =>
    (targets.groups.find((g) => g.id === id)?.targets ?? []).map(
      (t): LayoutBlock => ({ type: "bullet", level: 1, text: t.line }),
    );
  const insert = (kind: string): LayoutBlock[] => {
    const individual = targets.individual.map((t): LayoutBlock => ({ type: "bullet", level: 1, text: t.line }));
    const collective = targets.collective.map((c): LayoutBlock => ({ type: "bullet", level: 1, text: c.line }));
    const under = (heading: string, items: LayoutBlock[]): LayoutBlock[] =>
      items.length
        ? [{ type: "bullet", level: 1, text: heading }, ...items.map((b) => ({ ...b, level: 2 as const }))]
        : [];
    switch (kind) {
      case "phases":
        return phases.map((p: ResolvedPhase) => ({ type: "bullet", level: 1, text: phaseLine(p) }));
      case "targets.individual":
        return individual;
      case "targets.collective":
        return collective;
      case "targets":
        return [
          ...under(`${staffHeading(plan)}:`, individual),
          ...under("Tập thể:", collective),
          ...targets.groups.flatMap((g) => under(`${g.heading}:`, groupLines(g.id))),
        ];
      case "timeline":
        return [
          {
            type: "timeline",
            rows: plan.timeline.map((m, i) => ({
              label: rowLabel(m, plan),
              items: activities.filter((a) => a.monthIndex === i).flatMap((a) => lines(a.text)),
            })),
          },
        ];
      default:
        return groupLines(kind.slice("targets.".length));
    }
  };

  const at = (list: LayoutBlock[], path: PathSegment[]): LayoutBlock[] =>
    list.map((b) => (b.path ? b : { ...b, path }));
  const DATA_OF: Record<string, PathSegment[]> = {
    phases: ["phases"],
    timeline: ["timeline"],
    targets: ["targets"],
    "targets.individual": ["targets", "individual"],
    "targets.collective": ["targets", "collective"],
  };
  const blocks = (items: PlanBlock[] | undefined, base: PathSegment[]): LayoutBlock[] =>
    (items ?? []).flatMap((b, j): LayoutBlock[] => {
      const here = [...base, j];
      if (typeof b === "string")
        return at(
          lines(b).map((text): LayoutBlock => ({ type: "paragraph", text })),
          here,
        );
      if ("insert" in b) return at(insert(b.insert), DATA_OF[b.insert] ?? ["targets", "groups"]);
      return b.bullets.flatMap((x, k): LayoutBlock[] =>
        typeof x === "string"
          ? at(bullet(x, 1), [...here, "bullets", k])
          : [
              ...at(bullet(x.text, 1), [...here, "bullets", k, "text"]),
              ...x.bullets.flatMap((t, m) => at(bullet(t, 2), [...here, "bullets", k, "bullets", m])),
            ],
      );
    });

  const body: LayoutBlock[] = [];
  const walk = (sections: Section[], path: number[], dataPath: PathSegment[]): void => {
    sections.forEach((s, i) => {
      const here = [...path, i];
      const data = [...dataPath, i];
      const number = sectionNumber(here);
      const level = here.length;
      const group = s.group ? targets.groups.find((g) => g.id === s.group) : undefined;
      const title = s.title ?? group?.heading;
      if (title) {
        body.push({
          type: "heading",
          level,
          number,
          text: level === 1 ? upper(title) : title,
          path: [...data, s.title ? "title" : "group"],
        });
        if (s.text) body.push({ type: "paragraph", text: s.text, path: [...data, "text"] });
      } else if (s.text) body.push({ type: "numbered", level, number, text: s.text, path: [...data, "text"] });
      if (group) body.push(...at(groupLines(group.id), ["targets", "groups"]));
      body.push(...blocks(s.body, [...data, "body"]));
      if (s.sections) walk(s.sections, here, [...data, "sections"]);
      body.push(...blocks(s.after, [...data, "after"]));
    });
  };
  walk(plan.sections, [], ["sections"]);
  if (plan.closing === undefined) endContent(body);

  const bases = plan.legalBases.map(legalBasisSentence);
  const signer = plan.signer;
  const signerTitles =
    signer.authority && signer.for
      ? [upper(`${signer.authority} ${signer.for}`), upper(signer.title)]
      : [upper(signer.authority ? `${signer.authority} ${signer.title}` : signer.title)];
  const recipients = plan.recipients.map(
    (r, i) => `- ${r.replace(/[;.]\s*$/, "")}${i === plan.recipients.length - 1 ? "." : ";"}`,
  );
  const documentType = plan.document.type ?? "Kế hoạch";

  return {
    parentBody: plan.document.parentBody ? upper(plan.document.parentBody) : undefined,
    issuingBody: upper(plan.document.issuingBody),
    numberLine: `Số: ${documentNumber(plan.document.number)}/${typeCode}`,
    placeDate: `${plan.document.place}, ${formatDateLong(date)}`,
    documentType: upper(documentType),
    subject: plan.document.subject,
    // ND30 §II.6a: each căn cứ ends with ";", the last with ".".
    legalBases: bases.map((b, i) => `${b}${i === bases.length - 1 ? "." : ";"}`),
    intro: plan.intro,
    body,
    closing: plan.closing === undefined ? undefined : closingSentence(plan.closing),
    recipientsLabel: "Nơi nhận:",
    recipients,
    signerTitles,
    signerPost: signer.post ? upper(signer.post) : undefined,
    signerName: signer.name,
    pageSettings: plan.layout ?? {},
    properties: {
      title: `${documentType} ${plan.document.subject}`,
      subject: plan.document.subject,
      creator: plan.document.issuingBody,
      keywords:
        `${documentType}; ` +
        `${`Số ${documentNumber(plan.document.number).trim()}/${typeCode}`.replace("Số /", "Số …/")}; ${typeCode}; ` +
        `${plan.schoolYear}`,
      date,
    },
  };
}
