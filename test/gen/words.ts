// The share of a document's words its render keeps in order (test/helpers.ts wordsInOrder, the same
// number), by Myers' O((N+M)·D) difference: a render differs from its source in a few dozen words, so the
// full N·M table of a thousand-word plan (4 ms a case, a third of the property's time) is not needed.

/** Longest common subsequence length of a and b. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1]! < v[max + k + 1]!) ? v[max + k + 1]! : v[max + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      // d edits (insertions and deletions) turn a into b: the common part is what neither touched.
      if (x >= n && y >= m) return (n + m - d) / 2;
    }
  }
  return 0;
}

export function keptInOrder(source: readonly string[], other: readonly string[]): number {
  return source.length === 0 ? 1 : lcsLength(source, other) / source.length;
}
