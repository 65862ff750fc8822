// What the characters a clerk pastes are: a Greek "Κ" or a Cyrillic "а" that looks like a Latin letter,
// the eth "ð" Word's fonts give for "đ", marks that are not seen (RLM, LRM, zero-width spaces), dashes and
// spaces that look like "-" and " ", and Vietnamese typed in the legacy TCVN3 (ABC) and VNI-Windows
// encodings then pasted into a UTF-8 file. Each is named in the clerk's words, with what to write.
//
// The legacy encodings are converted by table. TCVN3: bytes 0xA1–0xFE of TCVN 5712:1993 (VN3), as glibc's
// iconv TCVN5712-1 reads them, lower-case letters only (VN3 has no toned capitals); a paste from Word
// brings each byte as the Windows-1252 character of that byte. VNI-Windows: a letter followed by its
// marks (a + "ø" = à, a + "à" = ầ), from the VNI table. The npm package vietnamese-conversion converts
// whole strings both ways, but it cannot tell a pasted run from the real Vietnamese around it (the same
// "ê" is ê in Unicode and ờ in TCVN3), which is the whole problem here; a table and a syllable check are
// less code than that dependency and decide word by word.

/** Greek and Cyrillic letters drawn like Latin ones, and the Latin letter a clerk meant. */
export const LOOKALIKES: Readonly<Record<string, { latin: string; script: "Hy Lạp" | "Kirin" | "La-tinh khác" }>> =
  (() => {
    const out: Record<string, { latin: string; script: "Hy Lạp" | "Kirin" | "La-tinh khác" }> = {};
    const add = (pairs: string, script: "Hy Lạp" | "Kirin" | "La-tinh khác"): void => {
      for (let i = 0; i < pairs.length; i += 2) out[pairs[i]!] = { latin: pairs[i + 1]!, script };
    };
    add("ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοoνvαa", "Hy Lạp");
    add("аaеeоoрpсcуyхxіiјjѕsԁdһhԛqԝwАAВBЕEКKМMНHОOРPСCТTХXІIЈJЅS", "Kirin");
    add("ɡgıiℓl", "La-tinh khác");
    return out;
  })();

const SCRIPT_NAME = {
  "Hy Lạp": "chữ Hy Lạp",
  Kirin: "chữ Kirin (chữ Nga)",
  "La-tinh khác": "một ký tự trông giống chữ La-tinh",
} as const;

/** Characters not seen on screen that Word, PDFs and web pages leave in copied text. */
export const INVISIBLE: Readonly<Record<string, string>> = {
  "\u200b": "dấu cách độ rộng 0 (U+200B)",
  "\u200c": "ký tự nối độ rộng 0 (U+200C)",
  "\u200d": "ký tự nối độ rộng 0 (U+200D)",
  "\u200e": "dấu hướng chữ trái-sang-phải LRM (U+200E)",
  "\u200f": "dấu hướng chữ phải-sang-trái RLM (U+200F)",
  "\u202a": "dấu hướng chữ (U+202A)",
  "\u202b": "dấu hướng chữ (U+202B)",
  "\u202c": "dấu hướng chữ (U+202C)",
  "\u202d": "dấu hướng chữ (U+202D)",
  "\u202e": "dấu đảo chiều chữ (U+202E)",
  "\u2060": "ký tự nối từ (U+2060)",
  "\ufeff": "dấu BOM (U+FEFF)",
};

/**
 * Dashes and spaces that look like "-" and " " but are other characters: fine in a sentence, not in a date or a code.
 */
