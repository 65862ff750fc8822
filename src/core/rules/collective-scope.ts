// A collective title of a tổ or a khối is a title of that unit: the school's staff numbers say nothing of
// it (issue 22: "Tổ Toán - Tin: Tập thể lao động tiên tiến" was reported "đủ điều kiện" on the school's 64).
// With the unit's own numbers the TTLĐTT/TTLĐXS rules check it; without them it is not checked, and this says so.
import { collectiveConditions, collectiveLabel, isSubUnit } from "../compute/targets.js";
import type { Rule } from "./rule.js";

export const collectiveScope: Rule = {
  meta: {
    id: "collective-scope",
    codes: {
      "targets/collective-unchecked": {
        severity: "info",
        summary: {
          vi:
            "danh hiệu tập thể của một tổ, khối chưa ghi số thành viên (`members`) và số đạt LĐTT (`ldtt`): không " +
            "kiểm tra theo số liệu của cả trường",
          en:
            "a tổ's or khối's collective title gives no members (`members`) and LĐTT count (`ldtt`) of its own: not " +
            "checked against the school's numbers",
        },
      },
      "targets/collective-count-exceeds": {
        severity: "error",
        summary: {
          vi: "số LĐTT, CSTĐCS của một tập thể vượt số thành viên của nó",
          en: "a collective's LĐTT or CSTĐCS count above its members",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "consistency",
      notes:
        "The members a collective title's 70 % is of are the collective's own (Luật TĐKT 2022 Điều 27–28); a " +
        "count above them is arithmetic.",
    },
  },
  check({ plan, report }) {
    (plan.targets.collective ?? []).forEach((t, index) => {
      const path = ["targets", "collective", index];
      const name = t.organization ?? collectiveLabel(t);
      for (const key of ["ldtt", "cstdcs"] as const) {
        const count = t[key];
        if (count !== undefined && t.members !== undefined && count > t.members)
          report({
            code: "targets/collective-count-exceeds",
            path: [...path, key],
            args: {
              unit: name,
              what: key === "ldtt" ? "Lao động tiên tiến" : "Chiến sĩ thi đua cơ sở",
              count,
              members: t.members,
            },
          });
      }
      if (t.title !== "ttldtt" && t.title !== "ttldxs") return;
      const c = collectiveConditions(plan, t);
      if (c.scope !== "unchecked") return;
      // A plan without a staff total (an office counting schools) is not a tổ left unchecked.
      if (!isSubUnit(t.organization) && t.members === undefined) return;
      report({
        code: "targets/collective-unchecked",
        path: [...path, t.members === undefined ? "title" : "members"],
        args: { unit: name, label: collectiveLabel(t), missing: t.members === undefined ? "members" : "ldtt" },
      });
    });
  },
};
