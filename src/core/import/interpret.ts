// A Word plan read into the plan format: the frame, the căn cứ, the content with its computed blocks as
// data, and a calendar from what the document says (the level's usual dates where it says nothing).
// Everything the reader was unsure of is a note on the path it concerns; nothing is guessed silently.
import { isoDate, monthRange, parseIsoDate, schoolYearOf } from "../compute/calendar.js";
import { mondayOf } from "../compute/weeks.js";
import { DEFAULT_ROUNDING, percentOf, writtenPercentAgrees } from "../compute/percent.js";
import { phaseLine, resolvePhases } from "../compute/phases.js";
import { formatPercent } from "../text/vn-format.js";
import { defaultCalendar } from "../plan-defaults.js";
import type { Activity, CalendarPoint, GroupTarget, LegalBasis, Plan, TargetGroup } from "../plan.js";
import { contentLines, readContent, type Note } from "./content.js";
import type { Block, Paragraph } from "./docx.js";
import { piecesOf, readFoot, readHeader } from "./frame.js";
import { readLegalBasis } from "./legal-basis.js";
import { PHASE_LINE } from "./phase-lines.js";
import { cleanText, findCasing } from "./text.js";

export interface Imported {
  plan: Plan;
  /** Places to check, by path: written as "# kiểm tra: …" comments and listed in the report. */
  review: Note[];
  /** Numbers the document states that the tool computes otherwise. */
  disagreements: Note[];
  /** Calendar points taken from the level's usual dates, not from the document. */
  assumedCalendar: CalendarPoint[];
}

const TITLE = /^KẾ\s*HOẠCH$/u;
const paragraphsOf = (blocks: readonly Block[]): Paragraph[] => blocks.flatMap((b) => (b.kind === "p" ? [b] : b.rows.flat(2)));

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
  const disagreements: Note[] = [];
  const top = (b: Block): string => (b.kind === "p" ? cleanText(b.text) : "");
  let titleAt = blocks.findIndex((b) => TITLE.test(top(b)));
  if (titleAt < 0) {
    titleAt = blocks.findIndex((b) => /^Căn\s+cứ/iu.test(top(b))) - 1;
    review.push({ path: ["document", "type"], text: "không thấy dòng “KẾ HOẠCH”: kiểm tra tên loại và trích yếu" });
  }
  const header = readHeader(piecesOf(blocks.slice(0, Math.max(0, titleAt))));
  for (const r of header.review) review.push({ path: ["document", r.field], text: r.text });

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
  const isFoot = (b: Block): boolean => (b.kind === "p" ? /^Nơi\s+nhận/iu.test(top(b)) : b.rows.flat(2).some((p) => /^Nơi\s+nhận/iu.test(cleanText(p.text))));
  let footAt = blocks.findIndex((b, i) => i >= at && isFoot(b));
  if (footAt < 0) {
    footAt = blocks.length;
    review.push({ path: ["recipients"], text: "không thấy “Nơi nhận”: kiểm tra nơi nhận và người ký" });
  }
  const foot = readFoot(piecesOf(blocks.slice(footAt)));
  for (const r of foot.review) review.push({ path: [r.field], text: r.text });

  const corpus = paragraphsOf(blocks).map((p) => p.text).join("\n");
  const content = blocks.slice(at, footAt);
  const lines: ({ text: string; bold: boolean; listLevel?: number } | { table: Extract<Block, { kind: "table" }> })[] = [];
  const pending: Paragraph[] = [];
  const flush = (): void => {
    lines.push(...contentLines(pending));
    pending.length = 0;
  };
  for (const b of content) {
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
      if (read.unsure) review.push({ path: ["legalBases", legalBases.length], text: "căn cứ viết cả câu (không tách được số, ngày, cơ quan): kiểm tra" });
      legalBases.push(read.basis);
    }
  }
  if (!legalBases.length) review.push({ path: ["legalBases"], text: "không thấy căn cứ nào (“Căn cứ …”): điền vào" });
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
  const yearMatch = /năm\s+học\s*(\d{4})\s*[-–]\s*(\d{4})/iu.exec(wholeText);
  const dateYear = header.date ? Number(header.date.slice(0, 4)) : header.dateYear;
  const startYear = yearMatch ? Number(yearMatch[1]) : dateYear ? (Number(header.date.slice(5, 7) || 9) >= 8 ? dateYear : dateYear - 1) : today.getFullYear();
  if (!yearMatch) review.push({ path: ["schoolYear"], text: "không thấy “năm học …” trong văn bản: kiểm tra năm học" });

  const body = readContent(lines.slice(i), startYear);
  review.push(...body.review);

  // The calendar: what the phase lines said, the level's usual dates for the rest.
  const calendar: Plan["calendar"] = { ...defaultCalendar(startYear) };
  const assumedCalendar = new Set<CalendarPoint>(["start", "semester1End", "semester2Start", "end"]);
  for (const p of body.phases) for (const [point, date] of Object.entries(p.calendar)) {
    calendar[point as CalendarPoint] = date;
    assumedCalendar.delete(point as CalendarPoint);
  }
  // Week 1 as the dates of week-bounded phases say it (the document never names it).
  const week1s = new Set(body.phases.flatMap((p) => p.weeks.map((w) => w.week1)));
  if (week1s.size === 1) {
    const [week1] = week1s;
    if (week1 !== isoDate(mondayOf(parseIsoDate(calendar.start)!))) calendar.week1 = week1;
  } else if (week1s.size > 1) review.push({ path: ["calendar"], text: "ngày của các tuần học không khớp nhau (có tuần nghỉ?): kiểm tra week1 và breaks" });
  body.phases.forEach((p, n) => {
    if (p.unsure) review.push({ path: ["phases", n], text: "không đọc được đủ thời gian của đợt (từ … đến …): kiểm tra from/to" });
  });

  // Targets: the staff total is the denominator most lines share.
  const totals = body.staff.map((s) => s.line.total).filter((t): t is number => t !== undefined);
  const staffTotal = totals.length ? mostCommon(totals) : undefined;
  const allCounts = body.staff.length > 0 && body.staff.every((s) => s.line.total === undefined && s.line.statedPercent === undefined);
  const units = body.staff.map((s) => s.line.unit).filter((u): u is string => Boolean(u));
  const staffUnit = units.length ? mostCommon(units) : undefined;
  const individual = body.staff.map(({ line, target }, n) => {
    const t = { ...target };
    if (line.total !== undefined && line.total !== staffTotal) t.of = line.total;
    if (!allCounts && line.total === undefined) {
      // "CSTĐCS: 05 Đ/c = 15 %": a count with a rate means a rate of the staff total.
      if (line.statedPercent === undefined) t.percent = false;
    }
    if (line.unit && line.unit !== (staffUnit ?? "đồng chí") && (allCounts || line.total === undefined)) t.unit = line.unit;
    if (line.including.length) t.including = line.including;
    checkStated(line, t.of ?? staffTotal, ["targets", "individual", n], disagreements);
    return t;
  });
  const groups: TargetGroup[] = body.groups.map((g, gi) => {
    // The group's unit is the one most of its lines print; lines without a unit then need none of their own.
    const unit = g.lines.every((l) => l.unit) ? mostCommon(g.lines.map((l) => l.unit!)) : undefined;
    const rated = g.lines.filter((l) => l.total !== undefined || l.statedPercent !== undefined).length;
    const percent = rated > g.lines.length / 2;
    const targets: GroupTarget[] = g.lines.map((l, n) => {
      const t: GroupTarget = { name: l.label, count: l.count };
      if (l.total !== undefined && l.total !== g.total) t.of = l.total;
      if (l.unit && l.unit !== unit) t.unit = l.unit;
      const isRated = l.total !== undefined || l.statedPercent !== undefined;
      if (isRated !== percent) t.percent = isRated;
      if (l.including.length) t.including = l.including;
      checkStated(l, t.of ?? g.total, ["targets", "groups", gi, "targets", n], disagreements);
      return t;
    });
    const { lines: _, ...rest } = g;
    return { ...rest, ...(unit ? { unit } : {}), ...(percent ? { percent: true } : {}), targets };
  });

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
    calendar,
    phases: body.phases.map((p) => p.phase),
    targets: {
      ...(staffTotal !== undefined ? { staffTotal } : {}),
      ...(allCounts ? { percent: false } : {}),
      ...(staffUnit && staffUnit !== "đồng chí" ? { unit: staffUnit } : {}),
      individual,
      ...(body.collective.length ? { collective: body.collective } : {}),
      ...(groups.length ? { groups } : {}),
    },
    timeline: body.timeline,
    sections: body.sections.length ? body.sections : [{ title: "…", body: ["…"] }],
    ...(closing ? { closing } : {}),
    recipients: foot.recipients.length ? foot.recipients : ["Lưu: VT"],
    signer: foot.signer,
    ...(body.monthWithYear ? { layout: { monthWithYear: true } } : {}),
  };
  if (!intro) review.push({ path: ["intro"], text: "không thấy câu dẫn sau căn cứ: điền vào" });
  linkPhases(plan);
  return { plan, review, disagreements, assumedCalendar: [...assumedCalendar] };
}

