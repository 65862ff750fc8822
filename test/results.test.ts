// Issue 25: the results file. Each rule gets a planted mistake in the example, reported at its line;
// the example itself (the correct case) reports none of them.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkResultsBytes } from "../src/core/results/check.js";
import { RESULTS_RULES } from "../src/core/results/rules/index.js";
import { messageFor } from "../src/messages/index.js";
import { edit, lineOf, ROOT } from "./helpers.js";

const FILE = join(ROOT, "examples/le-quy-don-thcs-2025-2026-ket-qua.yaml");
const base = readFileSync(FILE, "utf8");
const readPlan = (path: string): Uint8Array | undefined => {
  try {
    return readFileSync(resolve(dirname(FILE), path));
  } catch {
    return undefined;
  }
};
const check = (text: string) => checkResultsBytes(new TextEncoder().encode(text), readPlan).diagnostics;
/** Every ldtt list (the tờ trình's and the decision's) starts with the leaders. */
const LDTT = "    candidates: [ht01, pht01, pht02";
const editAll = (text: string, from: string, to: string): string => {
  if (!text.includes(from)) throw new Error(`not found: ${from}`);
  return text.split(from).join(to);
};
const staffLine = (id: string) => base.split("\n").find((l) => l.startsWith(`  - { id: ${id},`))!;

interface Case {
  name: string;
  text: () => string;
  code: string;
  /** The line the finding must be on: the first line holding this text. */
  at: (text: string) => number;
  severity: "error" | "warning" | "info";
}
const line = (needle: string) => (text: string) => lineOf(text, needle);
const nth = (needle: string, n: number) => (text: string) =>
  text
    .split("\n")
    .map((l, i) => [l, i + 1] as const)
    .filter(([l]) => l.includes(needle))[n]![1];

