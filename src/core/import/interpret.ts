// A Word plan read into the plan format: the frame, the căn cứ, the content with its computed blocks as
// data, and a calendar fitted to what the document says. Everything the reader was unsure of, or chose
// itself, is a note on the path it concerns; no guess can raise a finding the document does not have.
import type { CalendarPoint, LegalBasis, Plan } from "../plan.js";
import { schoolYearIn } from "../text/phrase-grammar.js";
import { contentLines, readContent } from "./content.js";
import type { Block, Paragraph } from "./docx.js";
import { piecesOf, readFoot, readHeader } from "./frame.js";
import { readLegalBasis } from "./legal-basis.js";
import type { Note } from "./notes.js";
import { fitPhases } from "./phase-guess.js";
import { linkPhases, planPhases } from "./phases.js";
import { buildTargets } from "./targets.js";
import { labelLayout } from "./timeline.js";
import { cleanText, findCasing } from "./text.js";

export interface Imported {
  plan: Plan;
  /** Places to check, by path: written as "# kiểm tra: …" comments and listed in the report. */
  review: Note[];
  /** Numbers the document states that the tool computes otherwise. */
  disagreements: Note[];
}

const TITLE = /^KẾ\s*HOẠCH$/u;
const paragraphsOf = (blocks: readonly Block[]): Paragraph[] =>
  blocks.flatMap((b) => (b.kind === "p" ? [b] : b.rows.flat(2)));

function levelOf(issuingBody: string): Plan["level"] {
  const u = issuingBody.toLocaleUpperCase("vi");
  if (/MẦM NON|MẪU GIÁO|NHÀ TRẺ/u.test(u)) return "mam-non";
  if (/TIỂU HỌC/u.test(u) && !/THCS|TRUNG HỌC/u.test(u)) return "tieu-hoc";
  if (/THCS|TRUNG HỌC CƠ SỞ/u.test(u)) return "thcs";
  if (/THPT|TRUNG HỌC PHỔ THÔNG/u.test(u)) return "thpt";
  return "khac";
}