function mostCommon<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The document's "97 %" against the computed 96,8 %: the errors a clerk wants to hear about. */
function checkStated(line: { count: number; statedPercent?: number; label: string }, total: number | undefined, path: Note["path"], out: Note[]): void {
  if (line.statedPercent === undefined || total === undefined) return;
  const written = String(line.statedPercent).replace(".", ",");
  const { ok, correct } = writtenPercentAgrees(written, line.count, total, DEFAULT_ROUNDING);
  if (!ok) out.push({ path, text: `${line.label}: văn bản ghi ${written}%, nhưng ${line.count}/${total} = ${formatPercent(correct, DEFAULT_ROUNDING.decimals)}` });
  else if (percentOf(line.count, total, DEFAULT_ROUNDING) !== correct) out.push({ path, text: `${line.label}: kiểm tra tỉ lệ` });
}

/** A phase line in a month cell is that phase's row: linked to the phase when its month falls in it. */
function linkPhases(plan: Plan): void {
  const phases = resolvePhases(plan);
  const year = schoolYearOf(plan);
  for (const row of plan.timeline) {
    row.activities = row.activities.map((a): Activity => {
      if (typeof a !== "string") return a;
      const m = PHASE_LINE.exec(a);
      const n = m?.[2] ? Number(m[2]) : undefined;
      const phase = n !== undefined ? phases.find((p) => p.number === n) : undefined;
      if (!phase || row.month === undefined) return a;
      const { first, last } = monthRange(row.month, year);
      if (first > phase.to || last < phase.from) return a;
      return a === phaseLine(phase) ? { phase: phase.number } : { phase: phase.number, text: a };
    });
  }
}
