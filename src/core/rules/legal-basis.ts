// Shared reading of căn cứ: their dates (structured or written in free text) and a short name for messages.
import { parseIsoDate } from "../compute/calendar.js";
import type { LegalBasis } from "../plan.js";

export function basisName(basis: LegalBasis): string {
  if (typeof basis === "string") return basis.length > 60 ? `${basis.slice(0, 57)}…` : basis;
  return basis.number ? `${basis.kind} số ${basis.number}` : `${basis.kind} ${basis.title}`;
}

/** The date of a căn cứ: its field, or "ngày dd/mm/yyyy" / "ngày d tháng m năm yyyy" in a free-text one. */
export function basisDate(basis: LegalBasis): { date: Date; from?: number; to?: number } | undefined {
  if (typeof basis !== "string") return basis.date ? { date: parseIsoDate(basis.date)! } : undefined;
  const m = /ngày\s+(\d{1,2})(?:\/|\s+tháng\s+)(\d{1,2})(?:\/|\s+năm\s+)(\d{4})/u.exec(basis);
  if (!m) return undefined;
  const date = parseIsoDate(`${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`);
  return date ? { date, from: m.index, to: m.index + m[0].length } : undefined;
}
