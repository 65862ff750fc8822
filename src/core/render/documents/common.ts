// What every document of the year shares: the header and signer taken from the plan (the school writes
// them once there), names and posts from the results file, the texts chosen by the date (regime.ts).
import { parseIsoDate } from "../../compute/calendar.js";
import type { Plan } from "../../plan.js";
import { ResultsModel } from "../../results/model.js";
import { type Regime, regimeAt, regimeDate } from "../../results/regime.js";
import { RESULT_TITLE_NAMES, type ResultTitle, type Results, type ResultsDocument } from "../../results/types.js";
import { formatDateLong, upper } from "../../text/vn-format.js";
import { documentNumber, type Layout, type LayoutBlock } from "../layout.js";

export interface DocumentInput {
  plan: Plan;
  results: Results;
  /** The person or collective of a báo cáo thành tích; the tờ trình's number for to-trinh and quyet-dinh. */
  for?: string;
}

export class DocumentContext {
  readonly model: ResultsModel;
  readonly regime: Regime;
  constructor(readonly input: DocumentInput) {
    this.model = new ResultsModel(input.results);
    // The plan's date stands in when the file has no meeting, decision or proposal yet (a dang-ky in October).
    this.regime = regimeAt(regimeDate(input.results) ?? input.plan.document.date ?? input.plan.calendar.start);
  }
  /**
   * The texts in force on one document's own date: a tờ trình of 27/6/2025 cites NĐ 98/2023 even when the
   * decision answering it, of 08/7/2025, cites NĐ 152/2025. Without a date, the file's (above).
   */
  regimeOn(iso: string | undefined): Regime {
    return iso ? regimeAt(iso) : this.regime;
  }
  get plan(): Plan {
    return this.input.plan;
  }
  get results(): Results {
    return this.input.results;
  }
  /** "năm học 2025 - 2026", as the plan writes it. */
  get year(): string {
    return `năm học ${this.plan.schoolYear.replace("-", " - ")}`;
  }
  get school(): string {
    return this.plan.document.issuingBody;
  }
  /** The school's own part of its ký hiệu: "THCSLQĐ" from "KH-THCSLQĐ". */
  get schoolCode(): string {
    return this.plan.document.code.replace(/^[^-]*-/u, "");
  }
  name(id: string): string {
    return this.model.staffById.get(id)?.member.name ?? this.model.collectiveById.get(id)?.collective.name ?? id;
  }
  /** "Giáo viên tổ Toán - Tin": the post, else the tổ's name. */
  post(id: string): string {
    const m = this.model.staffById.get(id)?.member;
    if (!m) return "";
    return m.post ?? (m.unit ? this.name(m.unit) : "");
  }
  unitName(id: string): string {
    const unit = this.model.staffById.get(id)?.member.unit;
    return unit ? this.name(unit) : "";
  }
  /** "ông Vũ Văn Bảo" / "bà Trần Thu Mai"; the name alone when the file does not say. */
  honorific(id: string): string {
    const g = this.model.staffById.get(id)?.member.gender;
    return `${g === "nam" ? "ông " : g === "nu" ? "bà " : ""}${this.name(id)}`;
  }
  isCollective(id: string): boolean {
    return this.model.collectiveById.has(id) && !this.model.staffById.has(id);
  }
}

export const titleName = (t: ResultTitle): string => RESULT_TITLE_NAMES[t];
/** "“Lao động tiên tiến”": a title in running text is quoted. */
export const quoted = (t: ResultTitle): string => `“${titleName(t).replace(/ \(tập thể\)$/u, "")}”`;
/** Counts in administrative prose take a leading zero below 10: "04 tập thể". */
export const count = (n: number): string => (n < 10 ? `0${n}` : String(n));
export const longDate = (iso: string): string => formatDateLong(parseIsoDate(iso)!);

/**
 * The place and date line of ô 4; a date not yet known leaves room: "…, ngày    tháng    năm 2026". The
 * place is the school's unless the document is another body's (a quyết định: `place`).
 */
export function placeDate(plan: Plan, iso: string | undefined, year?: number, place?: string): string {
  const where = place ?? plan.document.place;
  return iso ? `${where}, ${longDate(iso)}` : `${where}, ngày      tháng      năm ${year ?? ""}`;
}

