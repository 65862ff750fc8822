/**
 * Whether a UTF-16 code unit is what JavaScript's \s matches. Scans that run over every value or every
 * sentence of every plan test characters by code, not with a one-character regex (which costs a call
 * and, on Node 20, an allocation). test/prose-scan.test.ts checks all 65 536 code units against \s.
 */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c >= 0xa0 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}
