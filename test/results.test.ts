// Issue 25: the results file. Each rule gets a planted mistake in the example, reported at its line;
// the example itself (the correct case) reports none of them.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkBytes } from "../src/core/index.js";
import { checkResultsBytes } from "../src/core/results/check.js";
import { regimeAt, regimeDate } from "../src/core/results/regime.js";
import { resultsSkeleton, skeletonAuthority } from "../src/core/results/skeleton.js";
import { targetResults } from "../src/core/results/targets.js";
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
        "    recruited: 2008-09-01\n    rating: htxs\n    registered: [ldtt, cstdcs]\n    history:\n      " +
          "2024-2025: [ldtt, cstdcs]\n    achievements",
        "    recruited: 2008-09-01\n    rating: htt\n    registered: [ldtt, cstdcs]\n    history:\n      " +
          "2024-2025: [ldtt, cstdcs]\n    achievements",
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
    text: () => edit(base, "returned: 7,", "returned: 8,"),
    code: "results/ballot-count",
    at: line("  ballots:"),
    severity: "error",
  },
  {
    name: "a teacher recruited in January on September's registration list",
    text: () => edit(base, "monthsWorked: 4, rating: ht }", "monthsWorked: 4, rating: ht, registered: [ldtt] }"),
    code: "results/registered-before-recruited",
    at: line("id: gv46"),
    severity: "warning",
  },
  {
    name: "a ballot issued to the member who was away (she sent a written opinion)",
    text: () => edit(base, "issued: 7, returned: 7, valid: 7", "issued: 8, returned: 8, valid: 8"),
    code: "results/ballot-count",
    at: line("  ballots:"),
    severity: "error",
  },
  {
    name: "a tally above the valid ballots and the written opinion together",
    text: () =>
      edit(base, "{ candidate: ht01, title: ldtt, yes: 8, no: 0 }", "{ candidate: ht01, title: ldtt, yes: 8, no: 1 }"),
    code: "results/ballot-count",
    at: line("{ candidate: ht01, title: ldtt"),
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

describe("the schema's messages name what the clerk sees", () => {
  it("a person without a rating is 'Người thứ N', not the list's index", () => {
    const text = edit(
      base,
      "unit: to-van-phong, recruited: 2019-08-20, rating: htt, registered: [ldtt] }\n  - id: gv05",
      "unit: to-van-phong, recruited: 2019-08-20, registered: [ldtt] }\n  - id: gv05",
    );
    const missing = check(text).filter((d) => d.code === "schema/required");
    expect(missing.map((d) => messageFor(d, "vi"))).toEqual(["Thiếu mục “rating” (Xếp loại) trong Người thứ 4."]);
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
  it("validate passes both results examples clean (exit 0, nothing to report)", () => {
    return import("./helpers.js").then(({ cli }) => {
      for (const example of ["le-quy-don-thcs-2025-2026-ket-qua", "nam-thanh-2024-2025-ket-qua"]) {
        const run = cli(["validate", "--format", "json", `examples/${example}.yaml`]);
        expect(run.status, example).toBe(0);
        expect(JSON.parse(run.stdout), example).toEqual([]);
      }
    });
  });
});

describe("the mầm non example, judged in May 2025 under NĐ 98/2023", () => {
  const MN = join(ROOT, "examples/nam-thanh-2024-2025-ket-qua.yaml");
  const mnBase = readFileSync(MN, "utf8");
  const mnCheck = (text: string) =>
    checkResultsBytes(new TextEncoder().encode(text), (path) => readFileSync(resolve(dirname(MN), path))).diagnostics;
  it("validates clean, with the rules of its date: NĐ 98/2023, TT 01/2024/TT-BNV, the district deciding", () => {
    expect(mnCheck(mnBase).map((d) => `${d.code}@${d.range.start.line}`)).toEqual([]);
    const parsed = checkResultsBytes(new TextEncoder().encode(mnBase), (path) =>
      readFileSync(resolve(dirname(MN), path)),
    );
    const regime = regimeAt(regimeDate(parsed.results!)!);
    expect(regime).toMatchObject({
      decree: "98/2023/NĐ-CP",
      circular: "01/2024/TT-BNV",
      sector: "29/2023/TT-BGDĐT",
      twoLevelGovernment: false,
    });
  });
  it("its results meet every target of the plan, with the plan's rounding", () => {
    const parsed = checkResultsBytes(new TextEncoder().encode(mnBase), (path) =>
      readFileSync(resolve(dirname(MN), path)),
    );
    expect(
      targetResults(parsed.plan!, parsed.results!).map((r) => `${r.label} ${r.achieved}/${r.total ?? ""} ${r.met}`),
    ).toEqual([
      "Lao động tiên tiến 30/31 true",
      "CSTĐCS 11/31 true",
      "UBND thành phố tặng giấy khen 6/31 true",
      "Tập thể lao động tiên tiến 3/ true",
      "Tập thể lao động xuất sắc 1/ true",
    ]);
  });
  it("a decision of June 2025 signed at the phường is told: before 01/7/2025 the district decided", () => {
    const text = editAll(
      mnBase,
      "    issuer: Chủ tịch UBND thành phố Điện Biên Phủ",
      "    issuer: Chủ tịch UBND phường Nam Thanh",
    );
    const found = mnCheck(text).filter((d) => d.code === "results/authority");
    expect(found.map((d) => d.range.start.line)).toContain(lineOf(text, "issuer: Chủ tịch UBND phường Nam Thanh"));
    expect(found[0]!.severity).toBe("warning");
    expect(messageFor(found[0]!, "vi")).toContain("trước 01/7/2025");
  });
  it("its tờ trình of 28/5/2025 may cite NĐ 98/2023 and TT 01/2024/TT-BNV; one of July 2025 may not cite NĐ 98", () => {
    const cite = (date: string) =>
      edit(
        mnBase,
        "    date: 2025-05-28\n    to: Chủ tịch UBND thành phố Điện Biên Phủ\n    title: ldtt\n",
        `    date: ${date}\n    to: Chủ tịch UBND thành phố Điện Biên Phủ\n    title: ldtt\n    legalBases: ` +
          `["Nghị định 98/2023/NĐ-CP", "Thông tư 01/2024/TT-BNV"]\n`,
      );
    expect(mnCheck(cite("2025-05-28")).filter((d) => d.code.startsWith("results/legal-basis"))).toEqual([]);
    const july = cite("2025-07-03");
    const found = mnCheck(july).filter((d) => d.code === "results/legal-basis");
    expect(found.map((d) => d.range.start.line)).toEqual([lineOf(july, "legalBases:")]);
    // TT 01/2024 is replaced only from 05/8/2025 (likely): in July it is still in force, nothing to say.
    expect(mnCheck(july).filter((d) => d.code === "results/legal-basis-likely")).toEqual([]);
  });
  it("an LĐTT for someone recruited four months before is an error while TT 01/2024/TT-BNV applies", () => {
    const line = mnBase.split("\n").find((l) => l.startsWith("  - { id: gv22,"))!;
    const text = edit(mnBase, line, line.replace("recruited: 2021-09-06", "recruited: 2025-01-06"));
    const found = mnCheck(text).filter((d) => d.code === "results/ldtt-new-hire");
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => d.severity === "error")).toBe(true);
  });
});

describe("plan results init addresses the tờ trình to whoever decides on the bình xét's date", () => {
  const planOf = (file: string) => checkBytes(readFileSync(join(ROOT, "examples", file))).plan!;
  it("a mầm non under the Phòng GD&ĐT of a city in 2024-2025: the Chủ tịch UBND of that city", () => {
    const plan = planOf("nam-thanh-2024-2025.yaml");
    expect(skeletonAuthority(plan)).toBe("Chủ tịch UBND thành phố Điện Biên Phủ");
    expect(resultsSkeleton(plan, "nam-thanh-2024-2025.yaml", "x")).toContain(
      "to: Chủ tịch UBND thành phố Điện Biên Phủ,",
    );
  });
  it("a THCS of a phường in 2025-2026: its Chủ tịch UBND phường; a THPT: the Giám đốc Sở", () => {
    expect(skeletonAuthority(planOf("le-quy-don-thcs-2025-2026.yaml"))).toBe("Chủ tịch UBND phường Hoàng Văn Thụ");
    expect(skeletonAuthority(planOf("lam-hong-thpt-2026-2027.yaml"))).toBe("Giám đốc Sở Giáo dục và Đào tạo");
  });
  it("a Phòng GD&ĐT named after 01/7/2025 is no authority: the xã/phường is left to fill in", () => {
    const plan = structuredClone(planOf("nam-thanh-2024-2025.yaml"));
    plan.calendar.end = "2026-05-23";
    expect(skeletonAuthority(plan)).toBe("Chủ tịch UBND xã/phường");
  });
});