export const LOOKALIKE_MARKS: Readonly<Record<string, { name: string; write: string }>> = {
  "\u2010": { name: "dấu gạch nối của Word (U+2010)", write: "-" },
  "\u2011": { name: "dấu gạch nối không ngắt (U+2011)", write: "-" },
  "\u2012": { name: "dấu gạch số (U+2012)", write: "-" },
  "\u2013": { name: "dấu gạch dài “–” (U+2013, Word tự đổi từ “-”)", write: "-" },
  "\u2014": { name: "dấu gạch rất dài “—” (U+2014)", write: "-" },
  "\u2212": { name: "dấu trừ “−” (U+2212)", write: "-" },
  "\u00a0": { name: "dấu cách không ngắt (U+00A0)", write: " " },
  "\u2007": { name: "dấu cách số (U+2007)", write: " " },
  "\u202f": { name: "dấu cách hẹp không ngắt (U+202F)", write: " " },
  "\u2009": { name: "dấu cách mảnh (U+2009)", write: " " },
};

/** The Vietnamese alphabet's letters beyond ASCII, composed (NFC): what a real Vietnamese word may hold. */
const VIETNAMESE = new Set(
  [..."aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"]
    .flatMap((base) =>
      ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"].map((tone) => `${base}${tone}`.normalize("NFC")),
    )
    .concat(["đ", "Đ"]),
);

const TCVN3_LOWER = "ăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
// The Windows-1252 character of each TCVN3 byte, in the order of TCVN3_LOWER (and the capitals Ă Â Ê Ô Ơ Ư Đ at
// 0xA1–0xA7).
const TCVN3_BYTES = [
  0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6, 0xc7, 0xc8,
  0xc9, 0xca, 0xcb, 0xcc, 0xce, 0xcf, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xdc, 0xdd, 0xde, 0xdf,
  0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef, 0xf1, 0xf2, 0xf3, 0xf4,
  0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe,
];
const TCVN3 = new Map<string, string>(
  [...TCVN3_LOWER].map((letter, i) => [String.fromCharCode(TCVN3_BYTES[i]!), letter]),
);
for (const [byte, letter] of [
  [0xa1, "Ă"],
  [0xa2, "Â"],
  [0xa3, "Ê"],
  [0xa4, "Ô"],
  [0xa5, "Ơ"],
  [0xa6, "Ư"],
  [0xa7, "Đ"],
] as const)
  TCVN3.set(String.fromCharCode(byte), letter);

/** VNI-Windows: each Vietnamese letter as its base letter and mark characters. */
const VNI = new Map<string, string>();
{
  const TONES = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]; // sắc huyền hỏi ngã nặng
  const plain = ["ù", "ø", "û", "õ", "ï"];
  const hat = ["á", "à", "å", "ã", "ä"];
  const breve = ["é", "è", "ú", "ü", "ë"];
  const upper = (s: string): string => s.toUpperCase();
  for (const [letter, lower, upperCase] of [
    ["a", "a", "A"],
    ["e", "e", "E"],
    ["o", "o", "O"],
    ["u", "u", "U"],
    ["y", "y", "Y"],
  ] as const) {
    TONES.forEach((tone, t) => {
      VNI.set(`${lower}${plain[t]}`, `${letter}${tone}`.normalize("NFC"));
      VNI.set(`${upperCase}${upper(plain[t]!)}`, `${letter.toUpperCase()}${tone}`.normalize("NFC"));
    });
  }
  // ỵ has a character of its own.
  VNI.set("yï", "ỵ").set("YÏ", "Ỵ").set("î", "ỵ").set("Î", "Ỵ");
  for (const [letter, lower, upperCase] of [
    ["â", "aâ", "AÂ"],
    ["ê", "eâ", "EÂ"],
    ["ô", "oâ", "OÂ"],
  ] as const) {
    VNI.set(lower, letter).set(upperCase, letter.toUpperCase());
    TONES.forEach((tone, t) => {
      VNI.set(`${lower[0]}${hat[t]}`, `${letter}${tone}`.normalize("NFC"));
      VNI.set(`${upperCase[0]}${upper(hat[t]!)}`, `${letter.toUpperCase()}${tone}`.normalize("NFC"));
    });
  }
  VNI.set("aê", "ă").set("AÊ", "Ă");
  TONES.forEach((tone, t) => {
    VNI.set(`a${breve[t]}`, `ă${tone}`.normalize("NFC"));
    VNI.set(`A${upper(breve[t]!)}`, `Ă${tone}`.normalize("NFC"));
  });
  for (const [letter, mark] of [
    ["ơ", "ô"],
    ["ư", "ö"],
  ] as const) {
    VNI.set(mark, letter).set(upper(mark), letter.toUpperCase());
    TONES.forEach((tone, t) => {
      VNI.set(`${mark}${plain[t]}`, `${letter}${tone}`.normalize("NFC"));
      VNI.set(`${upper(mark)}${upper(plain[t]!)}`, `${letter.toUpperCase()}${tone}`.normalize("NFC"));
    });
  }
  // i and its tones are single characters.
  for (const [code, letter] of [
    ["í", "í"],
    ["ì", "ì"],
    ["æ", "ỉ"],
    ["ó", "ĩ"],
    ["ò", "ị"],
    ["Í", "Í"],
    ["Ì", "Ì"],
    ["Æ", "Ỉ"],
    ["Ó", "Ĩ"],
    ["Ò", "Ị"],
  ] as const)
    VNI.set(code, letter);
  VNI.set("ñ", "đ").set("Ñ", "Đ");
}

