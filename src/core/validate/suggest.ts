import { distance } from "fastest-levenshtein";

const fold = (s: string): string =>
  s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();

// Candidates are the schema's own keys and values, a few hundred in all: folded once, not once per typo
// (a file of 200 000 unknown keys asked for the same ten foldings 200 000 times).
const foldedCandidates = new Map<string, string>();
const foldCandidate = (s: string): string => {
  let folded = foldedCandidates.get(s);
  if (folded === undefined) foldedCandidates.set(s, (folded = fold(s)));
  return folded;
};

/** The closest candidate a typo could have meant, or undefined when nothing is close enough. */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  const folded = fold(value);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(folded, foldCandidate(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor(folded.length / 3));
  return bestDistance <= allowed ? best : undefined;
}
