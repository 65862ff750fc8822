// The subject (trích yếu) names the school year the plan is for: "… năm học 2023 - 2024" in a plan whose
// schoolYear is 2024-2025 is last year's subject left in a copied file (plan new moves it; a copy by hand does not).
import type { Rule } from "./rule.js";

const YEAR = /năm\s+học\s+(\d{4})\s*[-–—]\s*(\d{4})/giu;

export const subjectSchoolYear: Rule = {
  meta: {
    id: "subject-school-year",
    codes: {
      "prose/school-year": {
        severity: "error",
        summary: {
          vi: "trích yếu ghi “năm học …” khác với schoolYear (trích yếu của năm cũ còn sót)",
          en: "the subject's “năm học …” differs from schoolYear (last year's subject left in)",
        },
      },
    },
    // Which of the two is wrong (the subject, or schoolYear) is the clerk's to say.
    fixable: false,
    basis: {
      kind: "consistency",
      notes: "The plan must agree with itself: the subject and schoolYear name one school year.",
    },
  },
  check({ plan, report, within }) {
    const [start, end] = plan.schoolYear.split("-").map(Number);
    const subject = plan.document.subject;
    for (const m of subject.matchAll(YEAR)) {
      if (Number(m[1]) === start && Number(m[2]) === end) continue;
      const path = ["document", "subject"];
      report({
        code: "prose/school-year",
        path,
        range: within(path, m.index!, m.index! + m[0].length),
        args: { written: `${m[1]} - ${m[2]}`, schoolYear: plan.schoolYear },
      });
    }
  },
};
