// Which texts govern a results file, chosen by the date of the meeting or the decision, not by the school
// year: a 2025-2026 year is judged in May 2026, under NĐ 152/2025 (hoso-research.md §0).
import type { Results } from "./types.js";

export interface Regime {
  /** The date the rule set was chosen by (ISO). */
  date: string;
  /** The decree detailing the law: NĐ 98/2023 until 30/6/2025, NĐ 152/2025 from 01/7/2025 (confirmed). */
  decree: "98/2023/NĐ-CP" | "152/2025/NĐ-CP";
  /** The Bộ Nội vụ circular: TT 01/2024 until TT 15/2025 took over (signed 04/8/2025; the day it applied is likely). */
  circular: "01/2024/TT-BNV" | "15/2025/TT-BNV";
  /** The education circular: TT 29/2023 until TT 07/2026 (in force 02/4/2026: likely). */
  sector: "29/2023/TT-BGDĐT" | "07/2026/TT-BGDĐT";
  /** Staff ratings: NĐ 90/2020 until NĐ 233/2026 (01/7/2026: likely). */
  ratings: "90/2020/NĐ-CP" | "233/2026/NĐ-CP";
  /** The law: 06/2022/QH15, amended by Luật 06/2026/QH16 from 01/10/2026 (likely; final text unread). */
  amendedLaw: boolean;
  /** Before 01/7/2025 the district awarded a MN/TH/THCS school's titles; after, the commune (NĐ 129/2025: likely). */
  twoLevelGovernment: boolean;
}

export const REGIME_DATES = {
  decree152: "2025-07-01",
  circular15: "2025-08-05",
  sector07: "2026-04-02",
  ratings233: "2026-07-01",
  amendedLaw: "2026-10-01",
} as const;

/** The date that picks the rules: the earliest decision, else the council meeting, else the latest proposal. */
export function regimeDate(results: Results): string | undefined {
  const decided = (results.decisions ?? []).map((d) => d.date).sort()[0];
  return (
    decided ??
    results.meeting?.date ??
    (results.proposals ?? [])
      .map((p) => p.date)
      .sort()
      .pop() ??
    results.ratingDate
  );
}

export function regimeAt(date: string): Regime {
  return {
    date,
    decree: date >= REGIME_DATES.decree152 ? "152/2025/NĐ-CP" : "98/2023/NĐ-CP",
    circular: date >= REGIME_DATES.circular15 ? "15/2025/TT-BNV" : "01/2024/TT-BNV",
    sector: date >= REGIME_DATES.sector07 ? "07/2026/TT-BGDĐT" : "29/2023/TT-BGDĐT",
    ratings: date >= REGIME_DATES.ratings233 ? "233/2026/NĐ-CP" : "90/2020/NĐ-CP",
    amendedLaw: date >= REGIME_DATES.amendedLaw,
    twoLevelGovernment: date >= REGIME_DATES.decree152,
  };
}
