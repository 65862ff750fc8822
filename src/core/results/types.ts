// The results file (kind: results, schemas/results.schema.json): what happened in the year the plan planned.
export type IndividualResultTitle = "ldtt" | "cstdcs" | "giay-khen";
export type CollectiveResultTitle = "ttldtt" | "ttldxs" | "giay-khen-tap-the";
export type ResultTitle = IndividualResultTitle | CollectiveResultTitle;
export type Rating = "htxs" | "htt" | "ht" | "kht";
export type DisciplineForm = "khien-trach" | "canh-cao" | "ha-bac" | "cach-chuc" | "buoc-thoi-viec";

export interface StaffMember {
  id: string;
  name: string;
  gender?: "nam" | "nu";
  birthDate?: string;
  post?: string;
  unit?: string;
  leader?: boolean;
  recruited?: string;
  monthsWorked?: number;
  rating: Rating;
  discipline?: { form: DisciplineForm; decision?: string; date?: string };
  underReview?: boolean;
  initiatives?: { title: string; kind?: "sang-kien" | "de-tai"; recognized?: string }[];
  registered?: ResultTitle[];
  history?: Record<string, ResultTitle[]>;
  achievements?: string;
}

export interface Collective {
  id: string;
  name: string;
  members?: "all" | string[];
  rating?: Rating;
  meeting?: string;
  registered?: ResultTitle[];
  history?: Record<string, ResultTitle[]>;
  achievements?: string;
}

export type CouncilRole = "chu-tich" | "pho-chu-tich" | "uy-vien-thuong-truc" | "thu-ky" | "uy-vien";

export interface ResultsDocument {
  number?: string;
  date: string;
  to?: string;
  issuer?: string;
  title?: ResultTitle;
  candidates?: string[];
  legalBases?: string[];
}

export interface Tally {
  candidate: string;
  title: ResultTitle;
  yes: number;
  no?: number;
  percent?: number;
}

export interface Results {
  kind: "results";
  formatVersion?: 1;
  plan: string;
  policy?: {
    voteThreshold?: Partial<Record<ResultTitle, number>>;
    htxsCap?: { percent: number; base?: "htt-only" | "htt-and-above" };
    baseSalary?: number;
    source?: string;
  };
  registration?: { date: string; deadline?: string };
  ratingDate?: string;
  staff: StaffMember[];
  collectives?: Collective[];
  council?: { decision?: string; members: { staff: string; role: CouncilRole; votes?: boolean }[] };
  meeting?: {
    date: string;
    time?: string;
    endTime?: string;
    place?: string;
    present?: string[];
    writtenOpinions?: string[];
    counters?: string[];
    ballots?: { issued: number; returned: number; valid: number };
    tallies?: Tally[];
    conclusion?: string;
  };
  proposals?: ResultsDocument[];
  decisions?: ResultsDocument[];
}

export const INDIVIDUAL_RESULT_TITLES: readonly IndividualResultTitle[] = ["ldtt", "cstdcs", "giay-khen"];
export const RESULT_TITLE_NAMES: Record<ResultTitle, string> = {
  ldtt: "Lao động tiên tiến",
  cstdcs: "Chiến sĩ thi đua cơ sở",
  "giay-khen": "Giấy khen",
  ttldtt: "Tập thể lao động tiên tiến",
  ttldxs: "Tập thể lao động xuất sắc",
  "giay-khen-tap-the": "Giấy khen (tập thể)",
};
export const RATING_NAMES: Record<Rating, string> = {
  htxs: "Hoàn thành xuất sắc nhiệm vụ",
  htt: "Hoàn thành tốt nhiệm vụ",
  ht: "Hoàn thành nhiệm vụ",
  kht: "Không hoàn thành nhiệm vụ",
};
export const DISCIPLINE_NAMES: Record<DisciplineForm, string> = {
  "khien-trach": "khiển trách",
  "canh-cao": "cảnh cáo",
  "ha-bac": "hạ bậc lương",
  "cach-chuc": "cách chức",
  "buoc-thoi-viec": "buộc thôi việc",
};
