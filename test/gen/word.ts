// A generated plan's document written as Word, the way clerks make it, each part in one of its real forms:
// the header as a borderless table, tab lines or stacked lines, bold or not; numbering typed ("I.", "I/.",
// "1/.", "1)", "2.1/") or Word's own lists; bullets typed ("-", "–", "•", "+") or Word's; NBSP and double
// spaces in prose; a paragraph broken by a page or a manual line break; the month table broken across
// two tables, a row's last activity cut mid-sentence; the foot as a table or tab lines.
import { DocBuilder } from "../docx-builder.js";
import { chance, pick, type Rand } from "./pools.js";
import type { DocModel } from "./plan.js";

const ROMAN = ["I", "II", "III", "IV", "V", "VI"];

/** Spaces a clerk's keyboard leaves: a non-breaking one here and there, a doubled one. */
function roughen(rand: Rand, text: string): string {
  return text.replace(/ /gu, () => (chance(rand, 0.03) ? "\u00a0" : chance(rand, 0.02) ? "  " : " "));
}

/** A place to break a paragraph: after a word not ending a sentence, before a word in lower case. */
function breakPoint(text: string): number | undefined {
  const spaces = [...text.matchAll(/ (?=\p{Ll})/gu)]
    .map((m) => m.index!)
    .filter((i) => !/[.:;!?…)”"]$/u.test(text.slice(0, i)) && i > 20 && i < text.length - 10);
  return spaces[Math.floor(spaces.length / 2)];
}

export function writeWord(rand: Rand, doc: DocModel): DocBuilder {
  const b = new DocBuilder();
  const boldNames = chance(rand, 0.8);
  const national = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];
  const header = boldNames
    ? pick(rand, ["table", "table", "tabs", "stacked"] as const)
    : pick(rand, ["tabs", "stacked"] as const);
  if (header === "table")
    b.table(
      [
        [[doc.parent, ...doc.issuer], national],
        [[doc.numberLine], [doc.placeDate]],
      ],
      { widths: [3800, 5200], bold: (r, c, k) => (r === 0 && c === 0 ? k > 0 && boldNames : r === 0 && c === 1) },
    );
  else if (header === "tabs") {
    // Two columns laid out with tabs, read as the table form is: the names beside the motto, then the number beside the
    // date.
    const issuer = doc.issuer.join(" ");
    b.para(`${doc.parent}\t${national[0]}`, { align: "left", quiet: true })
      .para(`${issuer}\t${national[1]}`, { bold: boldNames, align: "left", quiet: true })
      .para(`${doc.numberLine}\t${doc.placeDate}`, { align: "left", quiet: true });
    b.record(doc.parent, issuer, ...national, doc.numberLine, doc.placeDate);
  } else {
    // One line under another, in the order the two columns are read: the names, the motto, the number, the date.
    b.para(doc.parent, { align: "center" });
    for (const line of doc.issuer) b.para(line, { bold: boldNames, align: "center" });
    b.para(national[0]!, { bold: true, align: "center" })
      .para(national[1]!, { bold: true, align: "center" })
      .para(doc.numberLine, { align: "center" })
      .para(doc.placeDate, { align: "right" });
  }

  b.para(doc.title[0]!, { bold: true, align: "center" });
  const subject = doc.title[1]!;
  const cut = chance(rand, 0.4) ? subject.lastIndexOf(" năm học") : -1;
  if (cut > 0)
    b.para(subject.slice(0, cut), { bold: true, align: "center" }).para(subject.slice(cut + 1), {
      bold: true,
      align: "center",
    });
  else b.para(subject, { bold: true, align: "center" });
  const italic = chance(rand, 0.4);
  for (const basis of doc.bases) b.para(basis, { italics: italic });
  b.para(roughen(rand, doc.intro));

  // Numbering: typed in one of its styles, or Word's own lists; bullets alike.
  const lists = chance(rand, 0.35);
  const romanStyle = pick(rand, [". ", "/. ", ". "]);
  const decimalStyle = pick(rand, [". ", "/. ", ") ", ". "]);
  const dottedStyle = pick(rand, [". ", "/ ", ". ", " "]);
  const dash = pick(rand, ["- ", "- ", "– ", "• "]);
  const counters = [0, 0, 0];
  const lastPara = doc.closing ? -1 : doc.body.map((l) => l.kind).lastIndexOf("para");
  doc.body.forEach((line, index) => {
    if (line.kind === "heading") {
      counters[line.level - 1]!++;
      for (let k = line.level; k < 3; k++) counters[k] = 0;
      const number =
        line.level === 1
          ? `${ROMAN[counters[0]! - 1]}${romanStyle}`
          : line.level === 2
            ? `${counters[1]}${decimalStyle}`
            : `${counters[1]}.${counters[2]}${dottedStyle}`;
      if (lists)
        b.para(line.text, { bold: line.bold, list: { reference: "plan", level: line.level - 1 } }, number.trim());
      else b.para(`${number}${line.text}`, { bold: line.bold });
    } else if (line.kind === "bullet") {
      const text = roughen(rand, line.text);
      if (lists) b.para(text, { list: { reference: "dash", level: line.level - 1 } }, line.level === 1 ? "-" : "+");
      else b.para(`${line.level === 1 ? dash : "+ "}${text}`);
    } else if (line.kind === "para") {
      const text = `${line.text}${index === lastPara ? "/." : ""}`.replace(/\.\/\.$/u, "./.");
      const at = chance(rand, 0.25) ? breakPoint(text) : undefined;
      if (at === undefined) b.para(roughen(rand, text));
      else if (chance(rand, 0.5)) b.para(`${text.slice(0, at)}\n${text.slice(at + 1)}`);
      else b.para(text.slice(0, at)).para(text.slice(at + 1), { breakBefore: true });
    } else {
      const marked = chance(rand, 0.8);
      const mark = marked ? pick(rand, ["- ", "- ", "+ "]) : "";
      const rows = line.rows.map((r): string[][] => [[r.label], r.items.map((i) => `${mark}${i}`)]);
      const head = [["Thời gian"], ["Nội dung"]];
      const broken = rows.length > 3 && chance(rand, 0.35);
      if (!broken) b.table([head, ...rows], { borders: true, widths: [1800, 7200] });
      else {
        const k = Math.floor(rows.length / 2);
        const first = rows.slice(0, k).map((r) => r.map((c) => [...c]));
        const second = rows.slice(k);
        // The page cuts the row's last activity mid-sentence: its rest comes first on the next page, unmarked.
        const lastItems = first[first.length - 1]![1]!;
        const last = lastItems[lastItems.length - 1]!;
        const at = marked && chance(rand, 0.5) ? breakPoint(last) : undefined;
        const rest: string[][][] = [];
        if (at !== undefined) {
          lastItems[lastItems.length - 1] = last.slice(0, at);
          rest.push([[""], [last.slice(at + 1)]]);
        }
        b.table([head, ...first], { borders: true, widths: [1800, 7200] });
        b.table([head, ...rest, ...second], { borders: true, widths: [1800, 7200] });
      }
    }
  });
  if (doc.closing) b.para(doc.closing);

  // A long "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" wraps onto a second line, as the cell's width makes it.
  const signer = [...doc.signer];
  const wrap = /^(TM|KT)\. (\S+ \S+) (.{8,})$/u.exec(signer[0] ?? "");
  if (wrap && signer.length > 1 && chance(rand, 0.4)) signer.splice(0, 1, `${wrap[1]}. ${wrap[2]}`, wrap[3]!);
  if (chance(rand, 0.6)) {
    const right = [...signer, "", "", doc.name];
    b.table([[["Nơi nhận:", ...doc.recipients], right]], {
      widths: [4000, 5000],
      bold: (_r, c, k) => (c === 1 ? k < signer.length || k === right.length - 1 : k === 0),
    });
  } else {
    const rows = ["Nơi nhận:", ...doc.recipients];
    const right = [...signer];
    rows.forEach((r, i) => b.para(right[i] !== undefined ? `${r}\t${right[i]}` : r, { align: "left", quiet: true }));
    for (const extra of right.slice(rows.length)) b.para(`\t${extra}`, { align: "left", quiet: true });
    b.para("", { quiet: true }).para(`\t\t${doc.name}`, { bold: true, align: "left", quiet: true });
    b.record(...rows, ...right, doc.name);
  }
  return b;
}
