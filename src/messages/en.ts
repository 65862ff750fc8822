import type { DiagnosticCode } from "../core/codes.js";
import { RESULTS_EN } from "./results.js";

type Args = Record<string, string | number>;
const q = (v: unknown): string => `"${String(v)}"`;
const hint = (a: Args): string => (a.suggestion ? ` Did you mean ${q(a.suggestion)}?` : "");
const write = (a: Args): string => (a.write ? ` Write: ${a.write}` : "");

// English messages for district IT staff and CI logs (`--lang en`). Same codes as vi.ts.
export const en: Record<DiagnosticCode, (a: Args) => string> = {
  "io/not-found": () => "File not found.",
  "io/not-docx": () => "Not a Word document (.docx). Open it in Word and Save As → Word Document (*.docx).",
  "io/doc-binary": () =>
    "This is an old Word file (.doc); only .docx can be read. Open it in Word, Save As → Word Document (*.docx), " +
    "and import that.",
  "io/docx-encrypted": () =>
    "The Word document is password-protected. Remove the password in Word, save, and import again.",
  "io/docx-too-large": (a) => `The document's content inflates past ${a.limit} bytes: a damaged file, or not a plan.`,
  "io/docx-corrupt": () =>
    "The .docx file is damaged (its content cannot be read). Open it in Word and save it as a new file.",
  "io/docx-empty": () => "The Word document has no text in its body.",
  "io/no-libreoffice": () =>
    "PDF needs LibreOffice. Windows: install it from libreoffice.org (or set PLAN_SOFFICE to soffice.exe). " +
    "Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation2.",
  "io/pdf-failed": (a) => `LibreOffice could not convert the document to PDF (${a.detail}); nothing was written.`,
  "io/pdf-font": (a) =>
    a.platform === "windows"
      ? `Times New Roman is missing (it ships with Windows): the PDF is set in ${a.used}, which has the same ` +
        `widths, so lines and pages are as in Word. Restore it: Settings → Personalization → Fonts, or copy ` +
        `times.ttf into C:\\Windows\\Fonts.`
      : a.platform === "mac"
        ? "Times New Roman is missing (it ships with macOS): LibreOffice sets the PDF in a substitute, and lines " +
          "and pages may differ from Word. Restore it in Font Book."
        : /^liberation serif$/iu.test(String(a.used))
          ? `Times New Roman is not installed: the PDF is set in ${a.used}, which has the same widths, so lines and ` +
            `pages are as in Word. To install Times New Roman: sudo apt-get install ttf-mscorefonts-installer.`
          : `Times New Roman is not installed: the PDF is set in ${a.used}, and lines and pages will differ from ` +
            `Word. Install Times New Roman (sudo apt-get install ttf-mscorefonts-installer) or Liberation Serif, ` +
            `which has its widths (sudo apt-get install fonts-liberation2).`,
  "io/is-directory": () => "This is a directory, not a plan file.",
  "io/unreadable": (a) => `Cannot read the file (${a.detail}).`,
  "io/too-large": (a) => `File too large (${a.size} bytes); the limit is ${a.limit} bytes.`,
  "io/exists": () => "The file exists and is not overwritten; choose another name with -o, or add --force.",
  "io/output-foreign": (a) =>
    `${q(a.target)} exists and was not written by plan (it may be the school's original): nothing was written. ` +
    `Write to another name with -o, or add --force to replace it.`,
  "io/output-changed": (a) =>
    `${q(a.target)} was written by plan but changed or signed since (in Word, LibreOffice or a signing tool): ` +
    `nothing was written. Write to another name with -o, or add --force to discard those changes.`,
  "io/output-unmarked": (a) =>
    `${q(a.target)} exists. A plain-text file carries no mark of plan's, so who wrote it cannot be told: not ` +
    `replaced. Use -o, or --force to replace it.`,
  "io/output-unreadable": (a) =>
    `Cannot read the existing ${q(a.target)} (${a.detail}) to tell whether plan wrote it: not replaced. Use -o, ` +
    `or --force.`,
  "io/output-is-directory": (a) => `${q(a.target)} is a directory; choose a file name with -o.`,
  "io/not-plan-name": (a) =>
    `${q(a.file)} does not end in .yaml or .yml, so it is not read as a plan. Rename it, or add --any-name.`,
  "io/backup-name": (a) =>
    `${q(a.file)} is an editor's backup (an older copy), not a plan: use the .yaml file. To read the backup ` +
    `anyway, add --any-name.`,
  "io/write-failed": (a) => `Cannot write ${q(a.target)} (${a.detail}); any previous file was left untouched.`,
  "io/output-dir-missing": (a) => `Directory ${q(a.dir)} does not exist; create it first.`,
  "io/output-is-input": () => "The output file is the plan file itself; choose another name with -o.",
  "encoding/utf16": () => "The file is UTF-16, not UTF-8. Re-save it as UTF-8.",
  "encoding/not-utf8": (a) =>
    `The file is not UTF-8 (looks like ${a.guess}; first bad byte at line ${a.line}, column ${a.column}). Convert ` +
    `it to Unicode UTF-8.`,
  "encoding/binary": () => "The file holds binary data (a zero byte); it is not a YAML text file.",
  "encoding/normalized": () =>
    "The file holds decomposed (NFD) Vietnamese; it was normalised to NFC. Re-save it as NFC.",
  "yaml/syntax": (a) => `YAML syntax error: ${a.detail}`,
  "yaml/duplicate-key": (a) => `Duplicate key ${q(a.key)} in the same mapping.`,
  "yaml/tab": () => "Tab used for indentation: YAML allows spaces only.",
  "yaml/multiple-documents": () => "The file holds several YAML documents (---); one plan per file.",
  "yaml/colon-in-text": (a) =>
    a.typed
      ? `The sentence ${q(a.typed)} has a colon, so its first part was read as a key. Quote the ` +
        `sentence${a.fix ? `: ${String(a.fix).trim()}` : "."}`
      : "A colon followed by a space (or at the end of a line) turned text into a key. Put the whole text in double " +
        "quotes.",
  "yaml/complex-key": () => "A key must be a word or phrase, not a list or a mapping.",
  "yaml/unknown-tag": () => "YAML tags (!…) are not supported; the value is read as plain text.",
  "text/leading-symbol": (a) =>
    `Line ${q(a.typed)} starts with a character YAML reads as markup, so the document would not say what was ` +
    `typed. Quote the sentence: ${String(a.fix).trim()}`,
  "text/inline-comment": (a) =>
    `Line ${q(a.typed)}: ${q(a.lost)} after the # is read as a comment and left out of the document. If it ` +
    `belongs to the sentence, quote it: ${String(a.fix).trim()}`,
  "text/invisible-character": (a) =>
    `Line ${q(a.typed)} has an invisible character (from Word) in its indentation or name. Write: ` +
    `${String(a.fix).trim()}`,
  "yaml/space-after-colon": (a) =>
    `Line ${q(a.typed)}: ` +
    `${a.nbsp ? "the space after the colon is a non-breaking space" : "a space is needed after the colon"}. ` +
    `Write: ${String(a.fix).trim()}`,
  "text/merged-items": (a) =>
    `Line ${a.line} (${q(a.typed)}) is indented deeper than its list, so it was joined to the item above. Align ` +
    `its "-" with the item above.`,
  "text/joined-lines": (a) =>
    `A text written on ${a.lines} lines is joined into one paragraph. If these are separate items, start each ` +
    `line with "- ".`,
  "text/smart-quotes": (a) =>
    `Line ${q(a.typed)}: curly quotes around the whole value are printed in the document. Use straight quotes: ` +
    `${String(a.fix).trim()}`,
  "text/typed-bullet": (a) =>
    `Line ${q(a.typed)}: the typed ${q(a.mark)} is printed after the tool's own ` +
    `"-".${a.fix ? ` Write: ${String(a.fix).trim()}` : ""}`,
  "text/placeholder": (a) => `The template's placeholder ${q(a.value)} is still there: fill it in before rendering.`,
  "text/line-break": (a) =>
    `${a.fieldPath} is a one-line field but holds a line break (a "|" block or "\\n"): Word would print one line, ` +
    `the text two. Write it on one line: ${a.write}`,
  "text/control-character": (a) => `The text holds the control character ${a.char}; delete it.`,
  "yaml/missing-colon": (a) =>
    a.wide
      ? `Line ${q(a.typed)}: the colon after ${q(a.key)} is a full-width ${q(a.wide)}, not ":". Write: ` +
        `${String(a.fix).trim()}`
      : `Line ${q(a.typed)}: the colon after ${q(a.key)} is missing: write ${String(a.fix).trim()}`,
  "yaml/dash-space": (a) => `Line ${q(a.typed)}: no space after the list item's "-". Write: ${String(a.fix).trim()}`,
  "yaml/indentation": (a) =>
    a.parent
      ? `Lines ${a.lines} (${a.keys}) belong under ${q(`${a.parent}:`)} (line ${a.parentLine}) but are not ` +
        `indented. Write: ${String(a.fix).trim()}`
      : `Line ${a.line} (${q(a.typed)}) is indented ${a.spaces} spaces where line ${a.above} above has ` +
        `${a.expected}. Write: ${String(a.fix).trim()}`,
  "text/key-lookalike": (a) =>
    `Key ${q(a.key)}: did you mean ${q(a.suggestion)}? It holds ${q(a.char)} (a Vietnamese mark or a look-alike ` +
    `letter). Write: ${String(a.fix).trim() || `${a.suggestion}:`}`,
  "text/lookalike-letter": (a) =>
    `Line ${q(a.typed)}: character ${a.position} of ${q(a.value)} is a look-alike letter, not a Latin or ` +
    `Vietnamese one. Write ${q(a.write)}.`,
  "text/hidden-character": (a) =>
    `Line ${q(a.typed)}: character ${a.position} of ${q(a.value)} is an invisible or look-alike mark ` +
    `(U+${String(a.name).match(/U\+([0-9A-F]{4})/)?.[1] ?? "?"}). Write ${q(a.write)}.`,
  "text/legacy-encoding": (a) =>
    `Line ${q(a.typed)}: ${q(a.word)} is Vietnamese in the legacy ${a.encoding} encoding pasted into a UTF-8 ` +
    `file. It reads: ${q(a.write)}.`,
  "text/number-form": (a) =>
    a.decimal !== ""
      ? `Line ${q(a.typed)}: ${q(a.value)} reads two ways: ${a.thousands} (a thousands dot) or ${a.decimal} (a ` +
        `decimal). Write the number without dots.`
      : `Line ${q(a.typed)}: ${q(a.value)} has a thousands separator: write ${a.thousands}.`,
  "text/repeated-item": (a) =>
    a.phase
      ? `The phase at line ${a.line} repeats the one at line ${a.first} (pasted twice?); later phases are misnumbered.`
      : `The item at line ${a.line} repeats the one at line ${a.first} (pasted twice?).`,
  "text/example-value": (a) =>
    `${q(a.typed)} is still the template's example value (${a.value}): write the school's own, then delete the "# ` +
    `ví dụ" note.`,
  "text/review-note": (a) =>
    `A "# kiểm tra" note is left on this line: ${q(a.note)}. Check it against the original, then delete the note.`,
  "plan/cut-off": (a) =>
    `The file looks cut off: its last line (line ${a.line}, ${q(a.typed)}) stops ` +
    `mid-way${a.missing ? ` and ${a.missing} are missing` : ""}.`,
  "limits/diagnostics": (a) => `${a.more} more problem(s) not shown (only the first ${a.limit} per file).`,
  "io/not-a-file": () => "Not a regular file (a device or a pipe); name a .yaml file.",
  "io/not-spreadsheet": (a) =>
    a.ext === ".ods"
      ? "A LibreOffice .ods file: open it in LibreOffice Calc, Save As → Excel 2007-365 (.xlsx), and import that."
      : `${q(a.file)} is no spreadsheet plan reads: only .xlsx (Excel) and .csv. In Excel, Save As → Excel Workbook ` +
        `(*.xlsx) or CSV UTF-8.`,
  "io/xls-binary": () =>
    "This is an old Excel file (.xls, Excel 97-2003); only .xlsx can be read. Open it in Excel, Save As → Excel " +
    "Workbook (*.xlsx), and import that.",
  "io/xlsx-encrypted": () =>
    "The workbook is password-protected. Remove the password in Excel (File → Info → Protect Workbook → Encrypt " +
    "with Password), save, and import again.",
  "io/xlsx-too-large": (a) =>
    `The workbook's content inflates past ${a.limit} bytes: a damaged file, or no staff list.`,
  "io/xlsx-corrupt": () =>
    "The .xlsx file is damaged or no Excel workbook (its content cannot be read). Open it in Excel or LibreOffice " +
    "and save it as a new file.",
  "io/sheet-missing": (a) => `The workbook has no sheet ${q(a.sheet)}. Its sheets: ${a.sheets}. Name one with --sheet.`,
  "io/no-header": (a) =>
    `No heading row of a staff list in the first ${a.rows} rows${a.sheet ? ` of sheet ${q(a.sheet)}` : ""}: at ` +
    `least a "Họ và tên" (or "Họ tên") column is needed. Check the sheet (--sheet) and the column headings.`,
  "io/csv-encoding": (a) =>
    `The CSV file is not UTF-8 and reads in no older encoding (perhaps ${a.guess}). In Excel, Save As → CSV UTF-8 ` +
    `(Comma delimited), or save as .xlsx, and import again.`,
  "io/csv-malformed": (a) =>
    `Row ${a.row} of the CSV has a cell opened with a double quote that does not close where the cell ends. ` +
    "Mend that cell, or open the file in Excel, save it again as CSV UTF-8 or .xlsx, and import again.",
  "limits/aliases": (a) => `Too many YAML aliases; the limit is ${a.limit}.`,
  "limits/depth": (a) => `Nesting too deep (limit ${a.limit}).`,
  "editor/schema-link": (a) =>
    `The first line links to a schema file that does not exist (${q(a.link)}): VS Code loses its hints. Run "plan ` +
    `fix" to rewrite it as ${q(a.write)}.`,
  "plan/empty": () => "The file is empty. Use `plan init` to start a plan.",
  "plan/not-a-mapping": (a) => `A plan must be a mapping of fields, but this is a ${a.actual}.`,
  "schema/required": (a) => `Missing field ${q(a.property)} in ${a.fieldPath ?? a.field}.`,
  "schema/unknown-property": (a) =>
    a.vietnamese
      ? `${q(a.property)} is the Vietnamese name of ${q(a.suggestion)}: write ${a.suggestion}: instead.`
      : `Unknown field ${q(a.property)} in ${a.fieldPath ?? a.field}.${hint(a)}`,
  "schema/type": (a) =>
    `${a.fieldPath ?? a.field} must be ${
      a.alternatives
        ? `one of: ${a.alternatives}`
        : String(a.types)
            .split(",")
            .map((t) =>
              t === "integer" ? "an integer" : t === "object" ? "a mapping" : t === "array" ? "a list" : `a ${t}`,
            )
            .join(" or ")
    }, but is ${q(a.value)}.` + write(a),
  "schema/enum": (a) => `${a.fieldPath ?? a.field}: ${q(a.value)} is not allowed.${hint(a)} Allowed: ${a.allowed}.`,
  "schema/format": (a) =>
    `${a.fieldPath ?? a.field}: ${q(a.value)} is not a real date (write year-month-day, e.g. 2024-09-19).` + write(a),
  "schema/pattern": (a) => `${a.fieldPath ?? a.field}: ${q(a.value)} has the wrong form (${a.expected}).` + write(a),
  "schema/minimum": (a) => `${a.fieldPath ?? a.field} must be at least ${a.limit}, but is ${a.value}.`,
  "schema/maximum": (a) => `${a.fieldPath ?? a.field} must be at most ${a.limit}, but is ${a.value}.`,
  "schema/min-length": (a) => `${a.fieldPath ?? a.field} must not be empty.`,
  "schema/max-length": (a) => `${a.fieldPath ?? a.field} is too long (${a.length} characters; at most ${a.limit}).`,
  "schema/min-items": (a) => `${a.fieldPath ?? a.field} needs at least ${a.limit} item(s).`,
  "schema/max-items": (a) => `${a.fieldPath ?? a.field} has too many items (at most ${a.limit}).`,
  "schema/const": (a) => `${a.fieldPath ?? a.field} must be ${q(a.expected)}.`,
  "schema/any-of": (a) => `${a.fieldPath ?? a.field}: ${q(a.value)} is not valid. ${a.expected}` + write(a),
  "schema/invalid": (a) => `${a.fieldPath ?? a.field}: invalid value (${a.detail}).`,
  "structure/section-heading": () => "A section needs a title or a numbered text.",
  "structure/section-depth": (a) => `Sections nest deeper than ${a.limit} levels.`,
  "structure/target-name": () => "Each target needs exactly one of: a known title id (title) or a free name (name).",
  "structure/phase-ref": (a) => `There is no phase ${a.phase}: the plan has ${a.count} phase(s).`,
  "structure/insert-empty": (a) => `Block ${q(a.insert)} is inserted but ${a.field} is empty.`,
  "format/version": (a) => `The file says formatVersion: 1 but uses ${a.field} from format 2: write formatVersion: 2.`,
  "structure/unknown-group": (a) => `No target group with id ${q(a.id)} in targets.groups (ids: ${a.known}).${hint(a)}`,
  "structure/typed-numbering": (a) =>
    `Title ${q(a.value)} holds a typed number ${q(a.number)}; the tool numbers sections, so it would print ` +
    `${q(a.printed)}. Write: ${a.write}`,
  "structure/insert-missing": (a) =>
    `${a.field} is never inserted into the text; add "- insert: ${a.insert}" to a section.`,
  "targets/subcount-exceeds": (a) =>
    `${a.title}: the parts (${a.list}) add up to ${a.parts}, more than the target ${a.count}.`,
  "targets/unit-without-total": (a) =>
    `The total's unit "${a.unit}" is given but no "${a.total}:": the heading prints no "(tổng số …)". Add ` +
    `${a.total}, or drop the unit.`,
  "targets/percent-without-total": (a) =>
    `${a.title}: ${a.fraction ? "a count over its total (N/M)" : "a percentage"} needs a total; add "of:", the ` +
    `group's "total:" (or "otherTotals:" in that unit) or "staffTotal:", or write ` +
    `${a.fraction ? '"fraction: false"' : '"percent: false"'}.`,
  "targets/count-exceeds-total": (a) => `${a.title}: ${a.count} exceeds the total ${a.total}.`,
  "targets/cstdcs-exceeds-ldtt": (a) =>
    `CSTĐCS (${a.cstdcs}) exceeds LĐTT (${a.ldtt}): a CSTĐCS must first meet the LĐTT standard.`,
  "targets/ttldtt-threshold": (a) =>
    `${a.unit ? `${a.unit}: ` : ""}TTLĐTT needs at least 70% LĐTT members; the plan has ${a.ldtt}/${a.total} = ` +
    `${a.percent} (needs ${a.needed}).`,
  "targets/ttldxs-threshold": (a) =>
    `${a.unit ? `${a.unit}: ` : ""}TTLĐXS needs at least 70% LĐTT (needs ${a.needed}, has ${a.ldtt}) and at least ` +
    `one CSTĐCS (has ${a.cstdcs}).`,
  "targets/collective-unchecked": (a) =>
    a.missing === "members"
      ? `"${a.label}": the title of ${a.unit} is not checked (≥ 70% of its members LĐTT): the school's numbers say ` +
        `nothing of ${a.unit}. Give its "members:" and "ldtt:" to check it.`
      : `"${a.label}": members given but no "ldtt:" (members LĐTT), so the 70% condition cannot be checked.`,
  "targets/collective-count-exceeds": (a) => `${a.unit}: ${a.count} ${a.what} is more than its ${a.members} members.`,
  "targets/local-cstdcs-cap": (a) =>
    `Local rule (${a.source}): CSTĐCS at most ${a.cap}% of LĐTT (${a.max}); the plan has ${a.cstdcs}.`,
  "targets/local-non-leader": (a) =>
    `${a.title}: non-leaders are ${a.percent}, below the local minimum of ${a.min}% (${a.source}).`,
  "prose/percent-mismatch": (a) => `Wrong percentage: ${a.ratio} = ${a.correct}, not ${a.written}.`,
  "prose/percent-over-100": (a) => `Percentage ${a.written} is over 100%.`,
  "prose/anniversary-mismatch": (a) =>
    `Wrong anniversary: ${a.occasion} (${a.from} - ${a.to}) is ${a.correct} years, not ${a.written}.`,
  "prose/anniversary-catalogue": (a) =>
    `Wrong anniversary: ${a.occasion} in ${a.year} is the ${a.correct}th (since ${a.base}), not ${a.written}.`,
  "prose/anniversary-dates": (a) => `The two anniversary dates differ in day or month: ${a.from} and ${a.to}.`,
  "prose/school-year": (a) =>
    `The subject says school year ${q(a.written)} but the plan is for ${a.schoolYear} (schoolYear).`,
  "calendar/order": (a) => `${a.later} (${a.laterDate}) must come after ${a.earlier} (${a.earlierDate}).`,
  "calendar/school-year": (a) => `${a.field} (${a.date}) is not in school year ${a.schoolYear}.`,
  "phases/reversed": (a) => `${a.phase}: start ${a.from} is after end ${a.to}.`,
  "phases/outside-year": (a) =>
    `${a.phase} (${a.from} - ${a.to}) lies outside the school year (${a.yearStart} - ${a.yearEnd}).`,
  "phases/overlap": (a) =>
    `${a.phase} (${a.from} - ${a.to}) overlaps ${a.other} (${a.otherFrom} - ${a.otherTo}) from ${a.overlapFrom} ` +
    `to ${a.overlapTo}.`,
  "phases/week-outside-year": (a) =>
    `Week ${a.week} is not in the school year, which has ${a.weeks} weeks (last week: ${a.lastWeek}).`,
  "phases/wording-date": (a) =>
    `${a.phase}: the wording says ${q(a.written)} but the phase ${a.role === "from" ? "starts" : "ends"} on ` +
    `${a.bound}. Fix the wording or write {${a.role}}.`,
  "phases/wording-week": (a) =>
    `${a.phase}: the wording says week ${a.written} but the phase ` +
    `${a.role === "from" ? "starts in" : "ends with"} week ${a.week}.`,
  "phases/unknown-placeholder": (a) => `Unknown placeholder ${q(a.written)}: use ${a.known}.`,
  "phases/gap": (a) => `${a.from} to ${a.to} (${a.days} days) belongs to no phase.`,
  "timeline/order": (a) => `Month ${a.month} comes after month ${a.previous}: months must follow the school year.`,
  "timeline/duplicate-month": (a) => `Month ${a.month} appears twice in the timeline.`,
  "timeline/outside-year": (a) =>
    `Month ${a.month}/${a.year} lies outside the school year (${a.yearStart} - ${a.yearEnd}).`,
  "timeline/month-label": (a) => {
    const settings = [a.year ? "monthWithYear: true" : "", a.zero ? `monthLeadingZero: ${a.zero}` : ""]
      .filter(Boolean)
      .join(", ");
    return (
      `The row "${a.label}" is a month written as a label: its work is not checked as that month's (order, phases, ` +
      `calendar). Write "month: ${a.month}" instead of the ` +
      `label${settings ? `, and in layout: ${settings}, to print "${a.label}"` : ""}.`
    );
  },
  "timeline/phase-mismatch": (a) =>
    `Activity tied to ${a.phase} (${a.from} - ${a.to}) is placed in ${a.month}/${a.year}.`,
  "dates/plan-date-outside-year": (a) =>
    `Plan date ${a.date} is not in school year ${a.schoolYear} (${a.yearStart} - ${a.yearEnd}) or just before it.`,
  "legal/after-plan": (a) => `Legal basis ${a.basis} dated ${a.date} is after the plan (${a.planDate}).`,
  "legal/number-year": (a) => `Number ${q(a.number)} carries the year ${a.numberYear} but the date is ${a.date}.`,
  "legal/replaced-likely": (a) =>
    `${a.basis} was probably replaced by ${a.replacement} from ${a.since} (source not read in full); a plan dated ` +
    `${a.planDate} should check and cite the new one.`,
  "legal/repealed": (a) =>
    `${a.basis} was replaced by ${a.replacement} from ${a.since}; a plan ` +
    `${a.signed ? "dated" : "for the school year starting"} ${a.planDate} should cite the new one.`,
  "legal/missing-date": (a) => `Legal basis ${a.basis} has no date.`,
  "document/number-format": (a) => `Document number ${q(a.value)}: digits, optionally one letter (e.g. 50 or 50a).`,
  "document/type-code": (a) =>
    `Code ${q(a.code)} must start with ${q(a.expected)} (the abbreviation of "${a.type}", ND30 annex III).`,
  "document/date-placeholder": () => "The plan date is empty: fill it in when the plan is signed.",
  "document/recipients-archive": (a) => `The last recipient must be "Lưu: VT, …" (ND30), but is ${q(a.value)}.`,
  ...RESULTS_EN,
};
