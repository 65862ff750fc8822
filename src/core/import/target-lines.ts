// "Lao động tiên tiến: 30/31 đạt 97 %", "CSTĐCS: 05 Đ/c = 15 %", "Học sinh giỏi cấp huyện: 30 giải, trong
// đó ít nhất 4 giải Nhất", "Công đoàn cơ sở: vững mạnh": target lines read back into data. The stated
// percentage is not kept (the tool computes it); where it disagrees with the computation, import says so.
import { COLLECTIVE_TITLES, INDIVIDUAL_TITLES } from "../compute/titles.js";
import type { CollectiveTarget, CollectiveTitleId, IndividualTarget, IndividualTitleId, SubCount } from "../plan.js";
import { parseCount, parseDecimal } from "./text.js";

export interface CountLine {
  label: string;
  count: number;
  total?: number;
  unit?: string;
  /** The percentage the document wrote, to compare with the computed one. */
  statedPercent?: number;
  including: SubCount[];
}

const NUM = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)`;
const PCT = String.raw`(\d+(?:[.,]\d+)?)\s*%`;
const UNIT = String.raw`((?:đồng chí|đ\/c|Đ\/c|Đ\/C|người|CBGVNV|giáo viên|em|học sinh|giải|lớp|chi đội|trường|tập thể|đơn vị|sáng kiến|đề tài|cá nhân)\b)?`;
const RATIO = new RegExp(`^${NUM}\\s*\\/\\s*${NUM}\\s*${UNIT}\\s*(?:,\\s*)?(?:đạt|=|bằng)?\\s*(?:tỉ lệ|tỷ lệ)?\\s*(?:${PCT})?\\s*(.*)$`, "iu");
const COUNT = new RegExp(`^${NUM}\\s*${UNIT}\\s*(?:(?:,\\s*)?(?:đạt|=|bằng|-)?\\s*(?:tỉ lệ|tỷ lệ)?\\s*\\(?${PCT}\\)?)?\\s*(.*)$`, "iu");
const INCLUDING = /^,?\s*trong\s+đó\s*:?\s*(.+?)\s*[.;]?$/iu;
const PART = new RegExp(`^(ít nhất\\s+|tối thiểu\\s+)?${NUM}\\s+(.+)$`, "iu");

/** "Nhãn: 30/31 đạt 97 %" → its numbers; undefined when the line is prose. */
export function readCountLine(line: string): CountLine | undefined {
  const colon = line.indexOf(":");
  if (colon < 2 || colon > 160) return undefined;
  const label = line.slice(0, colon).trim();
  const rest = line.slice(colon + 1).trim();
  if (/\d{1,2}\/\d{1,2}\/\d{4}/.test(rest)) return undefined; // a date, not a ratio
  const ratio = RATIO.exec(rest);
  const count = ratio ? undefined : COUNT.exec(rest);
  const m = ratio ?? count;
  if (!m) return undefined;
  const tail = (ratio ? ratio[5] : count![4]) ?? "";
  const including: SubCount[] = [];
  if (tail.replace(/[.;]\s*$/, "").trim()) {
    const inc = INCLUDING.exec(tail);
    if (!inc) return undefined;
    for (const part of inc[1]!.split(/,\s*|;\s*/)) {
      const p = PART.exec(part.trim());
      if (!p) return undefined;
      including.push({ count: parseCount(p[2]!), name: p[3]!.trim(), ...(p[1] ? { atLeast: true } : {}) });
    }
  }
  const unit = (ratio ? ratio[3] : count![2])?.trim();
  const percent = ratio ? ratio[4] : count![3];
  return {
    label,
    count: parseCount(m[1]!),
    total: ratio ? parseCount(ratio[2]!) : undefined,
    unit: unit ? (/^đ\/c$/iu.test(unit) ? "đồng chí" : unit) : undefined,
    statedPercent: percent ? parseDecimal(percent) : undefined,
    including,
  };
}

const lower = (s: string): string => s.toLocaleLowerCase("vi");

/** A staff title the law names, by its name or its short form ("LĐTT", "CSTĐCS"), or by a mention ("… tặng giấy khen"). */
export function individualTitle(label: string): Pick<IndividualTarget, "title" | "label" | "name" | "issuer"> {
  const l = lower(label);
  for (const [id, t] of Object.entries(INDIVIDUAL_TITLES) as [IndividualTitleId, { name: string; short: string }][]) {
    if (l === lower(t.name)) return { title: id };
    if (l === lower(t.short)) return { title: id, label };
  }
  const issued = /^(Giấy khen|Bằng khen)\s+của\s+(.+)$/iu.exec(label);
  if (issued && /^giấy khen$/iu.test(issued[1]!)) return { title: "giay-khen", issuer: issued[2]!.trim() };
  if (/lao động tiên tiến|^lđtt\b/iu.test(l) && !/tập thể/iu.test(l)) return { title: "ldtt", label };
  if (/chiến sĩ thi đua cơ sở|cstđcs/iu.test(l)) return { title: "cstdcs", label };
  if (/giấy khen/iu.test(l)) return { title: "giay-khen", label };
  return { name: label };
}

/** "Tập thể lao động xuất sắc", "Nhà trường: Tập thể lao động xuất sắc", "Công đoàn cơ sở: vững mạnh". */
export function readCollective(line: string): CollectiveTarget | undefined {
  const text = line.replace(/[.;]\s*$/u, "").trim();
  const colon = text.indexOf(":");
  const organization = colon > 0 ? text.slice(0, colon).trim() : undefined;
  const title = colon > 0 ? text.slice(colon + 1).trim() : text;
  for (const [id, t] of Object.entries(COLLECTIVE_TITLES) as [CollectiveTitleId, { name: string; award?: string }][]) {
    if (organization && t.award && lower(title) === lower(t.award) && lower(t.name) === lower(`${organization} ${t.award}`)) return { organization, title: id };
    if (lower(title) === lower(t.name)) return organization ? { organization, title: id } : { title: id };
  }
  if (/^tập thể lao động|vững mạnh|xuất sắc|tiên tiến|cờ thi đua|bằng khen|giấy khen/iu.test(title) && title.length < 120) return organization ? { organization, name: title } : { name: title };
  return undefined;
}
