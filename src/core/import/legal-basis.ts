// "Căn cứ Quyết định số 05/2024/QĐ- UBND, ngày 29/3/2024 của UBND tỉnh ban hành …;" read into fields: the
// number as the phrase grammar reads it (stray spaces and dashes mended), the date whatever its form, the
// issuer up to where the title starts. Kept as fields only when it has a date and they print the sentence
// again but for those mendings; otherwise the sentence is kept whole.
import { parseIsoDate } from "../compute/dates.js";
import type { LegalBasis, LegalBasisFields } from "../plan.js";
import { legalBasisSentence } from "../text/legal-basis.js";
import { dayAt, documentNumberAt, normalizeDocumentNumber } from "../text/phrase-grammar.js";
import { formatDateShort } from "../text/vn-format.js";

const KINDS = [
  "Luật",
  "Bộ luật",
  "Nghị định",
  "Nghị quyết",
  "Thông tư",
  "Thông tư liên tịch",
  "Quyết định",
  "Chỉ thị",
  "Công văn",
  "Kế hoạch",
  "Hướng dẫn",
  "Thông báo",
  "Chương trình",
  "văn bản",
  "Văn bản",
];
/** Where a document's name starts after its issuer: "… của Chính phủ quy định …", "… của Sở GD&ĐT về …". */
const TITLE_WORDS = ["quy định", "về", "V/v", "ban hành", "hướng dẫn", "triển khai", "thực hiện", "phê duyệt"]
  .concat(["sửa đổi", "tổ chức"])
  // Each as written at the head of a name, small or capital: "Quy định", "v/v".
  .flatMap((w) => [w[0]!.toLowerCase() + w.slice(1), w[0]!.toUpperCase() + w.slice(1)]);
const TITLE_START = new RegExp(String.raw`\s((?:${TITLE_WORDS.join("|")})(?=\s|$).*)$`, "u");
/**
 * A date at the head of `text` (the phrase table's days, with their year): its ISO form, the rest, and how the tool
 * prints it.
 */
function parseDate(text: string): { iso: string; rest: string; printed: string } | undefined {
  const d = dayAt(text);
  return d
    ? { iso: d.iso, rest: text.slice(d.length).trim(), printed: `ngày ${formatDateShort(parseIsoDate(d.iso)!)}` }
    : undefined;
}

/** The fields, and the sentence as they would print it if they read it right (mendings applied). */
function fields(sentence: string): { fields: LegalBasisFields; mended: string } | undefined {
  const body = sentence.replace(/^Căn\s+cứ\s+/u, "");
  const kind = KINDS.filter((k) => body.startsWith(`${k} `)).sort((a, b) => b.length - a.length)[0];
  if (!kind) return undefined;
  let rest = body.slice(kind.length).trim();
  if (kind === "Luật" || kind === "Bộ luật") {
    // "Luật Thi đua, khen thưởng [số 06/2022/QH15] ngày 15/6/2022"
    const m = /^(.+?)(?:\s+số\s+(.+?))?\s+(ngày\s+.+)$/u.exec(rest);
    if (!m) return undefined;
    const date = parseDate(m[3]!);
    if (!date || date.rest || (m[2] && documentNumberAt(m[2]) !== m[2])) return undefined;
    const number = m[2] ? normalizeDocumentNumber(m[2]) : undefined;
    return {
      fields: { kind, title: m[1]!, ...(number ? { number } : {}), date: date.iso },
      mended: `Căn cứ ${kind} ${m[1]}${number ? ` số ${number}` : ""} ${date.printed}`,
    };
  }
  let mended = `Căn cứ ${kind}`;
  let number: string | undefined;
  const n = /^số\s+/u.exec(rest);
  const typed = n ? documentNumberAt(rest.slice(n[0].length)) : undefined;
  if (n && typed) {
    number = normalizeDocumentNumber(typed);
    rest = rest.slice(n[0].length + typed.length).replace(/^\s*,?\s*/u, "");
    mended += ` số ${number}`;
  }
  let date: string | undefined;
  const d = parseDate(rest);
  if (d) {
    date = d.iso;
    rest = d.rest;
    mended += ` ${d.printed}`;
  }
  let issuer: string | undefined;
  const of = /^của\s+(.+)$/u.exec(rest);
  if (of) {
    const t = TITLE_START.exec(of[1]!);
    if (!t) return undefined;
    issuer = of[1]!.slice(0, t.index).trim();
    rest = t[1]!;
    mended += ` của ${issuer}`;
  }
  // Without a date there is nothing for fields to check (legal/missing-date would be import's finding, not
  // the document's): the sentence stays whole, and legal/repealed still reads it.
  if (!rest || !date) return undefined;
  return {
    fields: {
      kind,
      ...(number ? { number } : {}),
      ...(date ? { date } : {}),
      ...(issuer ? { issuer } : {}),
      title: rest,
    },
    mended: `${mended} ${rest}`,
  };
}

/**
 * One căn cứ: as fields when they print back the same sentence (mended), else the sentence itself, with
 * why it is worth a look: a date that could not be read into fields ("sentence"), or a number with no
 * date beside it ("undated"); a sentence with neither is the clerk's words and needs none.
 */
export function readLegalBasis(text: string): { basis: LegalBasis; unsure?: "sentence" | "undated" } {
  const sentence = text.trim().replace(/[;,.]\s*$/u, "");
  const f = fields(sentence);
  if (f && legalBasisSentence(f.fields) === f.mended) return { basis: f.fields };
  const basis = sentence.replace(/^Căn\s+cứ\s+/u, "");
  if (/\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|ngày\s+\d{1,2}\s+tháng/u.test(sentence))
    return { basis, unsure: "sentence" };
  if (/\ssố\s+\S*\//u.test(sentence)) return { basis, unsure: "undated" };
  return { basis };
}
