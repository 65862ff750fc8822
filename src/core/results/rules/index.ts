// The results file's rules, in this order after its schema. One file per rule; each cites its source
// and how sure the reference is of it (hoso-research.md, table (b)).
import type { ResultsRule } from "../rule.js";
import { authority } from "./authority.js";
import { ballotCount } from "./ballot-count.js";
import { ballots } from "./ballots.js";
import { collectiveTtldtt } from "./collective-ttldtt.js";
import { collectiveTtldxs } from "./collective-ttldxs.js";
import { cstdcsBase } from "./cstdcs-base.js";
import { dateOrder } from "./date-order.js";
import { discipline } from "./discipline.js";
import { htxsCap } from "./htxs-cap.js";
import { ldttNewHire } from "./ldtt-new-hire.js";
import { ldttRating } from "./ldtt-rating.js";
import { legalBasis } from "./legal-basis.js";
import { ratingMonths } from "./rating-months.js";
import { references } from "./references.js";
import { registrations } from "./registrations.js";
import { staffTotal } from "./staff-total.js";
import { targets } from "./targets.js";

export const RESULTS_RULES: readonly ResultsRule[] = [
  references,
  // individuals (Luật TĐKT Điều 23, 24; TT 01/2024; NĐ 152 Điều 4; NĐ 233)
  ldttRating,
  ldttNewHire,
  ratingMonths,
  discipline,
  cstdcsBase,
  htxsCap,
  // collectives (Điều 27, 28)
  collectiveTtldtt,
  collectiveTtldxs,
  // the council and the hồ sơ
  ballotCount,
  ballots,
  registrations,
  dateOrder,
  authority,
  legalBasis,
  // against the plan
  staffTotal,
  targets,
];

/** Found before the rules run: the plan the results file links to (core/results/check.ts). */
export const RESULTS_LINK_CODES = {
  "results/plan-missing": {
    severity: "error",
    fixable: false,
    summary: {
      vi: "không tìm thấy tệp kế hoạch mà tệp kết quả dẫn tới (plan:)",
      en: "the plan the results file links to (plan:) is not found",
    },
  },
  "results/plan-invalid": {
    severity: "warning",
    fixable: false,
    summary: {
      vi: "tệp kế hoạch có lỗi: bỏ qua các kiểm tra so với kế hoạch",
      en: "the linked plan has errors: checks against it are skipped",
    },
  },
} as const;

/** plan render ket-qua.yaml --doc KIND: what the clerk asked that cannot be rendered (usage errors, exit 2). */
export const RESULTS_RENDER_CODES = {
  "results/doc-missing": {
    severity: "error",
    fixable: false,
    summary: { vi: "tệp kết quả xuất văn bản cần --doc", en: "a results file renders a document named by --doc" },
  },
  "results/doc-unknown": {
    severity: "error",
    fixable: false,
    summary: { vi: "--doc không phải một loại văn bản đã có", en: "--doc names no known document kind" },
  },
  "results/doc-needs-results": {
    severity: "error",
    fixable: false,
    summary: { vi: "--doc dùng với tệp kết quả, không với kế hoạch", en: "--doc is for a results file, not a plan" },
  },
  "results/doc-needs-for": {
    severity: "error",
    fixable: false,
    summary: { vi: "báo cáo thành tích cần --for <id>", en: "an achievement report needs --for <id>" },
  },
  "results/doc-for-unknown": {
    severity: "error",
    fixable: false,
    summary: { vi: "--for không có trong tệp kết quả", en: "--for is not in the results file" },
  },
  "results/doc-format": {
    severity: "error",
    fixable: false,
    summary: { vi: "văn bản của năm không xuất ra lịch .ics", en: "a document of the year does not render as .ics" },
  },
} as const;