/** The characters of each legacy table that no Vietnamese word in Unicode holds: the sign of a paste. */
const foreign = (codes: Iterable<string>): Set<string> =>
  new Set([...codes].flatMap((c) => [...c]).filter((c) => c.charCodeAt(0) > 0x7f && !VIETNAMESE.has(c)));
const TCVN3_SIGNS = foreign(TCVN3.keys());
const VNI_SIGNS = foreign(VNI.keys());
/** A character class of the given characters, for one native scan of a text. */
const anyOf = (chars: Iterable<string>): RegExp =>
  new RegExp(`[${[...chars].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join("")}]`, "u");
/** Any sign of either table: a text with none cannot hold a paste (a run needs one sure word). */
const SIGN = anyOf([...TCVN3_SIGNS, ...VNI_SIGNS]);
const hasSign = (text: string): boolean => SIGN.test(text);

function convertTcvn3(word: string): string {
  return [...word].map((c) => TCVN3.get(c) ?? c).join("");
}

function convertVni(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; ) {
    const two = VNI.get(word.slice(i, i + 2));
    if (two) {
      out += two;
      i += 2;
      continue;
    }
    out += VNI.get(word[i]!) ?? word[i]!;
    i++;
  }
  return out;
}

const ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?";
const NUCLEI = (
  "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu iê iêu oa oă oe oi ôi ơi oo ôô ua uâ uê ui uô uơ uy ưa " +
  "ưi ưu ươ ươi ươu uya uyê uyu yê yêu oai oay oao oeo uây uôi uê uơ"
).split(" ");
const SYLLABLE = new RegExp(
  `^${ONSET}(?:${NUCLEI.sort((a, b) => b.length - a.length).join("|")})(?:ch|ng|nh|[cmnpt])?$`,
  "u",
);

/** Whether a word is one Vietnamese syllable as Unicode writes it (at most one tone mark). */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLocaleLowerCase("vi").normalize("NFD");
  const tones = nfd.match(/[\u0300\u0301\u0303\u0309\u0323]/gu)?.length ?? 0;
  if (tones > 1) return false;
  return SYLLABLE.test(nfd.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, "").normalize("NFC"));
}

/** A run of words typed in a legacy encoding, found in one line of text. */
export interface LegacyRun {
  encoding: "TCVN3" | "VNI";
  /** The first word as pasted, and the text with every such word converted. */
  typed: string;
  fixed: string;
  /** Offset of the first converted word in the text. */
  at: number;
}

