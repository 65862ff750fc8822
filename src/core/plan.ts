// The plan as the core sees it once it has passed the schema. Mirrors schemas/plan.schema.json.

export type CalendarPoint = "start" | "semester1End" | "semester2Start" | "end";
/** "2024-11-20" (a day), "2024-12" (a month) or a calendar point. */
export type Bound = string;

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
  theme?: string;
  from: Bound;
  to: Bound;
}

export interface IndividualTarget {
  title?: IndividualTitleId;
  name?: string;
  label?: string;
  issuer?: string;
  count: number;
  of?: number;
  nonLeaders?: number;
}

export interface CollectiveTarget {
  title?: CollectiveTitleId;
  name?: string;
  label?: string;
}

export type IndividualTitleId = "ldtt" | "cstdcs" | "cstd-tinh" | "giay-khen" | "bang-khen-tinh" | "bang-khen-bo" | "ky-niem-chuong";
export type CollectiveTitleId = "ttldtt" | "ttldxs" | "co-thi-dua-tinh" | "co-thi-dua-bo" | "giay-khen-tap-the" | "bang-khen-tap-the";

export interface Rounding {
  decimals?: number;
  mode?: "half-up" | "down" | "up";
}

export type Activity = string | { phase: number; text?: string };

export interface TimelineMonth {
  month: number;
  activities: Activity[];
}

export type InsertKind = "phases" | "targets" | "targets.individual" | "targets.collective" | "timeline";
export type Bullet = string | { text: string; bullets: string[] };
export type Block = string | { bullets: Bullet[] } | { insert: InsertKind };

export interface Section {
  title?: string;
  text?: string;
  body?: Block[];
  sections?: Section[];
}

export interface Signer {
  authority?: "KT." | "TM." | "Q." | "TL." | "TUQ.";
  for?: string;
  title: string;
  name: string;
}

export interface Plan {
  formatVersion?: 1;
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
  calendar: Record<CalendarPoint, string>;
  phases: Phase[];
  targets: {
    staffTotal: number;
    rounding?: Rounding;
    individual: IndividualTarget[];
    collective?: CollectiveTarget[];
  };
  timeline: TimelineMonth[];
  sections: Section[];
  closing: string;
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
    margins?: { top?: number; bottom?: number; left?: number; right?: number };
  };
}
