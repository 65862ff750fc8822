// Tết Nguyên đán from a table, not from a lunar library at run time: the kept library (lunar-javascript)
// computes China's calendar at UTC+8, which puts Tết a day late in Vietnam in 2007, 2030 and 2053; the
// Vietnamese ones are single releases (one of them published obfuscated). The table's source and the
// two libraries it is held to are named in src/data/tet.json and test/lunar.test.ts.
import tetData from "../../data/tet.json" with { type: "json" };

const TET: Readonly<Record<string, string>> = tetData.dates;

/** The years the table knows, first and last. */
export const TET_YEARS = {
  first: Math.min(...Object.keys(TET).map(Number)),
  last: Math.max(...Object.keys(TET).map(Number)),
};

/** Mùng 1 Tết of the lunar year that starts in `year` (a local date), or undefined outside the table. */
export function tetDate(year: number): Date | undefined {
  const iso = TET[String(year)];
  if (!iso) return undefined;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

const CAN = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
const CHI = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

/** The lunar year's name as a Tết break is called: 2026 → "Bính Ngọ", 2027 → "Đinh Mùi" (4 AD was Giáp Tý). */
export function canChi(year: number): string {
  return `${CAN[(((year - 4) % 10) + 10) % 10]} ${CHI[(((year - 4) % 12) + 12) % 12]}`;
}

/** "Bính Ngọ", also written with the variants clerks type ("Tị" for "Tỵ", "Mẹo" for "Mão", lower case). */
export function canChiPattern(year: number): RegExp {
  const [can, chi] = canChi(year).split(" ") as [string, string];
  const chiForms = chi === "Tỵ" ? "Tỵ|Tị" : chi === "Mão" ? "Mão|Mẹo" : chi;
  return new RegExp(`(?<![\\p{L}])${can}\\s+(?:${chiForms})(?![\\p{L}])`, "iu");
}