/** `today` gives the school year of a document that names none (the core does not read the clock). */
export function interpret(blocks: readonly Block[], today: Date): Imported {
  const review: Note[] = [];
  const top = (b: Block): string => (b.kind === "p" ? cleanText(b.text) : "");
  let titleAt = blocks.findIndex((b) => TITLE.test(top(b)));
  if (titleAt < 0) {
    titleAt = blocks.findIndex((b) => /^Căn\s+cứ/iu.test(top(b))) - 1;
    review.push({ path: ["document", "type"], code: "title-line-missing" });
  }
  const header = readHeader(piecesOf(blocks.slice(0, Math.max(0, titleAt))));
  for (const r of header.review)
    review.push({ path: ["document", r.field], code: r.code, ...(r.args ? { args: r.args } : {}) });

  // Trích yếu: the centred lines under "KẾ HOẠCH", up to the căn cứ.
  let at = titleAt + 1;
  const subject: string[] = [];
  while (at < blocks.length) {
    const b = blocks[at]!;
    const text = top(b);
    if (b.kind !== "p" || /^Căn\s+cứ/iu.test(text) || (b.align !== "center" && subject.length)) break;
    if (text && !/^[-_–—=.…\s]+$/u.test(text)) subject.push(text);
    at++;
    if (b.align !== "center" && text) break;
  }

  // The foot: from "Nơi nhận" (in a table or a paragraph) to the end; the closing just before it.
  const isFoot = (b: Block): boolean =>
    b.kind === "p" ? /^Nơi\s+nhận/iu.test(top(b)) : b.rows.flat(2).some((p) => /^Nơi\s+nhận/iu.test(cleanText(p.text)));
  let footAt = blocks.findIndex((b, i) => i >= at && isFoot(b));
  if (footAt < 0) {
    footAt = blocks.length;
    review.push({ path: ["recipients"], code: "foot-missing" });
  }
  const foot = readFoot(piecesOf(blocks.slice(footAt)));
  for (const r of foot.review) review.push({ path: [r.field], code: r.code });

  const corpus = paragraphsOf(blocks)
    .map((p) => cleanText(p.text))
    .join("\n");
  const lines: ({ text: string; bold: boolean; listLevel?: number } | { table: Extract<Block, { kind: "table" }> })[] =
    [];
  const pending: Paragraph[] = [];
  const flush = (): void => {
    lines.push(...contentLines(pending));
    pending.length = 0;
  };
  for (const b of blocks.slice(at, footAt)) {
    if (b.kind === "p") pending.push(b);
    else {
      flush();
      lines.push({ table: b });
    }
  }
  flush();

  // Căn cứ, then the intro.
  const legalBases: LegalBasis[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (!("text" in l) || !/^Căn\s+cứ/iu.test(l.text)) break;
    for (const sentence of l.text.split(/[;,.]\s*(?=Căn\s+cứ\s)/u)) {
      const read = readLegalBasis(sentence);
      if (read.unsure)
        review.push({
          path: ["legalBases", legalBases.length],
          code: read.unsure === "undated" ? "legal-basis-undated" : "legal-basis-sentence",
        });
      legalBases.push(read.basis);
    }
  }
  if (!legalBases.length) review.push({ path: ["legalBases"], code: "legal-basis-none" });
  let intro = "";
  const first = lines[i];
  if (first && "text" in first && !/^([IVXLC]+|\d+)\s*[./]/u.test(first.text)) {
    intro = first.text;
    i++;
  }

  // The closing: "Trên đây là …" (the last paragraph); without it, "./." comes off the last paragraph.
  let closing: string | undefined;
  const last = lines[lines.length - 1];
  if (last && "text" in last && /^Trên\s+đây\s+là/iu.test(last.text)) {
    closing = last.text.replace(/\s*\.\/\.?\s*$/u, ".").replace(/\.\.$/u, ".");
    lines.pop();
  } else if (last && "text" in last) last.text = last.text.replace(/\s*\.\/\.\s*$/u, ".");

  const wholeText = `${subject.join(" ")}\n${intro}\n${corpus}`;
  const named = schoolYearIn(wholeText);
  const dateYear = header.date ? Number(header.date.slice(0, 4)) : header.dateYear;
  const startYear =
    named ?? (dateYear ? (Number(header.date.slice(5, 7) || 9) >= 8 ? dateYear : dateYear - 1) : today.getFullYear());
  if (named === undefined) review.push({ path: ["schoolYear"], code: "school-year-missing" });

  const body = readContent(lines.slice(i), startYear);
  review.push(...body.review);

  // The calendar: what the phase lines say, fitted where they say nothing; then the phases' open sides.
  const stated: Partial<Record<CalendarPoint, string>> = {};
  for (const p of body.phases) Object.assign(stated, p.calendar);
  const week1s = new Set(body.phases.flatMap((p) => p.weeks.map((w) => w.week1)));
  if (week1s.size > 1) review.push({ path: ["calendar"], code: "week-dates-differ" });
  const months = body.timeline.map((r) => r.month).filter((m): m is number => m !== undefined);
  const fitted = fitPhases(
    { startYear, phases: body.phases, months },
    stated,
    week1s.size === 1 ? [...week1s][0] : undefined,
  );
  review.push(...fitted.notes);

  const { targets, disagreements } = buildTargets(body);
  const monthLayout = labelLayout(body.monthLabels);
  const plan: Plan = {
    formatVersion: 2,
    level: levelOf(header.issuingBody),
    document: {
      ...(header.parentBody ? { parentBody: findCasing(header.parentBody, corpus) ?? header.parentBody } : {}),
      issuingBody: findCasing(header.issuingBody, corpus) ?? header.issuingBody,
      number: header.number,
      code: header.code,
      place: header.place,
      date: header.date,
      subject: subject.join(" ") || "…",
    },
    legalBases: legalBases.length ? legalBases : ["…"],
    intro: intro || "…",
    schoolYear: `${startYear}-${startYear + 1}`,
    calendar: fitted.calendar,
    phases: [],
    targets,
    timeline: body.timeline,
    sections: body.sections.length ? body.sections : [{ title: "…", body: ["…"] }],
    ...(closing ? { closing } : {}),
    recipients: foot.recipients.length ? foot.recipients : ["Lưu: VT"],
    signer: foot.signer,
    ...(Object.keys(monthLayout).length ? { layout: monthLayout } : {}),
  };
  plan.phases = planPhases(plan, body.phases, fitted.bounds);
  if (!intro) review.push({ path: ["intro"], code: "intro-missing" });
  linkPhases(plan);
  return { plan, review, disagreements };
}
