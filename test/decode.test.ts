import { describe, expect, it } from "vitest";
import { decode } from "../src/core/load/decode.js";
import { checkBytes } from "../src/core/index.js";
import { exampleText } from "./helpers.js";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("decode", () => {
  it("strips a UTF-8 BOM", () => {
    const d = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("a: 1\n")]));
    expect(d.text).toBe("a: 1\n");
    expect(d.hadBom).toBe(true);
  });
  it("turns CRLF and CR into LF, keeping line numbers", () => {
    expect(decode(utf8("a: 1\r\nb: 2\rc: 3\r\n")).text).toBe("a: 1\nb: 2\nc: 3\n");
  });
  it("composes NFD Vietnamese to NFC", () => {
    const nfd = "Trường Mầm non".normalize("NFD");
    const d = decode(utf8(`x: ${nfd}\n`));
    expect(d.text).toBe("x: Trường Mầm non\n");
    expect(d.normalized).toBe(true);
  });
  it("names UTF-16 with or without a BOM", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00]);
    expect(decode(le).problem?.code).toBe("encoding/utf16");
    const noBom = new Uint8Array([...Array(40)].flatMap((_, i) => [0x61 + (i % 3), 0x00]));
    expect(decode(noBom).problem?.code).toBe("encoding/utf16");
  });
  it("names Windows-1258 and TCVN3 bytes and where the first bad byte is", () => {
    // "Trường" in Windows-1258: T r ư (0xFD) ơ (0xF5) ̀ (0xCC) n g
    const cp1258 = new Uint8Array([...utf8("a: ok\nb: Tr"), 0xfd, 0xf5, 0xcc, ...utf8("ng\n")]);
    const p = decode(cp1258).problem!;
    expect(p.code).toBe("encoding/not-utf8");
    expect(p.args).toMatchObject({ line: 2, column: 6, guess: "Windows-1258" });
    // "Trường" in TCVN3: T r ­ (0xAD) ê (0xEA)... letters in 0xA1-0xFE, no combining bytes
    const tcvn3 = new Uint8Array([...utf8("b: Tr"), 0xad, 0xea, 0xed, ...utf8("ng\n")]);
    expect(decode(tcvn3).problem?.args.guess).toMatch(/TCVN3/);
  });
  it("calls a file with NUL bytes binary", () => {
    expect(decode(new Uint8Array([0x61, 0x00, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69])).problem?.code).toBe(
      "encoding/binary",
    );
  });
});

describe("positions in a decomposed (NFD) file", () => {
  it("are columns of the file as written, not of the normalised text", () => {
    const line = "  place: Nam Thanh";
    const nfd = exampleText().replace(`${line}`, `${line}\n  plase: Thường Xuân`).normalize("NFD");
    const d = checkBytes(utf8(nfd)).diagnostics.find((x) => x.code === "schema/unknown-property")!;
    const fileLine = nfd.split("\n")[d.range.start.line - 1]!;
    expect(fileLine.slice(d.range.start.column - 1).startsWith("plase")).toBe(true);
    // "Thường Xuân" is 11 letters but 15 code units decomposed: the value's end must land after it.
    const typed = exampleText().replace("  staffTotal: 31", "  staffTotal: Thường Xuân").normalize("NFD");
    const value = checkBytes(utf8(typed)).diagnostics.find((x) => x.code === "schema/type")!;
    const valueLine = typed.split("\n")[value.range.start.line - 1]!;
    expect(valueLine.slice(value.range.start.column - 1, value.range.end.column - 1)).toBe(
      "Thường Xuân".normalize("NFD"),
    );
  });
});

describe("the example survives the ways editors save it", () => {
  const text = exampleText();
  it("with a BOM and CRLF it is still valid, positions unchanged", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text.replace(/\n/g, "\r\n"))]);
    expect(checkBytes(bytes).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
  it("decomposed (NFD) it is valid and says it was normalised", () => {
    const result = checkBytes(utf8(text.normalize("NFD")));
    expect(result.diagnostics.map((d) => d.code)).toEqual(["encoding/normalized", "phases/gap"]);
    expect(result.plan?.document.issuingBody).toBe("Trường Mầm non Nam Thanh");
  });
});
