// The validator's string length for minLength/maxLength (scripts/validator-source.mjs puts it in place of
// ajv's own): code points, as ajv counts them. ajv's walks every character in JavaScript — 65 of the
// 81 µs a 35 KB plan took to validate on Node 20; a string with no high surrogate (nearly every string a
// plan has) is measured here by one native scan. test/validator.test.ts holds it to ajv's answer.
"use strict";
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

module.exports = function ucs2length(str) {
  if (!HIGH_SURROGATE.test(str)) return str.length;
  const len = str.length;
  let length = 0;
  let pos = 0;
  while (pos < len) {
    length++;
    const value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
};
