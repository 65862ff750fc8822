// A plan in the format from a seed, with the document a clerk would type for it (gen/word.ts writes that
// document as Word): levels mầm non to THPT and an education office, phases in days, months, weeks or
// semesters, staff and collective targets, groups, the month table, căn cứ in their typed forms, KT./TM.
// signers, a closing or none. The plan is the one import must give back from the document.
import type { CalendarPoint, LegalBasis, LegalBasisFields, Plan, Section, Signer } from "../../src/core/plan.js";
import { legalBasisSentence } from "../../src/core/text/legal-basis.js";
import { formatDateLong } from "../../src/core/text/vn-format.js";
import { generatePhases } from "./phases.js";
import {
  ACTIVITIES,
  between,
  chance,
  DISTRICTS,
  LEGAL_BASES,
  LEVELS,
  PEOPLE,
  pick,
  PLACES,
  PURPOSES,
  REWARDS,
  some,
  TASKS,
  type Rand,
} from "./pools.js";
import { generateTargets } from "./targets.js";

export type DocLine =
  | { kind: "heading"; level: 1 | 2 | 3; text: string; bold: boolean }
  | { kind: "para"; text: string; bold?: boolean }
  | { kind: "bullet"; level: 1 | 2; text: string }
  | { kind: "timeline"; rows: { label: string; items: string[] }[] };

export interface DocModel {
  parent: string;
  /** The issuing body in capitals, on one line or two. */
  issuer: string[];
  numberLine: string;
  placeDate: string;
  title: string[];
  /** Paragraphs of căn cứ, as typed (stray spaces, a comma before "ngày", long dates). */
  bases: string[];
  intro: string;
  body: DocLine[];
  /** The closing as typed ("…./." or "….") or none: then the last paragraph ends with "./.". */
  closing?: string;
  recipients: string[];
  signer: string[];
  name: string;
}

export interface Generated {
  plan: Plan;
  doc: DocModel;
  /** Calendar points the document prints a day for: the only calendar import can give back. */
  stated: Set<CalendarPoint>;
  /** Stated rates written wrong on purpose. */
  wrong: number;
}

/** A căn cứ's sentence as clerks type it: a stray space or dash in the number, a comma before "ngày", a long date. */
function typedBasis(rand: Rand, basis: LegalBasis): string {
  let s = legalBasisSentence(basis);
  if (typeof basis === "string") return s;
  const f = basis as LegalBasisFields;
  if (f.number && chance(rand, 0.3))
    s = s.replace(
      f.number,
      f.number.replace(/-/u, chance(rand, 0.5) ? "- " : "–").replace(/\/(\d{4})/u, chance(rand, 0.3) ? "/ $1" : "/$1"),
    );
  if (f.number && f.kind !== "Luật" && chance(rand, 0.3)) s = s.replace(/(số \S+(?: \S+)?) ngày/u, "$1, ngày");
  if (f.date && chance(rand, 0.1)) {
    const [y, m, d] = f.date.split("-").map(Number) as [number, number, number];
    s = s.replace(/ngày \d{2}\/\d{1,2}\/\d{4}/u, `ngày ${d} tháng ${m} năm ${y}`);
  }
  return s;
}

