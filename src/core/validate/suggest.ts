import { distance } from "fastest-levenshtein";

const fold = (s: string): string =>
  s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();

/** The closest candidate a typo could have meant, or undefined when nothing is close enough. */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  const folded = fold(value);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(folded, fold(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor(folded.length / 3));
  return bestDistance <= allowed ? best : undefined;
}
