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

// Advance widths (1/1000 em) of Times New Roman capitals, measured from Liberation Serif, which is
// metric-compatible: header names are all capitals, and their lines are decided by these widths.
const CAPS_REGULAR = "A722B667C667D722E611F556G722H722I333J389K722L611M889N722O722P556Q722R667S556T611U722V722W944X722Y722Z611";
const CAPS_BOLD = "A722B667C722D722E667F611G778H778I389J500K778L667M944N722O778P611Q778R722S556T667U722V722W1000X722Y722Z667";
const OTHER = { " ": 250, "&": [778, 833], "-": 333, ".": 250, ",": 250, "/": 278, "(": 333, ")": 333 } as const;
const table = (spec: string): Map<string, number> => new Map([...spec.matchAll(/([A-Z])(\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
const REGULAR = table(CAPS_REGULAR);
const BOLD = table(CAPS_BOLD);

/** Printed width in twips of a line of capitals in Times New Roman; Vietnamese marks do not widen a letter, the horn of Ư does. */
export function capsWidth(text: string, sizePt: number, bold: boolean): number {
  const caps = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    if (ch === "Ư") units += bold ? 796 : 776;
    else if (ch === "Đ") units += 722;
    else if (/[0-9]/.test(ch)) units += 500;
    else if (ch in OTHER) {
      const w = OTHER[ch as keyof typeof OTHER];
      units += typeof w === "number" ? w : w[bold ? 1 : 0];
    } else units += caps.get(ch.normalize("NFD").charAt(0)) ?? (bold ? 778 : 722);
  }
  return Math.round((units / 1000) * sizePt * 20);
}
