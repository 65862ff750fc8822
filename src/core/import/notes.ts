// What import tells the clerk, as data: a code, its arguments and the path in the plan it is about. The
// words are in src/messages/import-notes.ts (Vietnamese and English), keyed by these codes, as diagnostics
// are: the core never holds a sentence for the clerk, and a code without both messages does not compile.
import type { PathSegment } from "../diagnostic.js";

export const IMPORT_NOTE_CODES = [
  // The frame: header and foot.
  "title-line-missing",
  "date-blank",
  "issuer-not-bold",
  "issuer-missing",
  "code-missing",
  "place-missing",
  "foot-missing",
  "signer-name-missing",
  "signer-title-missing",
  "recipients-missing",
  // Căn cứ, intro, sections.
  "legal-basis-sentence",
  "legal-basis-undated",
  "legal-basis-none",
  "intro-missing",
  "content-before-heading",
  "table-as-text",
  // The school year and its calendar.
  "school-year-missing",
  "calendar-usual",
  "calendar-from-phases",
  "week-dates-differ",
  // Phases whose time the document does not give in full.
  "phase-time-guessed",
  // Numbers the document states that the tool computes otherwise.
  "percent-disagrees",
  "percent-precision",
  "percent-without-total",
] as const;

export type ImportNoteCode = (typeof IMPORT_NOTE_CODES)[number];
export type NoteArgs = Record<string, string | number>;

export interface Note {
  path: PathSegment[];
  code: ImportNoteCode;
  args?: NoteArgs;
}

/** Stated numbers that disagree with the computation: listed apart, and counted apart at the report's end. */
export const DISAGREEMENTS: ReadonlySet<ImportNoteCode> = new Set([
  "percent-disagrees",
  "percent-precision",
  "percent-without-total",
]);
