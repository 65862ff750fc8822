// The fixed frame of an ND30 document read back: the header (chủ quản, issuing body, số, địa danh and
// ngày) and the foot (nơi nhận, signer). Word files put them in borderless tables, or one line under
// another, or on one line split by tabs; all three are read as pieces of text.
import type { Signer } from "../plan.js";
import type { Block, Paragraph } from "./docx.js";
import type { ImportNoteCode, NoteArgs } from "./notes.js";
import { cleanText, isoFromVietnamese, sentenceCase } from "./text.js";

export interface Piece {
  text: string;
  bold: boolean;
  /** Column of a two-column table (0 left, 1 right), when the piece came from one. */
  column?: number;
}

/** Paragraphs and table cells as text pieces; tabs and manual line breaks split a paragraph into pieces. */
export function piecesOf(blocks: readonly Block[]): Piece[] {
  const out: Piece[] = [];
  const add = (p: Paragraph, column?: number): void => {
    for (const part of p.text.split(/\t+|\n/)) {
      const text = cleanText(part);
      if (text) out.push({ text, bold: p.bold, column });
    }
  };
  for (const b of blocks) {
    if (b.kind === "p") add(b);
    else
      for (const row of b.rows) row.forEach((cell, c) => cell.forEach((p) => add(p, row.length === 2 ? c : undefined)));
  }
  return out;
}

const NATIONAL = /^CỘNG\s+HOÀ|^CỘNG\s+HÒA/iu;
const MOTTO = /^Độc\s+lập\s*[-–—]\s*Tự\s+do/iu;
const NUMBER = /^Số\s*:?\s*(.*?)\s*\/\s*([^\s/]+)\s*$/u;
const PLACE_DATE = /^(.+?),\s*ngày\s*([\d.…\s]*?)\s*tháng\s*([\d.…\s]*?)\s*năm\s*(\d{4})\s*$/iu;
const RULE_LINE = /^[-_–—=.…\s]+$/u;

export interface Header {
  parentBody?: string;
  issuingBody: string;
  number: string;
  code: string;
  place: string;
  /** ISO, or "" when the day or month was left blank for the văn thư. */
  date: string;
  dateYear?: number;
  review: FrameNote[];
}

/** A note on a field of the frame ("date", "signer"…). */
export interface FrameNote {
  field: string;
  code: ImportNoteCode;
  args?: NoteArgs;
}

/** Reads the header pieces (everything before "KẾ HOẠCH"). */
export function readHeader(pieces: readonly Piece[]): Header {
  const review: Header["review"] = [];
  const names: Piece[] = [];
  let number = "";
  let code = "";
  let place = "";
  let date = "";
  let dateYear: number | undefined;
  for (const piece of pieces) {
    const text = piece.text;
    if (NATIONAL.test(text) || MOTTO.test(text) || RULE_LINE.test(text)) continue;
    const n = NUMBER.exec(text);
    if (n) {
      // "50 a" is 50a; dots and spaces left for the văn thư mean no number yet.
      number = n[1]!.replace(/[.…_\s]/g, "");
      code = n[2]!;
      continue;
    }
    const d = PLACE_DATE.exec(text);
    if (d) {
      place = d[1]!.trim();
      const [day, month, year] = [d[2]!.replace(/[.…\s]/g, ""), d[3]!.replace(/[.…\s]/g, ""), Number(d[4])];
      dateYear = year;
      date = day && month ? (isoFromVietnamese(Number(day), Number(month), year) ?? "") : "";
      if (!date) review.push({ field: "date", code: "date-blank", args: { text } });
      continue;
    }
    names.push(piece);
  }
  // The left column (or the whole header without a table) holds the names: chủ quản regular, issuing body bold.
  const left = names.filter((p) => p.column !== 1);
  const bold = left.filter((p) => p.bold);
  const regular = left.filter((p) => !p.bold);
  let parentBody: string | undefined;
  let issuingBody: string;
  if (bold.length && regular.length && left.indexOf(regular[0]!) < left.indexOf(bold[0]!)) {
    parentBody = regular
      .filter((p) => left.indexOf(p) < left.indexOf(bold[0]!))
      .map((p) => p.text)
      .join(" ");
    issuingBody = bold.map((p) => p.text).join(" ");
  } else if (bold.length) {
    issuingBody = bold.map((p) => p.text).join(" ");
  } else {
    // No bold to go by: a first line naming a superior body is the chủ quản, the rest the issuing body.
    const superior =
      left.length > 1 &&
      /^(UBND|ỦY BAN|UỶ BAN|SỞ|PHÒNG|BỘ|ĐẢNG)/iu.test(left[0]!.text) &&
      /^(TRƯỜNG|PHÒNG|SỞ|TRUNG TÂM)/iu.test(left[1]!.text);
    parentBody = superior ? left[0]!.text : undefined;
    issuingBody = left
      .slice(superior ? 1 : 0)
      .map((p) => p.text)
      .join(" ");
    if (left.length) review.push({ field: "issuingBody", code: "issuer-not-bold" });
  }
  if (!issuingBody) review.push({ field: "issuingBody", code: "issuer-missing" });
  if (!code) review.push({ field: "code", code: "code-missing" });
  if (!place) review.push({ field: "place", code: "place-missing" });
  return {
    parentBody,
    issuingBody: issuingBody || "…",
    number,
    code: code || "KH-…",
    place: place || "…",
    date,
    dateYear,
    review,
  };
}

