// Page geometry in twips (1 mm = 56.69 tw, 1 pt = 20 tw) and font sizes in half-points (ND30 values, nd30-layout.md §1, §8).
import type { Plan } from "../../plan.js";

export const mm = (value: number): number => Math.round(value * 56.6929);
export const pt = (value: number): number => value * 20;
export const halfPoints = (points: number): number => points * 2;

/** A4 exactly: convertMillimetersToTwip rounds 210 mm down to 11905. */
export const A4 = { width: 11906, height: 16838 } as const;
export const DEFAULT_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const FONT = "Times New Roman";
export const FIRST_LINE_INDENT = 567; // 1 cm

export interface Geometry {
  margins: { top: number; bottom: number; left: number; right: number };
  textWidth: number;
  bodySize: number; // half-points
  line: number; // 240 = single
}

export function geometry(plan: Plan): Geometry {
  const m = { ...DEFAULT_MARGINS_MM, ...plan.layout?.margins };
  const margins = { top: mm(m.top), bottom: mm(m.bottom), left: mm(m.left), right: mm(m.right) };
  return {
    margins,
    textWidth: A4.width - margins.left - margins.right,
    bodySize: halfPoints(plan.layout?.fontSize ?? 14),
    line: Math.round(240 * (plan.layout?.lineSpacing ?? 1)),
  };
}

/**
 * Rough printed width of text in Times New Roman, for lines "1/3 to 1/2 of the text" (ND30 §II.2b).
 * Measured: "TRƯỜNG MẦM NON NGỌC THỤY" at 13 pt bold ≈ 74 mm, i.e. ≈ 0.56 em per capital.
 */
export function estimateWidth(text: string, sizePt: number, caps: boolean): number {
  const em = (sizePt / 72) * 25.4; // mm
  return mm(text.length * em * (caps ? 0.64 : 0.5));
}