/**
 * ND30 PL1 §II.4: the địa danh of a local body's document is the administrative unit where that body sits,
 * so a decision of the Chủ tịch UBND thành phố Điện Biên Phủ is dated "Điện Biên Phủ, …", not at the school's
 * phường. Read from the authority's name ("Chủ tịch UBND thành phố Điện Biên Phủ" → "Điện Biên Phủ"); a unit
 * named by a number or after a person keeps its kind ("Quận 1", "Thành phố Hồ Chí Minh", PL1 Mục V). A name
 * without a unit ("Giám đốc Sở Giáo dục và Đào tạo", "Chủ tịch UBND tỉnh") gives undefined: the caller keeps
 * the plan's place.
 */
const AUTHORITY_PLACE = new RegExp(
  String.raw`(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+` +
    String.raw`(tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)\s+(\S.*?)\s*$`,
  "iu",
);

/** The administrative unit an authority heads: "Chủ tịch UBND phường Hoàng Văn Thụ" → phường, Hoàng Văn Thụ. */
export function unitOfAuthority(authority: string): { kind: string; name: string } | undefined {
  const m = AUTHORITY_PLACE.exec(authority);
  return m ? { kind: m[1]!.toLowerCase(), name: m[2]! } : undefined;
}

export function placeOfAuthority(authority: string): string | undefined {
  const unit = unitOfAuthority(authority);
  if (!unit) return undefined;
  const { kind, name } = unit;
  const keepsKind = /^\d/u.test(name) || name === "Hồ Chí Minh";
  return keepsKind ? `${kind.charAt(0).toUpperCase()}${kind.slice(1).toLowerCase()} ${name}` : name;
}

/** "Số: 45/TTr-THCSLQĐ"; a number not yet given leaves room for the văn thư: "Số:      /TTr-THCSLQĐ". */
export function numberLine(number: string | undefined, code: string): string {
  if (number?.includes("/"))
    return `Số: ${documentNumber(number.split("/")[0]!)}/${number.split("/").slice(1).join("/")}`;
  return `Số: ${documentNumber(number ?? "")}/${code}`;
}

/**
 * The căn cứ of the law and the texts detailing it, chosen by the date of the document (regime.ts). Only
 * the dates the reference confirms are written: NĐ 152/2025 of 14/6/2025, TT 15/2025/TT-BNV of 04/8/2025
 * and TT 01/2024/TT-BNV of 24/02/2024 (tdkt-rules.md §0: "not 01/02"; the Nam Thanh plan cites it so), whose
 * trích yếu is "quy định biện pháp thi hành Luật Thi đua, khen thưởng" (NĐ 98's own is "quy định chi tiết
 * thi hành một số điều"); TT 07/2026/TT-BGDĐT (likely) is named without its trích yếu, which nobody here
 * has read.
 */
export function lawBases(r: Regime): string[] {
  const decree =
    r.decree === "152/2025/NĐ-CP"
      ? "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều " +
        "của Luật Thi đua, khen thưởng"
      : "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một " +
        "số điều của Luật Thi đua, khen thưởng";
  const circular =
    r.circular === "15/2025/TT-BNV"
      ? "Căn cứ Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025 của Bộ trưởng Bộ Nội vụ"
      : "Căn cứ Thông tư số 01/2024/TT-BNV ngày 24 tháng 02 năm 2024 của Bộ trưởng Bộ Nội vụ quy định biện pháp thi " +
        "hành Luật Thi đua, khen thưởng";
  const sector =
    r.sector === "07/2026/TT-BGDĐT"
      ? "Căn cứ Thông tư số 07/2026/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo"
      : "Căn cứ Thông tư số 29/2023/TT-BGDĐT ngày 29 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo quy " +
        "định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng đối với ngành Giáo dục";
  const law = r.amendedLaw
    ? "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022, được sửa đổi, bổ sung bởi Luật số 06/2026/QH16"
    : "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022";
  return [law, decree, circular, sector];
}

/** ND30 §II.6a: each căn cứ ends with ";", the last with ".". */
export const endBases = (bases: string[]): string[] => bases.map((b, i) => `${b}${i === bases.length - 1 ? "." : ";"}`);