const WORD = /[^\s.,;:!?()"“”'‘’/]+/gu;

/** Words of `text` that are legacy-encoded Vietnamese, converted: undefined when none is. */
export function legacyRun(text: string): LegacyRun | undefined {
  // Every plan's every sentence passes here: most hold no sign of a paste, and are done at once.
  if (!/[\u00a1-\u00ff]/u.test(text) || !hasSign(text)) return undefined;
  let best: (LegacyRun & { converted: number; signed: number }) | undefined;
  for (const encoding of ["TCVN3", "VNI"] as const) {
    const signs = encoding === "TCVN3" ? TCVN3_SIGNS : VNI_SIGNS;
    const convert = encoding === "TCVN3" ? convertTcvn3 : convertVni;
    // Each word that converts to Vietnamese, and whether it holds a character no Unicode word has.
    const words: { at: number; word: string; next: string; signed: boolean }[] = [];
    for (const m of text.matchAll(WORD)) {
      const word = m[0];
      // A TCVN3 paste holds only ASCII and Windows-1252 letters; a word with any other is Unicode.
      if (!/[\u00a1-\u00ff]/u.test(word) || (encoding === "TCVN3" && /[^\u0000-\u00ff]/u.test(word))) continue;
      const next = convert(word);
      if (next === word || !next.split("-").every((part) => isVietnameseSyllable(part) || /^[A-Za-z0-9]*$/u.test(part)))
        continue;
      words.push({ at: m.index!, word, next, signed: [...word].some((c) => signs.has(c)) });
    }
    const signed = words.filter((w) => w.signed);
    if (!signed.length) continue;
    // The paste runs from its first to its last sure word: a word between them that Unicode could also
    // read ("mõng", "tÝch") is part of it; one outside, that Unicode reads, is the clerk's own.
    const [from, to] = [signed[0]!.at, signed[signed.length - 1]!.at];
    const taken = words.filter((w) => w.signed || (w.at > from && w.at < to) || !isVietnameseSyllable(w.word));
    let fixed = "";
    let last = 0;
    for (const w of taken) {
      fixed += text.slice(last, w.at) + w.next;
      last = w.at + w.word.length;
    }
    fixed += text.slice(last);
    if (!best || taken.length > best.converted || (taken.length === best.converted && signed.length > best.signed))
      best = {
        encoding,
        typed: taken[0]!.word,
        fixed,
        at: taken[0]!.at,
        converted: taken.length,
        signed: signed.length,
      };
  }
  if (!best) return undefined;
  return { encoding: best.encoding, typed: best.typed, fixed: best.fixed, at: best.at };
}

/**
 * Every word of `text` that converts from `encoding` into Vietnamese, converted: for a text known to be typed
 * in that font as a whole, as a spreadsheet cell is (one font per cell), where legacyRun keeps a word Unicode
 * could also read ("XÕp" for "Xếp" reads as "Xõp").
 */
export function convertLegacy(text: string, encoding: LegacyRun["encoding"]): string {
  const convert = encoding === "TCVN3" ? convertTcvn3 : convertVni;
  return text.replace(WORD, (word) => {
    if (!/[\u00a1-\u00ff]/u.test(word) || (encoding === "TCVN3" && /[^\u0000-\u00ff]/u.test(word))) return word;
    const next = convert(word);
    return next.split("-").every((part) => isVietnameseSyllable(part) || /^[A-Za-z0-9]*$/u.test(part)) ? next : word;
  });
}

const ODD = anyOf([...Object.keys(INVISIBLE), ...Object.keys(LOOKALIKES), "ð", "Ð"]);
const ODD_OR_MARK = anyOf([
  ...Object.keys(INVISIBLE),
  ...Object.keys(LOOKALIKES),
  "ð",
  "Ð",
  ...Object.keys(LOOKALIKE_MARKS),
]);
const hasOdd = (text: string, marks: boolean): boolean => (marks ? ODD_OR_MARK : ODD).test(text);

/** One character that is not what it looks like, at an offset of a text, with what to write instead. */
export interface OddCharacter {
  at: number;
  char: string;
  /** How the message names it: "chữ “Κ” là chữ Hy Lạp", "dấu hướng chữ … RLM". */
  name: string;
  kind: "lookalike" | "invisible" | "mark";
  /** The text with every such character replaced (or removed). */
  fixed: string;
}

/**
 * The first character of `text` that is not what it looks like. `marks`: also dashes and spaces that look
 * like "-" and " " (in a date, a code, a school year; in a sentence they print as they look).
 */
export function oddCharacter(text: string, marks: boolean): OddCharacter | undefined {
  // Only these characters can be found below: a text without any is done in one scan.
  if (!hasOdd(text, marks)) return undefined;
  let found: Omit<OddCharacter, "fixed"> | undefined;
  const fixed = text.replace(/\S+|\s/gu, (word, at: number) => {
    let out = "";
    for (let i = 0; i < word.length; i++) {
      const c = word[i]!;
      const hidden = INVISIBLE[c];
      const mark = marks ? LOOKALIKE_MARKS[c] : undefined;
      const look = LOOKALIKES[c];
      // A Greek or Cyrillic letter is a slip beside Latin letters ("ΚΗ-TrMNNT", "plаce"), or in a word of look-alikes
      // only.
      const mixed = look && (/[A-Za-zÀ-ỹ]/u.test(word) || [...word].every((x) => LOOKALIKES[x] || !/\p{L}/u.test(x)));
      // "ð" for "đ": an eth beside Vietnamese letters.
      const eth =
        (c === "ð" || c === "Ð") && !/[\u00a1-\u00ff]/u.test(word.replace(/[ðÐ]/gu, ""))
          ? c === "ð"
            ? "đ"
            : "Đ"
          : undefined;
      if (hidden !== undefined) {
        found ??= { at: at + i, char: c, name: hidden, kind: "invisible" };
        continue;
      }
      if (mark) {
        found ??= { at: at + i, char: c, name: mark.name, kind: "mark" };
        out += mark.write;
        continue;
      }
      if (mixed) {
        found ??= {
          at: at + i,
          char: c,
          name: `“${c}”, ${SCRIPT_NAME[look.script]} trông giống “${look.latin}”`,
          kind: "lookalike",
        };
        out += look.latin;
        continue;
      }
      if (eth) {
        found ??= {
          at: at + i,
          char: c,
          name: `“${c}”, chữ eth (do phông chữ hoặc Word tự sửa) trông giống “${eth}” tiếng Việt`,
          kind: "lookalike",
        };
        out += eth;
        continue;
      }
      out += c;
    }
    return out;
  });
  return found ? { ...found, fixed } : undefined;
}

/**
 * A key as the clerk meant it: marks dropped, look-alike and full-width letters made Latin ("stảt" → "stat", "plаce" →
 * "place").
 */
export function foldKey(key: string): string {
  return [...key]
    .map((c) =>
      INVISIBLE[c] !== undefined
        ? ""
        : (LOOKALIKES[c]?.latin ??
          (c >= "\uff01" && c <= "\uff5e" ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c)),
    )
    .join("")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đð]/gu, "d")
    .replace(/[ĐÐ]/gu, "D");
}

/** The first character of a key that is not plain ASCII, and how to name it. */
export function oddKeyLetter(key: string): { char: string; name: string } | undefined {
  for (const c of key) {
    if (c.charCodeAt(0) < 0x80) continue;
    const look = LOOKALIKES[c];
    if (look) return { char: c, name: `chữ “${c}” là ${SCRIPT_NAME[look.script]}, trông giống “${look.latin}”` };
    if (c >= "\uff01" && c <= "\uff5e")
      return {
        char: c,
        name:
          `chữ “${c}” là chữ độ rộng toàn phần (bộ gõ tiếng Trung, Nhật), không phải ` +
          `“${String.fromCharCode(c.charCodeAt(0) - 0xfee0)}”`,
      };
    if (INVISIBLE[c]) return { char: c, name: INVISIBLE[c]! };
    return { char: c, name: `chữ “${c}” có dấu tiếng Việt (bộ gõ Telex hay VNI còn bật khi gõ tên mục)` };
  }
  return undefined;
}
