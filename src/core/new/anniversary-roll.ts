// Anniversaries in prose a year on. One anniversary is often named in several paragraphs, once as
// "75 năm thành lập Đảng bộ tỉnh (10/10/1949 - 10/10/2024)", once without its dates, sometimes with a slip
// ("75 thành lập …", the "năm" lost). Each mention is moved by the same rule, so all of them agree: the
// ordinal is what the dates say for the new year, the bracket's end moves a year; what the tool cannot
// tie to a day is listed, never left as it was in silence.
import { findAnniversaries } from "../compute/anniversaries.js";
import type { SchoolYear } from "../compute/calendar.js";
import type { Said } from "./calendar-move.js";

/** "(10/10/1949 - 10/10/2024)": the day counted from and the day celebrated. */
const SPAN = /\(\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*([-–—])\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*\)/gu;
const ORDINAL = /(?<![\d/.,])(\d{1,3})(?![\d/.,])(\s+năm(?!\p{L}))?/gu;
const UNDATED = /(?<![\d/.,])(\d{1,3})\s+năm\s+/gu;
/** Words around "K năm" that make it an anniversary rather than a duration ("05 năm (2021-2025)"). */
const BEFORE_HINT = /(?:kỷ niệm|chào mừng|mừng|hướng tới)\s*$/iu;
const AFTER_HINT = /^(?:ngày\s+)?(?:thành lập|chiến thắng|giải phóng|truyền thống|ngày sinh|sinh nhật|cách mạng)/iu;

