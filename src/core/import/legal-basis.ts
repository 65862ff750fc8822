// "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định …;" read into fields, kept
// only when the fields print the very same sentence again; otherwise the sentence is kept whole.
import type { LegalBasis, LegalBasisFields } from "../plan.js";
import { legalBasisSentence } from "../text/legal-basis.js";
import { isoFromVietnamese } from "./text.js";

const KINDS = ["Luật", "Bộ luật", "Nghị định", "Nghị quyết", "Thông tư", "Quyết định", "Chỉ thị", "Công văn", "Kế hoạch", "Hướng dẫn", "Thông báo", "văn bản", "Văn bản"];
/** Where a document's name starts after its issuer: "… của Chính phủ quy định …", "… của Sở GD&ĐT về …". */
const TITLE_START = /\s((?:quy định|Quy định|về|Về|V\/v|v\/v|ban hành|Ban hành|hướng dẫn|Hướng dẫn|triển khai|thực hiện|phê duyệt|sửa đổi)(?=\s|$).*)$/u;
const DATE = /^(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})|^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

function parseDate(text: string): { iso: string; rest: string } | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const iso = m[1] ? isoFromVietnamese(Number(m[1]), Number(m[2]), Number(m[3])) : isoFromVietnamese(Number(m[4]), Number(m[5]), Number(m[6]));
  return iso ? { iso, rest: text.slice(m[0].length).trim() } : undefined;
}

function fields(sentence: string): LegalBasisFields | undefined {
  const body = sentence.replace(/^Căn\s+cứ\s+/u, "");
  const kind = KINDS.filter((k) => body.startsWith(`${k} `)).sort((a, b) => b.length - a.length)[0];
  if (!kind) return undefined;
  let rest = body.slice(kind.length).trim();
  if (kind === "Luật" || kind === "Bộ luật") {
    // "Luật Thi đua, khen thưởng [số 06/2022/QH15] ngày 15/6/2022"
    const m = /^(.+?)(?:\s+số\s+(\S+))?\s+ngày\s+(.+)$/u.exec(rest);
    if (!m) return { kind, title: rest };
    const date = parseDate(m[3]!);
    if (!date || date.rest) return undefined;
    return { kind, title: m[1]!, ...(m[2] ? { number: m[2] } : {}), date: date.iso };
  }
  let number: string | undefined;
  const n = /^số\s+(\S+?)[,]?\s+/u.exec(rest);
  if (n) {
    number = n[1];
    rest = rest.slice(n[0].length);
  }
  let date: string | undefined;
  const d = parseDate(rest);
  if (d) {
    date = d.iso;
    rest = d.rest;
  }
  let issuer: string | undefined;
  const of = /^của\s+(.+)$/u.exec(rest);
  if (of) {
    const t = TITLE_START.exec(of[1]!);
    if (!t) return undefined;
    issuer = of[1]!.slice(0, t.index).trim();
    rest = t[1]!;
  }
  // Without a number or a date there is nothing for fields to check: the sentence stays whole.
  if (!rest || (!number && !date)) return undefined;
  return { kind, ...(number ? { number } : {}), ...(date ? { date } : {}), ...(issuer ? { issuer } : {}), title: rest };
}

/** One căn cứ: as fields when they print back the same sentence, else the sentence itself (unsure). */
export function readLegalBasis(text: string): { basis: LegalBasis; unsure: boolean } {
  const sentence = text.trim().replace(/[;,.]\s*$/u, "");
  const f = fields(sentence);
  if (f && legalBasisSentence(f) === sentence) return { basis: f, unsure: false };
  // Unsure only when the sentence has a number or a date that could not be read into fields.
  return { basis: sentence.replace(/^Căn\s+cứ\s+/u, ""), unsure: /\ssố\s+\S*\/|\d{1,2}\/\d{1,2}\/\d{4}/u.test(sentence) };
}