export function generatePlan(rand: Rand): Generated {
  const y = between(rand, 2024, 2027);
  const sy = `${y}-${y + 1}`;
  const syText = pick(rand, [`${y} - ${y + 1}`, `${y}-${y + 1}`, `${y} – ${y + 1}`]);
  const levelKey = pick(rand, ["mam-non", "tieu-hoc", "thcs", "thpt", "khac"] as const);
  const office = levelKey === "khac";
  const place = pick(rand, PLACES);
  const district = pick(rand, DISTRICTS);
  let issuingBody: string;
  let issuer: string[];
  let parent: string;
  if (office) {
    const short = chance(rand, 0.5);
    issuingBody = short ? "Phòng GD&ĐT" : "Phòng Giáo dục và Đào tạo";
    issuer = ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"];
    parent = `UBND ${district}`.toLocaleUpperCase("vi");
  } else {
    const l = LEVELS[levelKey];
    issuingBody = `${l.body} ${place}`;
    const caps = chance(rand, 0.5) ? l.long : l.short;
    issuer = chance(rand, 0.4) ? [caps, place.toLocaleUpperCase("vi")] : [`${caps} ${place.toLocaleUpperCase("vi")}`];
    parent =
      levelKey === "thpt"
        ? "SỞ GD&ĐT ĐIỆN BIÊN"
        : pick(rand, [`PHÒNG GD&ĐT ${district}`, `UBND ${district}`]).toLocaleUpperCase("vi");
  }
  const initials = office
    ? "PGDĐT"
    : LEVELS[levelKey].code +
      place
        .split(" ")
        .map((w) => w[0]!.toLocaleUpperCase("vi"))
        .join("");
  const number = pick(rand, ["45", "07", "102", "12", "230", "50a", ""]);
  const code = `KH-${initials}`;
  const day = between(rand, 5, 28);
  const month = pick(rand, [9, 10]);
  const date = chance(rand, 0.1) ? "" : `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const placeName = office ? district.replace(/^(huyện|thành phố|thị xã) /u, "") : place;
  const placeDate = date
    ? `${placeName}, ${formatDateLong(new Date(y, month - 1, day))}`
    : `${placeName}, ngày      tháng ${month} năm ${y}`;
  const subject = pick(rand, [
    `Thực hiện công tác thi đua, khen thưởng năm học ${syText}`,
    `Tổ chức phong trào thi đua năm học ${syText}`,
    `Thi đua, khen thưởng năm học ${syText}`,
  ]);

  // Căn cứ: a few of the pool's, none later than the plan, the law first.
  const fill = (b: LegalBasis): LegalBasis =>
    typeof b === "string"
      ? b
          .replace("{year}", syText)
          .replace("{previous}", `${y - 1} - ${y}`)
          .replace("{school}", issuingBody)
      : b;
  const pool = LEGAL_BASES.filter(
    (b) => b.year <= y && (typeof b.basis === "string" || !b.basis.date || b.basis.date < `${y}-09-01`),
  );
  const legalBases = [
    ...new Map(some(rand, pool, 2, 5).map((b) => [legalBasisSentence(b.basis).slice(0, 30), fill(b.basis)])).values(),
  ];
  const typed = legalBases.map((b) => typedBasis(rand, b));
  const bases: string[] = [];
  typed.forEach((t, i) => {
    const end = i === typed.length - 1 ? "." : ";";
    if (i > 0 && chance(rand, 0.2) && !bases[bases.length - 1]!.endsWith("."))
      bases[bases.length - 1] = `${bases[bases.length - 1]} ${t}${end}`;
    else bases.push(`${t}${end}`);
  });
  const intro = `${issuingBody} xây dựng Kế hoạch ${subject.charAt(0).toLowerCase()}${subject.slice(1)} như sau:`;

  const base: Omit<Plan, "phases"> = {
    formatVersion: 2,
    level: levelKey,
    document: { parentBody: parent, issuingBody, number, code, place: placeName, date, subject },
    legalBases,
    intro,
    schoolYear: sy,
    calendar: {
      start: `${y}-08-29`,
      semester1End: `${y + 1}-01-15`,
      semester2Start: `${y + 1}-01-16`,
      end: `${y + 1}-05-24`,
    },
    targets: { individual: [] },
    timeline: [],
    sections: [],
    recipients: [],
    signer: { title: "Hiệu trưởng", name: "" },
  };
  const phases = generatePhases(rand, y, office ? 2 : between(rand, 1, 4), office, base);
  const targets = generateTargets(rand, office, district);

  // The body: sections and the lines that print them, built together.
  const body: DocLine[] = [];
  const sections: Section[] = [];
  const heading = (list: Section[], level: 1 | 2 | 3, text: string, bold = chance(rand, 0.85)): Section => {
    const s: Section = { title: text };
    list.push(s);
    body.push({ kind: "heading", level, text, bold });
    return s;
  };
  const para = (s: Section, text: string): void => {
    (s.body ??= []).push(text);
    body.push({ kind: "para", text });
  };
  const bullets = (s: Section, items: (string | { text: string; bullets: string[] })[]): void => {
    (s.body ??= []).push({ bullets: items });
    for (const b of items) {
      if (typeof b === "string") body.push({ kind: "bullet", level: 1, text: b });
      else
        body.push(
          { kind: "bullet", level: 1, text: b.text },
          ...b.bullets.map((t) => ({ kind: "bullet" as const, level: 2 as const, text: t })),
        );
    }
  };

  const one = heading(sections, 1, pick(rand, ["MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU", "MỤC ĐÍCH VÀ YÊU CẦU"]));
  if (chance(rand, 0.6)) {
    bullets(heading((one.sections = []), 2, "Mục đích"), some(rand, PURPOSES.slice(0, 4), 3, 4));
    const demands = heading(one.sections, 2, "Yêu cầu");
    for (const p of some(rand, PURPOSES.slice(4), 2, 4)) para(demands, p);
  } else bullets(one, some(rand, PURPOSES, 3, 6));

  const two = heading(
    sections,
    1,
    pick(rand, ["NỘI DUNG THI ĐUA VÀ CHỈ TIÊU", "NỘI DUNG VÀ CHỈ TIÊU THI ĐUA", "CÁC ĐỢT THI ĐUA VÀ CHỈ TIÊU"]),
  );
  two.sections = [];
  // A numbered sentence (bold or not) is a numbered paragraph, not a heading.
  let phaseSection: Section;
  if (chance(rand, 0.3)) {
    phaseSection = { text: "Tổ chức phát động phong trào thi đua trong toàn trường theo các đợt sau đây." };
    two.sections.push(phaseSection);
    body.push({ kind: "heading", level: 2, text: phaseSection.text!, bold: chance(rand, 0.5) });
  } else
    phaseSection = heading(
      two.sections,
      2,
      pick(rand, ["Các đợt thi đua", "Thi đua theo đợt", "Tổ chức các đợt thi đua"]),
    );
  (phaseSection.body ??= []).push({ insert: "phases" });
  for (const line of phases.lines) body.push({ kind: "bullet", level: 1, text: line });

  const goals = heading(
    two.sections,
    2,
    pick(rand, ["Chỉ tiêu thi đua", "Chỉ tiêu phấn đấu", "Đăng ký danh hiệu thi đua"]),
  );
  if (chance(rand, 0.65)) {
    goals.sections = [];
    const staff = heading(goals.sections, 3, targets.staff.heading);
    (staff.body ??= []).push({ insert: "targets.individual" });
    for (const l of targets.staff.lines) body.push({ kind: "bullet", level: 1, text: l });
    const coll = heading(goals.sections, 3, targets.collective.heading);
    (coll.body ??= []).push({ insert: "targets.collective" });
    for (const l of targets.collective.lines) body.push({ kind: "bullet", level: 1, text: l });
    for (const g of targets.groups) {
      // A group's heading with its total is the group's own: the section prints it (`group:`).
      goals.sections.push({ group: g.id });
      body.push({ kind: "heading", level: 3, text: g.heading, bold: chance(rand, 0.8) });
      for (const l of g.lines) body.push({ kind: "bullet", level: 1, text: l });
    }
  } else {
    // One targets block: "- Cá nhân:" and its lines under it, "- Tập thể:", each group's heading.
    const total = targets.targets.staffTotal;
    const headed = total !== undefined && /tổng số/u.test(targets.staff.heading);
    // "- Cá nhân (tổng số 64 CB, GV, NV):" gives the staff total and prints it again (`staffTotalUnit`).
    const totalInPart = headed && chance(rand, 0.6);
    if (totalInPart) targets.targets.staffTotalUnit = "CB, GV, NV";
    if (headed && !totalInPart)
      para(
        goals,
        chance(rand, 0.5)
          ? `Tổng số cán bộ, giáo viên, nhân viên: ${total} người.`
          : `Cá nhân: tổng số ${total} CB, GV, NV.`,
      );
    (goals.body ??= []).push({ insert: "targets" });
    body.push({ kind: "bullet", level: 1, text: totalInPart ? `Cá nhân (tổng số ${total} CB, GV, NV):` : "Cá nhân:" });
    for (const l of targets.staff.lines) body.push({ kind: "bullet", level: 2, text: l });
    body.push({ kind: "bullet", level: 1, text: "Tập thể:" });
    for (const l of targets.collective.lines) body.push({ kind: "bullet", level: 2, text: l });
    for (const g of targets.groups) {
      body.push({ kind: "bullet", level: 1, text: g.heading });
      for (const l of g.lines) body.push({ kind: "bullet", level: 2, text: l });
    }
  }

  // The movements the plan calls for: the prose most of a plan is.
  const movements = heading(two.sections, 2, pick(rand, ["Nội dung thi đua", "Các phong trào thi đua"]));
  bullets(movements, some(rand, TASKS, 5, 8));
  for (const p of some(rand, [...PURPOSES, ...REWARDS, ...TASKS], 3, 6)) para(movements, p);
  // Plans run to several pages: a short one gets more of the prose most plans are made of (here, where
  // the lines are still in the section's place).
  const wordsSoFar = (): number => body.reduce((n, l) => n + ("text" in l ? l.text.split(/\s+/u).length : 0), 0);
  while (wordsSoFar() < 650) para(movements, pick(rand, [...PURPOSES, ...REWARDS, ...TASKS]));

  if (chance(rand, 0.85)) {
    const four = heading(sections, 1, pick(rand, ["CÔNG TÁC KHEN THƯỞNG", "HÌNH THỨC VÀ TIÊU CHUẨN KHEN THƯỞNG"]));
    // A section's own body comes before its sub-sections, as the document prints it.
    bullets(four, some(rand, REWARDS, 1, 3));
    four.sections = [];
    for (const p of some(rand, REWARDS, 3, 4))
      para(
        heading(
          four.sections,
          2,
          pick(rand, [
            "Nguyên tắc khen thưởng",
            "Hình thức khen thưởng",
            "Tiêu chuẩn xét khen thưởng",
            "Quy trình xét khen thưởng",
          ]),
        ),
        p,
      );
  }

  const three = heading(sections, 1, "TỔ CHỨC THỰC HIỆN");
  three.sections = [];
  const tasks = some(rand, TASKS, 4, 6);
  bullets(
    heading(three.sections, 2, office ? "Phòng GD&ĐT" : "Ban giám hiệu"),
    chance(rand, 0.3) ? [{ text: tasks[0]!, bullets: tasks.slice(1) }] : tasks,
  );
  const teams = heading(three.sections, 2, office ? "Các nhà trường" : "Các tổ chuyên môn");
  for (const p of some(rand, TASKS, office ? 3 : 1, office ? 5 : 3)) para(teams, p);
  if (!office && chance(rand, 0.6))
    bullets(heading(three.sections, 2, "Công đoàn, Đoàn Thanh niên"), some(rand, TASKS, 2, 3));
  // The month table: months of the year (with their year or not), an activity or two each.
  const monthWithYear = chance(rand, 0.3);
  // "Tháng 01/2025" as ND30 pads months 1 and 2, or "Tháng 09" for every month below 10: the layout says which.
  const zeros = pick(rand, [undefined, undefined, "jan-feb", "all"] as const);
  // Only months the year holds (a year that ends with week 35 may end in April).
  const end = phases.calendar.end.slice(0, 7);
  const months = some(
    rand,
    [9, 10, 11, 12, 1, 2, 3, 4, 5].filter((m) => `${m >= 8 ? y : y + 1}-${String(m).padStart(2, "0")}` <= end),
    3,
    8,
  );
  const timeline = months.map((m) => ({ month: m, activities: some(rand, ACTIVITIES[m]!, 1, 2) }));
  const schedule = heading(
    three.sections,
    2,
    pick(rand, ["Lịch thực hiện", "Kế hoạch cụ thể từng tháng", "Lịch thực hiện:"]),
  );
  (schedule.body ??= []).push({ insert: "timeline" });
  const monthLabel = (m: number): string | number =>
    (zeros === "all" && m < 10) || (zeros === "jan-feb" && m <= 2) ? `0${m}` : m;
  body.push({
    kind: "timeline",
    rows: timeline.map((r) => ({
      label: `Tháng ${monthLabel(r.month)}${monthWithYear ? `/${r.month >= 8 ? y : y + 1}` : ""}`,
      items: r.activities as string[],
    })),
  });

  // The zeros the labels show: "all" is seen only on a month from 3 to 9, "jan-feb" only on January or February.
  const padded = months.filter((m) => (zeros === "all" && m < 10) || (zeros === "jan-feb" && m <= 2));
  const shownZeros = padded.some((m) => m >= 3) ? "all" : padded.length ? "jan-feb" : undefined;
  const closing = chance(rand, 0.75)
    ? `Trên đây là Kế hoạch ${subject.charAt(0).toLowerCase()}${subject.slice(1)} của ${issuingBody}.`
    : undefined;
  if (!closing)
    para(
      heading(three.sections, 2, "Chế độ báo cáo"),
      "Các bộ phận báo cáo kết quả thực hiện về Ban giám hiệu trước ngày 25 hằng tháng.",
    );

  const head = office ? "Trưởng phòng" : "Hiệu trưởng";
  const signer: Signer = pick(rand, [
    { title: head, name: pick(rand, PEOPLE) },
    {
      authority: "KT.",
      for: head,
      title: `Phó ${head === "Hiệu trưởng" ? "Hiệu trưởng" : "Trưởng phòng"}`,
      name: pick(rand, PEOPLE),
    },
    {
      authority: "TM.",
      for: "Hội đồng thi đua - khen thưởng",
      title: "Chủ tịch",
      post: head,
      name: pick(rand, PEOPLE),
    },
    { authority: "TM.", for: office ? "Ủy ban nhân dân" : "Nhà trường", title: head, name: pick(rand, PEOPLE) },
  ] as Signer[]);
  const signerLines = [
    ...(signer.authority ? [`${signer.authority} ${signer.for}`] : []),
    signer.title,
    ...(signer.post ? [signer.post] : []),
  ].map((t) => t.toLocaleUpperCase("vi"));
  const recipients = office
    ? ["UBND huyện (b/c)", "Các trường MN, TH, THCS", "Lưu: VT"]
    : some(
        rand,
        [
          levelKey === "thpt" ? "Sở GD&ĐT (b/c)" : "Phòng GD&ĐT",
          "Công đoàn trường",
          "Các tổ chuyên môn",
          "Website trường",
        ],
        1,
        3,
      ).concat(pick(rand, ["Lưu: VT", "Lưu: VT, TĐKT"]));

  const plan: Plan = {
    ...base,
    calendar: phases.calendar,
    phases: phases.phases,
    targets: targets.targets,
    timeline,
    sections,
    ...(closing ? { closing } : {}),
    recipients,
    signer,
    ...(monthWithYear || shownZeros
      ? {
          layout: {
            ...(monthWithYear ? { monthWithYear: true } : {}),
            ...(shownZeros ? { monthLeadingZero: shownZeros } : {}),
          },
        }
      : {}),
  };
  const doc: DocModel = {
    parent,
    issuer,
    numberLine: `Số: ${number ? pick(rand, [number, `${number} `]) : "     "}/${code}`,
    placeDate,
    title: ["KẾ HOẠCH", subject],
    bases,
    intro,
    body,
    ...(closing ? { closing: chance(rand, 0.5) ? `${closing.slice(0, -1)}./.` : closing } : {}),
    recipients: recipients.map((r, i) => `- ${r}${i === recipients.length - 1 ? "." : ";"}`),
    signer: signerLines,
    name: signer.name,
  };
  return { plan, doc, stated: phases.stated, wrong: targets.wrong };
}