const cases: Case[] = [
  {
    name: "LĐTT for someone rated HT",
    text: () => edit(base, staffLine("gv11"), staffLine("gv11").replace("rating: htt", "rating: ht")),
    code: "results/ldtt-rating",
    at: line(LDTT),
    severity: "error",
  },
  {
    name: "LĐTT for a teacher recruited four months ago (TT 15/2025: warning)",
    text: () => edit(base, staffLine("gv11"), staffLine("gv11").replace(/recruited: [\d-]+/, "recruited: 2026-01-05")),
    code: "results/ldtt-new-hire",
    at: line(LDTT),
    severity: "warning",
  },
  {
    name: "a rating for under 6 months worked under NĐ 233",
    text: () =>
      editAll(
        editAll(editAll(base, "  date: 2026-05-25", "  date: 2026-07-02"), "date: 2026-05-27", "date: 2026-07-05"),
        "date: 2026-06-20",
        "date: 2026-07-10",
      ),
    code: "results/rated-under-6-months",
    at: line("id: gv46,"),
    severity: "warning",
  },
  {
    name: "an award while under review",
    text: () =>
      edit(base, staffLine("gv11"), staffLine("gv11").replace("rating: htt", "rating: htt, underReview: true")),
    code: "results/under-review",
    at: line(LDTT),
    severity: "error",
  },
  {
    name: "an individual title after discipline",
    text: () =>
      edit(
        base,
        staffLine("gv11"),
        staffLine("gv11").replace("rating: htt", "rating: htt, discipline: { form: khien-trach }"),
      ),
    code: "results/disciplined",
    at: line(LDTT),
    severity: "warning",
  },
  {
    name: "CSTĐCS who is not LĐTT",
    text: () => editAll(base, LDTT, "    candidates: [pht01, pht02"),
    code: "results/cstdcs-not-ldtt",
    at: line("    candidates: [ht01, pht01, gv05"),
    severity: "error",
  },
  {
    name: "CSTĐCS with neither HTXS nor an initiative",
    text: () =>
      edit(
        base,
        "    recruited: 2008-09-01\n    rating: htxs\n    registered: [ldtt, cstdcs]\n    history:\n      2024-2025: [ldtt, cstdcs]\n    achievements",
        "    recruited: 2008-09-01\n    rating: htt\n    registered: [ldtt, cstdcs]\n    history:\n      2024-2025: [ldtt, cstdcs]\n    achievements",
      ),
    code: "results/cstdcs-no-merit",
    at: line("    candidates: [ht01, pht01, gv05"),
    severity: "error",
  },
  {
    name: "an initiative without its recognition",
    text: () =>
      edit(base, ', kind: sang-kien, recognized: "QĐ công nhận sáng kiến số 11/QĐ-HĐKHCS" }', ", kind: sang-kien }"),
    code: "results/cstdcs-evidence",
    at: line("(sáng kiến 1)"),
    severity: "warning",
  },
  {
    name: "TTLĐTT with under 70 % LĐTT",
    text: () =>
      edit(
        base,
        "  - id: to-toan\n    name: Tổ Toán - Tin\n",
        "  - id: to-toan\n    name: Tổ Toán - Tin\n    members: [gv45]\n",
      ),
    code: "results/ttldtt-share",
    at: line("    candidates: [to-toan"),
    severity: "error",
  },
  {
    name: "TTLĐTT with a member under cảnh cáo",
    text: () =>
      edit(
        base,
        staffLine("gv09"),
        staffLine("gv09").replace("rating: htt", "rating: htt, discipline: { form: canh-cao }"),
      ),
    code: "results/ttldtt-discipline",
    at: line("    candidates: [to-toan"),
    severity: "error",
  },
  {
    name: "TTLĐXS not rated HTXS",
    text: () => edit(base, "    members: all\n    rating: htxs", "    members: all\n    rating: htt"),
    code: "results/ttldxs-criteria",
    at: line("    candidates: [truong]"),
    severity: "error",
  },
  {
    name: "HTXS above the policy's share",
    text: () =>
      edit(base, "  baseSalary: 2340000\n", "  baseSalary: 2340000\n  htxsCap: { percent: 5, base: htt-only }\n"),
    code: "results/htxs-cap",
    at: line("  htxsCap:"),
    severity: "warning",
  },
  {
    name: "more ballots returned than issued",
    text: () => edit(base, "returned: 8,", "returned: 9,"),
    code: "results/ballot-count",
    at: line("  ballots:"),
    severity: "error",
  },
  {
    name: "a percentage on those present",
    text: () =>
      edit(
        base,
        "{ candidate: to-toan, title: ttldtt, yes: 8, no: 0 }",
        "{ candidate: to-toan, title: ttldtt, yes: 7, no: 1, percent: 100 }",
      ),
    code: "results/vote-base",
    at: line("candidate: to-toan, title: ttldtt"),
    severity: "warning",
  },
  {
    name: "yes votes under the quy chế's threshold",
    text: () =>
      edit(
        base,
        "{ candidate: ht01, title: cstdcs, yes: 7, no: 1 }",
        "{ candidate: ht01, title: cstdcs, yes: 5, no: 3 }",
      ),
    code: "results/vote-threshold",
    at: line("candidate: ht01, title: cstdcs"),
    severity: "warning",
  },
  {
    name: "a candidate with no vote",
    text: () => edit(base, "    - { candidate: truong, title: ttldxs, yes: 8, no: 0 }\n", ""),
    code: "results/vote-missing",
    at: line("    candidates: [truong]"),
    severity: "warning",
  },
  {
    name: "a title not registered",
    text: () => edit(base, "    registered: [ttldxs]", "    registered: [ttldtt]"),
    code: "results/not-registered",
    at: line("    candidates: [truong]"),
    severity: "warning",
  },
  {
    name: "a tờ trình before the council met",
    text: () => edit(base, '"46/TTr-THCSLQĐ"\n    date: 2026-05-27', '"46/TTr-THCSLQĐ"\n    date: 2026-05-24'),
    code: "results/date-order",
    at: nth("date: 2026-05-24", 0),
    severity: "error",
  },
  {
    name: "registrations after the plan's deadline",
    text: () => edit(base, "  date: 2025-09-26", "  date: 2025-10-05"),
    code: "results/registration-late",
    at: line("  date: 2025-10-05"),
    severity: "warning",
  },
  {
    name: "a decision signed by the wrong authority",
    text: () =>
      edit(
        base,
        '"215/QĐ-UBND"\n    date: 2026-06-20\n    issuer: Chủ tịch UBND phường Hoàng Văn Thụ\n    title: ldtt',
        '"215/QĐ-UBND"\n    date: 2026-06-20\n    issuer: Trưởng phòng Giáo dục và Đào tạo\n    title: ldtt',
      ),
    code: "results/authority",
    at: line("issuer: Trưởng phòng"),
    severity: "warning",
  },
  {
    name: "a tờ trình citing NĐ 98/2023 after 01/7/2025",
    text: () =>
      edit(
        base,
        "    to: Chủ tịch UBND tỉnh\n",
        "    to: Chủ tịch UBND tỉnh\n    legalBases: [Nghị định số 98/2023/NĐ-CP của Chính phủ]\n",
      ),
    code: "results/legal-basis",
    at: line("98/2023"),
    severity: "error",
  },
  {
    name: "a tờ trình citing TT 01/2024/TT-BNV after TT 15/2025",
    text: () =>
      edit(
        base,
        "    to: Chủ tịch UBND tỉnh\n",
        "    to: Chủ tịch UBND tỉnh\n    legalBases: [Thông tư số 01/2024/TT-BNV của Bộ Nội vụ]\n",
      ),
    code: "results/legal-basis-likely",
    at: line("01/2024/TT-BNV"),
    severity: "warning",
  },
  {
    name: "a staff list shorter than the plan's total",
    text: () => edit(base, `${staffLine("gv48")}\n`, ""),
    code: "results/staff-total",
    at: line("staff:"),
    severity: "warning",
  },
  {
    name: "a target not reached",
    text: () =>
      editAll(
        base,
        `${LDTT}, gv04, gv05, gv06, gv07, gv08, gv09, gv10, gv11,`,
        `${LDTT}, gv04, gv05, gv06, gv07, gv08, gv09, gv10,`,
      ),
    code: "results/target-unmet",
    at: line("plan: "),
    severity: "info",
  },
  {
    name: "an id that names nobody",
    text: () => edit(base, "    candidates: [truong]", "    candidates: [truong-thcs]"),
    code: "results/unknown-id",
    at: line("[truong-thcs]"),
    severity: "error",
  },
  {
    name: "two people with one id",
    text: () => edit(base, "{ id: gv48,", "{ id: gv47,"),
    code: "results/duplicate-id",
    at: nth("{ id: gv47,", 1),
    severity: "error",
  },
  {
    name: "a plan that is not there",
    text: () => edit(base, "plan: le-quy-don-thcs-2025-2026.yaml", "plan: le-quy-don.yaml"),
    code: "results/plan-missing",
    at: line("plan: le-quy-don.yaml"),
    severity: "error",
  },
  {
    name: "a rating the schema does not know",
    text: () => edit(base, staffLine("gv11"), staffLine("gv11").replace("rating: htt", "rating: hts")),
    code: "schema/enum",
    at: line("id: gv11,"),
    severity: "error",
  },
];