/** "Thành lập Đảng bộ tỉnh Điện Biên" → "thành lập đảng bộ tỉnh điện biên": how one occasion is recognised again. */
const phraseKey = (s: string): string =>
  s
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/^(?:\s*(?:kỷ niệm|ngày)\s+)+/u, "")
    .replace(/[\s,;:.“”"]+/gu, " ")
    .trim();

export interface KnownAnniversary {
  /** Ordinal in the old plan (what its dates say). */
  oldOrdinal: number;
  base: string;
}

/** The occasions the old plan dates somewhere, by their words: an undated mention elsewhere moves like them. */
export function knownAnniversaries(
  texts: readonly string[],
  oldYears: readonly number[],
): Map<string, KnownAnniversary> {
  const known = new Map<string, KnownAnniversary>();
  for (const text of texts) {
    for (const m of text.matchAll(SPAN)) {
      const [y0, y1] = [Number(m[3]), Number(m[7])];
      if (!oldYears.includes(y1)) continue;
      const before = text.slice(0, m.index);
      const words = /(\d{1,3})\s+(?:năm\s+)?([^()\d;]{4,160}?)\s*$/u.exec(before);
      if (words) known.set(phraseKey(words[2]!), { oldOrdinal: y1 - y0, base: `${m[1]}/${m[2]}/${m[3]}` });
    }
  }
  return known;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const short = (s: string): string => (s.length > 60 ? `${s.slice(0, 57).trimEnd()}…` : s);

/**
 * Moves the anniversaries of one piece of prose (dates elsewhere in it already moved) from the old year
 * to the new one, `years` on. `newYear` is the new school year, for the catalogue's days.
 */
export function rollAnniversaries(
  text: string,
  years: number,
  oldYears: readonly number[],
  newYear: SchoolYear,
  known: Map<string, KnownAnniversary>,
): { text: string; changed: Said[]; review: Said[] } {
  const edits: Edit[] = [];
  const changed: Said[] = [];
  const review: Said[] = [];
  const handled = new Set<number>();

  for (const m of text.matchAll(SPAN)) {
    const [d0, m0, y0, dash, d1, m1, y1] = [m[1]!, m[2]!, Number(m[3]), m[4]!, m[5]!, m[6]!, Number(m[7])];
    const at = m.index!;
    const oldSpan = m[0];
    if (!oldYears.includes(y1)) {
      // A span a few years off is likely last year's, copied unmoved; an old one is history, left alone.
      if (Math.abs(y1 - oldYears[0]!) <= 3)
        review.push({
          vi: `kỷ niệm ${oldSpan} không thuộc năm học cũ nên không dời: kiểm tra`,
          en: `anniversary ${oldSpan} is not in last school year, so it was not moved: check`,
        });
      continue;
    }
    const newEnd = y1 + years;
    const [oldOrdinal, newOrdinal] = [y1 - y0, newEnd - y0];
    const newSpan = `(${d0}/${m0}/${y0} ${dash} ${d1}/${m1}/${newEnd})`;
    edits.push({ start: at, end: at + oldSpan.length, text: oldSpan.replace(/\d{4}(\s*\))$/u, `${newEnd}$1`) });
    // The ordinal is the last number of the clause before the bracket, best one followed by "năm".
    const clauseStart =
      Math.max(text.lastIndexOf(")", at), text.lastIndexOf(";", at), text.lastIndexOf(". ", at), -1) + 1;
    const clause = text.slice(clauseStart, at);
    const numbers = [...clause.matchAll(ORDINAL)].map((n) => ({
      at: clauseStart + n.index!,
      digits: n[1]!,
      value: Number(n[1]),
      withYears: n[2] !== undefined,
    }));
    const ordinal =
      [...numbers].reverse().find((n) => n.withYears) ?? [...numbers].reverse().find((n) => n.value === oldOrdinal);
    const occasion = short(
      clause
        .slice(ordinal ? ordinal.at - clauseStart + ordinal.digits.length : 0)
        .replace(/^\s*năm\s+/u, "")
        .trim(),
    );
    if (!ordinal) {
      changed.push({ vi: `${oldSpan} → ${newSpan}`, en: `${oldSpan} → ${newSpan}` });
      review.push({
        vi: `không thấy số năm kỷ niệm trước ${newSpan}: viết “${newOrdinal} năm …”`,
        en: `no anniversary ordinal before ${newSpan}: write “${newOrdinal} năm …”`,
      });
      continue;
    }
    handled.add(ordinal.at);
    // Keep the clerk's zero padding ("05 năm") when the new number still fits it.
    const digits = String(newOrdinal).padStart(ordinal.digits.length, "0");
    edits.push({ start: ordinal.at, end: ordinal.at + ordinal.digits.length, text: digits });
    changed.push({
      vi: `${ordinal.digits} năm ${occasion} ${oldSpan} → ${digits} năm … ${newSpan}`,
      en: `${ordinal.digits} years ${occasion} ${oldSpan} → ${digits} years … ${newSpan}`,
    });
    if (ordinal.value !== oldOrdinal)
      review.push({
        vi:
          `số năm kỷ niệm “${ordinal.digits}” không khớp ${oldSpan} (${oldOrdinal} năm): đã viết ${newOrdinal} theo ` +
          `ngày trong ngoặc, kiểm tra`,
        en:
          `anniversary ordinal “${ordinal.digits}” does not match ${oldSpan} (${oldOrdinal} years): written ` +
          `${newOrdinal} from the dates, check`,
      });
    if (!ordinal.withYears)
      review.push({
        vi: `thiếu chữ “năm” sau số ${digits} (“${digits} năm ${occasion}”): kiểm tra`,
        en: `“năm” missing after ${digits} (“${digits} năm ${occasion}”): check`,
      });
  }

  // Undated mentions: the catalogue's days ("43 năm ngày Nhà giáo Việt Nam"), then the occasions this plan dates
  // elsewhere.
  const catalogue = new Map(
    findAnniversaries(text, newYear)
      .filter((m) => m.kind === "catalogue")
      .map((m) => [m.start, m]),
  );
  for (const m of text.matchAll(UNDATED)) {
    const at = m.index!;
    if (handled.has(at)) continue;
    // A mention with its own bracket of dates was moved, or listed, above.
    if (/^[^()\n]{0,160}?\(\s*\d{1,2}\/\d{1,2}\/\d{4}\s*[-–—]/u.test(text.slice(at + m[0].length))) continue;
    const digits = m[1]!;
    const written = Number(digits);
    const after = text.slice(at + m[0].length);
    const head = short(after.split(/[;(]|\.\s|\.$/u)[0]!.trim());
    const dated = [...known].find(([phrase]) => phraseKey(after).startsWith(phrase));
    const hit = catalogue.get(at);
    let next: number | undefined;
    if (dated) {
      if (written === dated[1].oldOrdinal) next = written + years;
      else
        review.push({
          vi:
            `“${digits} năm ${head}”: nơi khác ghi ${dated[1].oldOrdinal} năm (từ ${dated[1].base}), không dời: ` +
            `kiểm tra`,
          en:
            `“${digits} năm ${head}”: elsewhere ${dated[1].oldOrdinal} years (from ${dated[1].base}), not moved: ` +
            `check`,
        });
    } else if (hit) next = hit.correct;
    else if (BEFORE_HINT.test(text.slice(Math.max(0, at - 25), at)) || AFTER_HINT.test(after))
      review.push({
        vi: `“${digits} năm ${head}”: không rõ ngày kỷ niệm nên không dời số năm: kiểm tra`,
        en: `“${digits} năm ${head}”: the day is not known, so the ordinal was not moved: check`,
      });
    if (next === undefined || next === written) continue;
    const nextDigits = String(next).padStart(digits.length, "0");
    edits.push({ start: at, end: at + digits.length, text: nextDigits });
    changed.push({
      vi: `${digits} năm ${head} → ${nextDigits} năm`,
      en: `${digits} years ${head} → ${nextDigits} years`,
    });
  }

  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = `${out.slice(0, e.start)}${e.text}${out.slice(e.end)}`;
  return { text: out, changed, review };
}
