// What a plan holds when nothing says otherwise, shared by the starter plan (new/starter.ts) and by
// import (import/interpret.ts) for a document that names no date: neither depends on the other.

/** The national frame's usual points (tựu trường late August, HK I ends mid-January, the year ends before 31/5). */
export function defaultCalendar(startYear: number): {
  start: string;
  semester1End: string;
  semester2Start: string;
  end: string;
} {
  const n = startYear + 1;
  return { start: `${startYear}-08-29`, semester1End: `${n}-01-15`, semester2Start: `${n}-01-16`, end: `${n}-05-24` };
}
