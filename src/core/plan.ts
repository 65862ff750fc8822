// The plan as the core sees it once it has passed the schema. Mirrors schemas/plan.schema.json.

export type CalendarPoint = "start" | "semester1End" | "semester2Start" | "end";
/** School week N of the calendar: "từ tuần 19", "đến hết tuần 18". */
export interface WeekBound {
  week: number;
}
/** "2024-11-20" (a day), "2024-12" (a month), a calendar point, or a school week. */
export type Bound = string | WeekBound;

export interface LegalBasisFields {
  kind: string;
  number?: string;
  date?: string;
  issuer?: string;
  title: string;
}
export type LegalBasis = LegalBasisFields | string;

export interface Phase {
  name?: string;
  /** The phase's time as the school writes it between the name and the colon: "tuần 1 đến hết tuần 11". */
  when?: string;
  theme?: string;
  /** The clerk's own wording of the phase; {from}, {to} and {dates} take the computed dates. */
  text?: string;
  from: Bound;
  to: Bound;
}

/** "trong đó ít nhất 4 giải Nhất" */
export interface SubCount {
  count: number;
  name: string;
  atLeast?: boolean;
}

export interface IndividualTarget {
  title?: IndividualTitleId;
  name?: string;
  label?: string;
  issuer?: string;
  count: number;
  of?: number;
  nonLeaders?: number;
  /** "đồng chí", "em", "giải": printed when the target reads as a count. */
  unit?: string;
  /** false: "35 đồng chí." rather than "35/40 đạt 87,5%". */
  percent?: boolean;
  /** Without a rate, the count over its total: "60/64 đồng chí." */
  fraction?: boolean;
  including?: SubCount[];
}

/** A target outside the staff: students, classes, prizes, schools. */
export interface GroupTarget {
  name: string;
  label?: string;
  count: number;
  of?: number;
  unit?: string;
  percent?: boolean;
  /** "18/27 lớp.": the count over its total, without a rate. */
  fraction?: boolean;
  including?: SubCount[];
}

/** A group's total in a second unit: the 27 of "(tổng số 1.085 học sinh, 27 lớp)". */
export interface OtherTotal {
  total: number;
  unit: string;
}

export interface TargetGroup {
  /** How the plan inserts it: "insert: targets.hoc-sinh". */
  id: string;
  /** "Đối với học sinh" */
  title: string;
  total?: number;
  /** "học sinh" in "(tổng số 540 học sinh)" */
  totalUnit?: string;
  unit?: string;
  percent?: boolean;
  fraction?: boolean;
  /** Totals in other units; a target counted in that unit ("lớp") takes it as its denominator. */
  otherTotals?: OtherTotal[];
  targets: GroupTarget[];
}

export interface CollectiveTarget {
  title?: CollectiveTitleId;
  name?: string;
  label?: string;
  /** "Công đoàn cơ sở" in "Công đoàn cơ sở: vững mạnh". */
  organization?: string;
  /** A tổ's or khối's own numbers: its collective title is checked against them, never the school's. */
  members?: number;
  ldtt?: number;
  cstdcs?: number;
}

export type IndividualTitleId =
  | "ldtt"
  | "cstdcs"
  | "cstd-tinh"
  | "giay-khen"
  | "bang-khen-tinh"
  | "bang-khen-bo"
  | "ky-niem-chuong";
export type CollectiveTitleId =
  | "ttldtt"
  | "ttldxs"
  | "co-thi-dua-tinh"
  | "co-thi-dua-bo"
  | "giay-khen-tap-the"
  | "bang-khen-tap-the"
  | "cong-doan-vung-manh"
  | "cong-doan-vung-manh-xuat-sac"
  | "doan-co-so-vung-manh"
  | "chi-doan-vung-manh"
  | "lien-doi-manh"
  | "lien-doi-xuat-sac"
  | "chi-bo-tsvm"
  | "chi-bo-htxs"
  | "chi-bo-htt";

export interface Rounding {
  decimals?: number;
  mode?: "half-up" | "down" | "up";
}

export type Activity = string | { phase: number | number[]; text?: string };

/** A row of the month table: a month ("Tháng 9"), or a row of the plan's own ("Cả năm", "Tuần 1-4"). */
export interface TimelineMonth {
  month?: number;
  label?: string;
  activities: Activity[];
}

/** "targets.<group id>" inserts one target group. */
export type InsertKind =
  | "phases"
  | "targets"
  | "targets.individual"
  | "targets.collective"
  | "timeline"
  | `targets.${string}`;
export type Bullet = string | { text: string; bullets: string[] };
export type Block = string | { bullets: Bullet[] } | { insert: InsertKind };

export interface Section {
  title?: string;
  text?: string;
  body?: Block[];
  sections?: Section[];
  /** A target group whose heading ("Đối với học sinh (tổng số 540 học sinh)") and targets open this section. */
  group?: string;
  /** Content after the sub-sections ("Lịch thực hiện:" and the month table after items 1., 2., 3.). */
  after?: Block[];
}

export interface Signer {
  authority?: "KT." | "TM." | "Q." | "TL." | "TUQ.";
  for?: string;
  title: string;
  /** A second post, printed under the signature above the name: "HIỆU TRƯỞNG" under "CHỦ TỊCH". */
  post?: string;
  name: string;
}

export interface Plan {
  formatVersion?: 1 | 2;
  level?: "mam-non" | "tieu-hoc" | "thcs" | "thpt" | "khac";
  document: {
    parentBody?: string;
    issuingBody: string;
    number: string | number;
    code: string;
    place: string;
    date: string;
    type?: string;
    subject: string;
  };
  legalBases: LegalBasis[];
  intro: string;
  schoolYear: string;
  calendar: Record<CalendarPoint, string> & {
    /** Monday of school week 1; default the Monday of the week the year starts in. */
    week1?: string;
    /** Weeks that are not school weeks (the Tết holiday): not counted in "tuần N". */
    breaks?: { from: string; to: string; name?: string }[];
  };
  phases: Phase[];
  targets: {
    staffTotal?: number;
    /** The staff list's heading in `insert: targets`: "Cá nhân" unless the plan says otherwise. */
    staffTitle?: string;
    /** "CB, GV, NV": the heading then carries the computed total, "Cá nhân (tổng số 64 CB, GV, NV):". */
    staffTotalUnit?: string;
    /** How every target line ends, staff, group and collective alike; computed when absent. */
    lineEnd?: "stop" | "none";
    rounding?: Rounding;
    /** Optional in the file; an empty list once validated. */
    individual: IndividualTarget[];
    collective?: CollectiveTarget[];
    /** Default for staff targets: with "đạt N%" (true) or as a count. */
    percent?: boolean;
    /** Unit of staff counts, default "đồng chí". */
    unit?: string;
    groups?: TargetGroup[];
  };
  timeline: TimelineMonth[];
  sections: Section[];
  /** Optional: ND30 does not require a closing sentence; "./." then ends the last paragraph. */
  closing?: string;
  recipients: string[];
  signer: Signer;
  policy?: {
    cstdcsMaxPercentOfLdtt?: number;
    minNonLeaderPercent?: number;
    source?: string;
  };
  layout?: {
    fontSize?: 13 | 14;
    lineSpacing?: number;
    /** "Tháng 9/2024" rather than "Tháng 9" in the month table. */
    monthWithYear?: boolean;
    /** "Tháng 01/2027": a zero before months 1 and 2 (as ND30 writes dates) or before every month below 10. */
    monthLeadingZero?: "jan-feb" | "all";
    margins?: { top?: number; bottom?: number; left?: number; right?: number };
  };
}