/** The plan's signer as the layout writes it (KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG). */
export function planSigner(plan: Plan): Pick<Layout, "signerTitles" | "signerPost" | "signerName"> {
  const s = plan.signer;
  const signerTitles =
    s.authority && s.for
      ? [upper(`${s.authority} ${s.for}`), upper(s.title)]
      : [upper(s.authority ? `${s.authority} ${s.title}` : s.title)];
  return { signerTitles, signerPost: s.post ? upper(s.post) : undefined, signerName: s.name };
}

/** "- Như trên;" … "- Lưu: VT." */
export const recipientLines = (items: string[]): string[] =>
  items.map((r, i) => `- ${r}${i === items.length - 1 ? "." : ";"}`);

/** The parts of a Layout every document fills the same way from the plan. */
export function frame(
  c: DocumentContext,
  o: {
    documentType: string;
    subject: string;
    number: string;
    date?: string;
    code: string;
    year?: number;
    place?: string;
  },
): Pick<
  Layout,
  | "parentBody"
  | "issuingBody"
  | "numberLine"
  | "placeDate"
  | "documentType"
  | "subject"
  | "pageSettings"
  | "properties"
  | "recipientsLabel"
> {
  const d = c.plan.document;
  const when = parseIsoDate(o.date ?? "") ?? parseIsoDate(d.date ?? "") ?? parseIsoDate(c.plan.calendar.start)!;
  return {
    parentBody: d.parentBody ? upper(d.parentBody) : undefined,
    issuingBody: upper(d.issuingBody),
    numberLine: o.number,
    placeDate: placeDate(c.plan, o.date, o.year, o.place),
    documentType: upper(o.documentType),
    subject: o.subject,
    pageSettings: c.plan.layout ?? {},
    recipientsLabel: "Nơi nhận:",
    properties: {
      title: `${o.documentType} ${o.subject}`,
      subject: o.subject,
      creator: d.issuingBody,
      keywords: `${o.documentType}; ${o.code}; ${c.plan.schoolYear}`,
      date: when,
    },
  };
}

/** The proposals of one tờ trình: those sharing the number asked for, else the first one's number. */
export function proposalGroup(c: DocumentContext): ResultsDocument[] {
  const all = c.results.proposals ?? [];
  const key = c.input.for ?? all[0]?.number ?? all[0]?.to;
  return all.filter((p) => (p.number ?? p.to) === key);
}

/** A list of people for a title: STT | Họ và tên | Chức vụ | Đơn vị (the tổ, unless `unit` says). */
export function peopleList(c: DocumentContext, ids: string[], unit?: (id: string) => string): LayoutBlock {
  return {
    type: "list",
    numbered: true,
    columns: [
      { title: "Họ và tên", share: 5 },
      { title: "Chức vụ", share: 6 },
      { title: "Đơn vị", share: 5 },
    ],
    rows: ids.map((id) => [c.name(id), c.post(id), unit ? unit(id) : c.unitName(id)]),
  };
}

export function collectiveList(c: DocumentContext, ids: string[]): LayoutBlock {
  return {
    type: "list",
    numbered: true,
    columns: [
      { title: "Tên tập thể", share: 10 },
      { title: "Số thành viên", share: 4, align: "center" },
    ],
    rows: ids.map((id) => {
      const col = c.model.collectiveById.get(id)?.collective;
      return [c.name(id), col ? String(c.model.members(col).length) : ""];
    }),
  };
}

export const COLLECTIVE: readonly ResultTitle[] = ["ttldtt", "ttldxs", "giay-khen-tap-the"];

/**
 * Who the documents put forward, as the lời dẫn says it: "05 cá nhân và 01 tập thể". One person put forward
 * for LĐTT and CSTĐCS is one cá nhân: people are counted, not titles.
 */
export function whomProposed(docs: readonly ResultsDocument[]): string {
  const distinct = (collective: boolean): number =>
    new Set(
      docs.filter((d) => d.title && COLLECTIVE.includes(d.title) === collective).flatMap((d) => d.candidates ?? []),
    ).size;
  const people = distinct(false);
  const groups = distinct(true);
  return [people ? `${count(people)} cá nhân` : "", groups ? `${count(groups)} tập thể` : ""]
    .filter(Boolean)
    .join(" và ");
}
