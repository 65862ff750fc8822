import type { Rounding } from "../plan.js";

export interface ResolvedRounding {
  decimals: number;
  mode: "half-up" | "down" | "up";
}

export const DEFAULT_ROUNDING: ResolvedRounding = { decimals: 1, mode: "half-up" };

export function resolveRounding(rounding: Rounding | undefined): ResolvedRounding {
  return { decimals: rounding?.decimals ?? DEFAULT_ROUNDING.decimals, mode: rounding?.mode ?? DEFAULT_ROUNDING.mode };
}

/**
 * count/total as a percentage rounded to `decimals`, in exact integer arithmetic: 30/31 is
 * 96,774…% and must round to 96,8 the same way in stats, validation and the document.
 */
export function percentOf(count: number, total: number, rounding: ResolvedRounding): number {
  const scale = 10 ** rounding.decimals;
  const numerator = count * 100 * scale;
  const quotient = Math.floor(numerator / total);
  const remainder = numerator - quotient * total;
  let rounded = quotient;
  if (rounding.mode === "half-up" && remainder * 2 >= total) rounded++;
  if (rounding.mode === "up" && remainder > 0) rounded++;
  return rounded / scale;
}

/** Parses "96,8" or "96.8" → 96.8 and the number of decimals written. */
export function parseWrittenNumber(text: string): { value: number; decimals: number } {
  const normalized = text.replace(",", ".");
  const dot = normalized.indexOf(".");
  return { value: Number(normalized), decimals: dot === -1 ? 0 : normalized.length - dot - 1 };
}

/**
 * Whether a percentage written in prose agrees with count/total: it must equal the exact value
 * rounded the plan's way, at the plan's precision or at the finer one the writer used.
 */
export function writtenPercentAgrees(
  written: string,
  count: number,
  total: number,
  rounding: ResolvedRounding,
): { ok: boolean; correct: number } {
  const { value, decimals } = parseWrittenNumber(written);
  const precision = Math.max(rounding.decimals, decimals);
  const correct = percentOf(count, total, { decimals: precision, mode: rounding.mode });
  return { ok: Math.abs(correct - value) < 1e-9, correct: percentOf(count, total, rounding) };
}
