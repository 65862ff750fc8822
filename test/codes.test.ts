// The core owns the diagnostic codes (src/core/codes.ts); each message table says every one of them.
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES } from "../src/core/codes.js";
import { en } from "../src/messages/en.js";
import { vi } from "../src/messages/vi.js";

describe("the diagnostic codes", () => {
  it("are listed once each", () => {
    expect(new Set(DIAGNOSTIC_CODES).size).toBe(DIAGNOSTIC_CODES.length);
  });
  for (const [lang, table] of [
    ["vi", vi],
    ["en", en],
  ] as const) {
    it(`each have a ${lang} message, and ${lang} has a message for no other code`, () => {
      expect(DIAGNOSTIC_CODES.filter((code) => typeof table[code] !== "function")).toEqual([]);
      expect(Object.keys(table).filter((code) => !(DIAGNOSTIC_CODES as readonly string[]).includes(code))).toEqual([]);
      // Each message says something for arguments it does not expect, too.
      for (const code of DIAGNOSTIC_CODES) expect(table[code]({}).trim(), code).not.toBe("");
    });
  }
});