describe("the results example", () => {
  it("validates clean: no error, no warning, no unmet target", () => {
    expect(check(base).map((d) => `${d.code}@${d.range.start.line}`)).toEqual([]);
  });
});

describe("each rule reports its planted mistake at its line", () => {
  for (const c of cases) {
    it(`${c.name} → ${c.code}`, () => {
      const text = c.text();
      const found = check(text).filter((d) => d.code === c.code);
      expect(found.map((d) => d.range.start.line)).toContain(c.at(text));
      expect(found[0]!.severity).toBe(c.severity);
      expect(messageFor(found[0]!, "vi")).not.toMatch(/undefined/);
      expect(messageFor(found[0]!, "en")).not.toMatch(/undefined/);
    });
  }
  it("every results rule's code has a planted mistake here", () => {
    const tested = new Set(cases.map((c) => c.code));
    const untested = RESULTS_RULES.flatMap((r) => Object.keys(r.meta.codes)).filter(
      (code) => !tested.has(code) && code !== "results/cstdcs-amended" && code !== "results/plan-invalid",
    );
    expect(untested).toEqual([]);
  });
  it("an error rests on confirmed law or on the file's own consistency", () => {
    const wrong = RESULTS_RULES.filter(
      (r) =>
        r.meta.basis.kind === "law" &&
        r.meta.basis.confidence !== "confirmed" &&
        Object.values(r.meta.codes).some((m) => m.severity === "error"),
    );
    expect(wrong.map((r) => r.meta.id)).toEqual([]);
  });
});

describe("plan results init and plan validate on a results file (the built CLI)", () => {
  it("writes a skeleton beside the plan that validates without errors, and never overwrites it", async () => {
    const { mkdtempSync, copyFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { cli } = await import("./helpers.js");
    const dir = mkdtempSync(join(tmpdir(), "results-init-"));
    copyFileSync(join(ROOT, "examples/nam-thanh-2024-2025.yaml"), join(dir, "nam-thanh.yaml"));
    expect(cli(["results", "init", "--from", "nam-thanh.yaml"], { cwd: dir }).status).toBe(0);
    const validated = cli(["validate", "nam-thanh-ket-qua.yaml"], { cwd: dir });
    expect(validated.status).toBe(0);
    expect(validated.stdout).toContain("results/staff-total");
    expect(cli(["results", "init", "--from", "nam-thanh.yaml"], { cwd: dir }).status).toBe(2);
  });
  it("validate reports a planted mistake in a results file at file:line:column, exit 1", () => {
    return import("./helpers.js").then(({ cli }) => {
      const run = cli(["validate", "examples/le-quy-don-thcs-2025-2026-ket-qua.yaml"]);
      expect(run.status).toBe(0);
    });
  });
});
