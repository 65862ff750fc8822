// The imported plan written as a clerk's file: the modeline, a short guide, keys in the order of
// `plan init`, block style, and "# kiểm tra: …" on each line the reader was unsure of.
import type { PathSegment } from "../diagnostic.js";
import type { Plan } from "../plan.js";

const KEY_ORDER = [
  "formatVersion",
  "level",
  "document",
  "legalBases",
  "intro",
  "schoolYear",
  "calendar",
  "phases",
  "targets",
  "timeline",
  "layout",
  "sections",
  "closing",
  "recipients",
  "signer",
];
const SECTION_COMMENT: Record<string, string> = {
  document: "── Phần đầu văn bản ──",
  legalBases: '── Căn cứ (công cụ tự viết "Căn cứ" ở đầu và ";" ở cuối) ──',
  schoolYear: "── Năm học và các đợt thi đua ──",
  targets: "── Chỉ tiêu (tỉ lệ % do công cụ tính) ──",
  timeline: "── Nhiệm vụ theo tháng ──",
  sections: "── Nội dung (công cụ tự đánh số I., 1., 2.1.) ──",
  recipients: "── Nơi nhận và người ký ──",
};

const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/iu;

/** A string as YAML: plain where YAML reads it back unchanged, double-quoted otherwise. */
export function yamlString(s: string): string {
  const plain =
    s !== "" &&
    s === s.trim() &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/u.test(s) &&
    !/:(\s|$)/u.test(s) &&
    !/\s#/u.test(s) &&
    !/[\n\t\\]/u.test(s) &&
    !RESERVED.test(s) &&
    !/^[-+.]?\d[\d._:]*$/u.test(s) &&
    !/^0[xo]/iu.test(s);
  return plain ? s : JSON.stringify(s);
}

const key = (path: readonly PathSegment[]): string => path.map(String).join("/");

export interface Emitted {
  text: string;
  /** 1-based line of each path's key or item, for the report. */
  lines: Map<string, number>;
}

export function emitPlan(
  plan: Plan,
  notes: ReadonlyMap<string, string[]>,
  schemaPath: string,
  source: string,
): Emitted {
  const out: string[] = [
    `# yaml-language-server: $schema=${schemaPath}`,
    "#",
    `# Kế hoạch do "plan import" đọc từ ${source}.`,
    '# Các dòng có "# kiểm tra:" là chỗ công cụ không chắc chắn: đối chiếu với văn bản gốc, sửa rồi xóa ghi chú.',
    "# Kiểm tra tệp: plan validate <tệp>; xem văn bản: plan render <tệp> --docx",
  ];
  const lines = new Map<string, number>();
  // One note, one comment: the first stands beside its line, the others on lines of their own just above,
  // so each "# kiểm tra" is a finding of its own for the clerk (and for validate) to clear.
  const comment = (path: readonly PathSegment[]): string => {
    const list = notes.get(key(path));
    return list?.length ? `  # kiểm tra: ${list[0]}` : "";
  };
  const above = (path: readonly PathSegment[], indent: string): void => {
    for (const note of (notes.get(key(path)) ?? []).slice(1)) out.push(`${indent}# kiểm tra: ${note}`);
  };
  const mark = (path: readonly PathSegment[], indent: string): void => {
    above(path, indent);
    lines.set(key(path), out.length + 1);
  };

  const scalar = (v: unknown): string => (typeof v === "string" ? yamlString(v) : String(v));
  const isScalar = (v: unknown): boolean => v === null || typeof v !== "object";
  const isWeek = (v: unknown): v is { week: number } =>
    typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && "week" in v;
  const inline = (v: unknown): string | undefined => {
    if (isScalar(v)) return scalar(v);
    if (isWeek(v)) return `{ week: ${v.week} }`;
    if (Array.isArray(v) && v.length === 0) return "[]";
    if (Array.isArray(v) && v.every((x) => typeof x === "number")) return `[${v.join(", ")}]`;
    return undefined;
  };

  const emitMap = (obj: Record<string, unknown>, indent: string, path: PathSegment[], firstPrefix?: string): void => {
    const keys = Object.keys(obj).filter((k) => obj[k] !== undefined);
    keys.forEach((k, i) => {
      const here = [...path, k];
      const lead = i === 0 && firstPrefix !== undefined ? firstPrefix : indent;
      const value = obj[k];
      mark(here, indent);
      const flat = inline(value);
      if (flat !== undefined) out.push(`${lead}${k}: ${flat}${comment(here)}`);
      else {
        out.push(`${lead}${k}:${comment(here)}`);
        emitValue(value, `${indent}  `, here);
      }
    });
  };
  const emitValue = (value: unknown, indent: string, path: PathSegment[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const here = [...path, i];
        mark(here, indent);
        const flat = inline(item);
        if (flat !== undefined) out.push(`${indent}- ${flat}${comment(here)}`);
        else if (Array.isArray(item)) {
          out.push(`${indent}-${comment(here)}`);
          emitValue(item, `${indent}  `, here);
        } else {
          const note = comment(here);
          if (note) out.push(`${indent}${note.trim()}`);
          emitMap(item as Record<string, unknown>, `${indent}  `, here, `${indent}- `);
        }
      });
    } else emitMap(value as Record<string, unknown>, indent, path);
  };

  const root = plan as unknown as Record<string, unknown>;
  for (const k of KEY_ORDER) {
    if (root[k] === undefined) continue;
    if (SECTION_COMMENT[k]) out.push("", `# ${SECTION_COMMENT[k]}`);
    emitMap({ [k]: root[k] }, "", []);
  }
  return { text: `${out.join("\n")}\n`, lines };
}
