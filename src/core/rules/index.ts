// The registry of domain rules, run in this order after the schema. One file per rule; each cites its source.
import { calendarOrder } from "./calendar-order.js";
import { collectiveScope } from "./collective-scope.js";
import { collectiveTtldtt } from "./collective-ttldtt.js";
import { collectiveTtldxs } from "./collective-ttldxs.js";
import { computedBlocks } from "./computed-blocks.js";
import { countWithinTotal } from "./count-within-total.js";
import { cstdcsWithinLdtt } from "./cstdcs-within-ldtt.js";
import { documentNumber } from "./document-number.js";
import { documentTypeCode } from "./document-type-code.js";
import { formatVersion } from "./format-version.js";
import { legalBasisDate } from "./legal-basis-date.js";
import { legalBasisMissingDate } from "./legal-basis-missing-date.js";
import { legalBasisNumberYear } from "./legal-basis-number-year.js";
import { legalBasisRepealed } from "./legal-basis-repealed.js";
import { localCstdcsCap } from "./local-cstdcs-cap.js";
import { localNonLeader } from "./local-non-leader.js";
import { phaseBounds } from "./phase-bounds.js";
import { phaseGaps } from "./phase-gaps.js";
import { phaseOverlap } from "./phase-overlap.js";
import { phaseReference } from "./phase-reference.js";
import { phaseWeeks } from "./phase-weeks.js";
import { phaseWording } from "./phase-wording.js";
import { planDate } from "./plan-date.js";
import { proseAnniversaries } from "./prose-anniversaries.js";
import { prosePercentages } from "./prose-percentages.js";
import { recipientsArchive } from "./recipients-archive.js";
import type { Rule } from "./rule.js";
import { sectionStructure } from "./section-structure.js";
import { subjectSchoolYear } from "./subject-school-year.js";
import { targetName } from "./target-name.js";
import { textPlaceholder } from "./text-placeholder.js";
import { timelineMonths } from "./timeline-months.js";
import { timelinePhase } from "./timeline-phase.js";
import { typedNumbering } from "./typed-numbering.js";

export const RULES: readonly Rule[] = [
  // the file's own format
  formatVersion,
  textPlaceholder,
  // form of the document (NĐ 30)
  documentNumber,
  documentTypeCode,
  recipientsArchive,
  sectionStructure,
  typedNumbering,
  computedBlocks,
  // dates and legal bases
  calendarOrder,
  planDate,
  subjectSchoolYear,
  legalBasisDate,
  legalBasisMissingDate,
  legalBasisNumberYear,
  legalBasisRepealed,
  // phases and the timeline
  phaseReference,
  phaseWeeks,
  phaseBounds,
  phaseWording,
  phaseOverlap,
  phaseGaps,
  timelineMonths,
  timelinePhase,
  // targets (Luật TĐKT 2022) and local policy
  targetName,
  countWithinTotal,
  cstdcsWithinLdtt,
  collectiveTtldtt,
  collectiveTtldxs,
  collectiveScope,
  localCstdcsCap,
  localNonLeader,
  // arithmetic in prose
  prosePercentages,
  proseAnniversaries,
];