const AUTHORITY = /^(KT|TM|Q|TL|TUQ)\.\s*(.+)$/u;
const KNOWN_TITLES = [
  "Hiệu trưởng",
  "Phó Hiệu trưởng",
  "Trưởng phòng",
  "Phó Trưởng phòng",
  "Giám đốc",
  "Phó Giám đốc",
  "Chủ tịch",
  "Phó Chủ tịch",
  "Bí thư",
];

/** "PHÓ HIỆU TRƯỞNG" → "Phó Hiệu trưởng" as titles are written in prose. */
export function titleCase(caps: string): string {
  const known = KNOWN_TITLES.find((t) => t.toLocaleUpperCase("vi") === caps.toLocaleUpperCase("vi"));
  return known ?? sentenceCase(caps);
}

/**
 * A post a signer holds ("PHÓ HIỆU TRƯỞNG", "CHỦ TỊCH", "TỔ TRƯỞNG"), as against the rest of a name a line runs on
 * with.
 */
const POSTS = ["HIỆU TRƯỞNG", "CHỦ TỊCH", "TRƯỞNG PHÒNG", "GIÁM ĐỐC", "BÍ THƯ", "TỔ TRƯỞNG", "TRƯỞNG BAN"].concat([
  "THỦ TRƯỞNG",
  "CHÁNH VĂN PHÒNG",
]);
const POST = new RegExp(String.raw`^(?:PHÓ\s+)?(?:${POSTS.join("|")})(?:\s|$)`, "u");

/**
 * "TM. HỘI ĐỒNG" / "THI ĐUA - KHEN THƯỞNG" / "CHỦ TỊCH": a line the page wrapped after KT./TM. runs on
 * until the first post; each post after it is a line of its own.
 */
function joinWrapped(titles: readonly string[]): string[] {
  const out = [...titles];
  if (!AUTHORITY.test(out[0] ?? "")) return out;
  while (out.length > 2 && !POST.test(out[1]!)) out.splice(0, 2, `${out[0]} ${out[1]}`);
  return out;
}

export interface Foot {
  recipients: string[];
  signer: Signer;
  review: FrameNote[];
}

/** Reads "Nơi nhận:" and its lines, and the signer's titles and name, from the pieces after the content. */
export function readFoot(pieces: readonly Piece[]): Foot {
  const review: Foot["review"] = [];
  const recipients: string[] = [];
  const right: string[] = [];
  let inRecipients = false;
  for (const piece of pieces) {
    const text = piece.text;
    if (/^Nơi\s+nhận\s*:?$/iu.test(text)) {
      inRecipients = true;
      continue;
    }
    const isRecipient = piece.column === 0 || (piece.column === undefined && inRecipients && /^[-–•+]/u.test(text));
    if (isRecipient && /^[-–•+]?\s*\S/u.test(text))
      recipients.push(text.replace(/^[-–•+]\s*/u, "").replace(/\s*[;.,]\s*$/u, ""));
    else right.push(text);
  }
  const titles = joinWrapped(right.filter((t) => t === t.toLocaleUpperCase("vi") && /\p{L}/u.test(t)));
  const name = [...right].reverse().find((t) => t !== t.toLocaleUpperCase("vi")) ?? "…";
  if (name === "…") review.push({ field: "signer", code: "signer-name-missing" });
  let signer: Signer;
  const authority = titles[0] ? AUTHORITY.exec(titles[0]) : null;
  // "TM. HỘI ĐỒNG TĐKT / CHỦ TỊCH / HIỆU TRƯỞNG": every post line is kept, a second post as `post` (printed
  // above the name); a third, rarer still, joins the second.
  const post = (from: number): { post?: string } =>
    titles.length > from ? { post: titles.slice(from).map(titleCase).join(" - ") } : {};
  if (authority && titles[1])
    signer = {
      authority: `${authority[1]}.` as Signer["authority"],
      for: titleCase(authority[2]!),
      title: titleCase(titles[1]),
      ...post(2),
      name,
    };
  else if (authority)
    signer = { authority: `${authority[1]}.` as Signer["authority"], title: titleCase(authority[2]!), name };
  else signer = { title: titles[0] ? titleCase(titles[0]) : "Hiệu trưởng", ...post(1), name };
  if (!titles.length) review.push({ field: "signer", code: "signer-title-missing" });
  if (!recipients.length) review.push({ field: "recipients", code: "recipients-missing" });
  return { recipients, signer, review };
}
