// The results file `plan results import` writes: the head and the council of `plan results init`
// (skeleton.ts) around the staff read from the sheet, one block per person, and every note on a cell
// as a comment line where the field stands or would stand: "# kiểm tra: …" for what the clerk must
// still give or confirm (validate warns at each until it is deleted), "# …" for what is only kept.
import { yamlString } from "../../import/emit.js";
import type { Plan } from "../../plan.js";
import { resultsCouncil, resultsIntro, resultsSettings } from "../skeleton.js";
import { cellAddress, noteKind, type StaffNote } from "./notes.js";
import type { PersonEntry, StaffSheet } from "./sheet.js";
import { compactKey } from "./values.js";

const FIELD_ORDER = [
  "id",
  "name",
  "gender",
  "birthDate",
  "post",
  "unit",
  "leader",
  "recruited",
  "rating",
  "registered",
] as const;

export interface EmitOptions {
  /** The results file's link to its plan, as seen from its folder. */
  planPath: string;
  schemaLink: string;
  /** The spreadsheet's name (danh-sach.xlsx) and, for a workbook, the sheet read. */
  source: string;
  sheet?: string;
  /** A note's words for its comment (src/messages/staff-import.ts): the core holds no sentences. */
  noteText: (note: StaffNote) => string;
}

export interface EmittedResults {
  text: string;
  /** 1-based line of each note's comment in the file, by the note's index in `sheet.notes`. */
  lines: Map<number, number>;
}

/**
 * Who chairs the council: the plan's signer when the list holds that name, else the first Hiệu trưởng, else the first
 * leader.
 */
function chairOf(plan: Plan, people: readonly PersonEntry[]): PersonEntry | undefined {
  const signer = compactKey(plan.signer.name ?? "");
  return (
    people.find((p) => signer !== "" && compactKey(p.name) === signer) ??
    people.find((p) => p.leader && /^hi[eệ]u tr[uư][oở]ng/iu.test(p.post ?? "")) ??
    people.find((p) => p.leader)
  );
}

export function emitResults(plan: Plan, sheet: StaffSheet, options: EmitOptions): EmittedResults {
  const out: string[] = [
    ...resultsIntro(plan, options.planPath, options.schemaLink),
    `# Danh sách (staff) do "plan results import" đọc từ ` +
      `${options.source}${options.sheet !== undefined ? `, trang “${options.sheet}”` : ""}: ${sheet.people.length} ` +
      `người.`,
    '# Các dòng "# kiểm tra:" là ô công cụ không đọc được hay không chắc chắn: đối chiếu với bảng, sửa rồi xóa ' +
      "ghi chú.",
    "# Điền tiếp theo thứ tự của năm: đăng ký → xếp loại → họp tổ → họp Hội đồng → tờ trình → quyết định.",
    "# Sửa xong thì chạy plan validate <tệp này>. Mỗi người một mục trong staff; mã (id) viết thường, không dấu.",
    ...resultsSettings(plan, options.planPath),
  ];
  const lines = new Map<number, number>();
  const byPerson = new Map<number, { index: number; note: StaffNote }[]>();
  sheet.notes.forEach((note, index) => {
    if (note.person === undefined || noteKind(note.code) === "report") return;
    byPerson.set(note.person, [...(byPerson.get(note.person) ?? []), { index, note }]);
  });
  const comment = (indent: string, index: number, note: StaffNote): void => {
    const words = options.noteText({
      ...note,
      args: { ...note.args, ...(note.cell ? { cell: cellAddress(note.cell) } : {}) },
    });
    out.push(`${indent}# ${noteKind(note.code) === "review" ? "kiểm tra: " : ""}${words}`);
    lines.set(index, out.length);
  };

  out.push("staff:");
  sheet.people.forEach((person, i) => {
    const notes = byPerson.get(i) ?? [];
    const entry = person.entry as unknown as Record<string, unknown>;
    for (const field of FIELD_ORDER) {
      const lead = field === "id" ? "  - " : "    ";
      // A note on the person as a whole stands under the id line; a note on a field just above it.
      if (field !== "id") for (const n of notes.filter((n) => n.note.field === field)) comment("    ", n.index, n.note);
      const value = entry[field];
      if (value === undefined) continue;
      const written = Array.isArray(value)
        ? `[${value.join(", ")}]`
        : typeof value === "string"
          ? /^\d{4}-\d{2}-\d{2}$/u.test(value)
            ? value
            : yamlString(value)
          : String(value);
      out.push(`${lead}${field}: ${written}${field === "id" ? `   # dòng ${person.row + 1}` : ""}`);
      if (field === "id") for (const n of notes.filter((n) => n.note.field === "id")) comment("    ", n.index, n.note);
    }
  });
  if (!sheet.people.length) out.push("  []");
  out.push(
    "",
    "collectives:",
    "  - id: truong",
    `    name: ${yamlString(plan.document.issuingBody)}`,
    "    members: all",
  );
  for (const unit of sheet.units)
    out.push(
      `  - id: ${unit.id}`,
      `    name: ${yamlString(unit.name)}   # thành viên: những người có unit: ${unit.id}`,
    );
  out.push("");
  const chair = chairOf(
    plan,
    sheet.people.map((p) => p.entry),
  );
  if (chair) out.push(...resultsCouncil(plan, chair.id));
  else
    out.push(
      "# council:                   # Hội đồng Thi đua - Khen thưởng: mã (id) từng thành viên trong staff",
      "#   members:",
      "#     - { staff: <mã>, role: chu-tich }",
      "",
    );
  return { text: out.join("\n"), lines };
}
