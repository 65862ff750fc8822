// Generated targets and their lines: the staff's titles as rates ("30/31 đạt 96,8%", "30/31 = 96,8 %",
// "05 Đ/c = 15,2 %", "(96,8%)") or counts ("36 đồng chí.", "05 Đ/c."), the collective titles per organisation,
// groups with their own totals ("(tổng số 1.085 học sinh, 27 lớp)", "18/27 lớp.", "30 giải, trong đó ít nhất 4
// giải Nhất"). Each plan is in the form import gives back; a rate may be written wrong on purpose, and counted.
import { DEFAULT_ROUNDING, percentOf } from "../../src/core/compute/percent.js";
import type { CollectiveTarget, GroupTarget, IndividualTarget, Plan, TargetGroup } from "../../src/core/plan.js";
import { slug } from "../../src/core/import/text.js";
import { formatDecimal, formatInteger } from "../../src/core/text/vn-format.js";
import { between, chance, FREE_COLLECTIVE, FREE_INDIVIDUAL, GROUP_TARGETS, pick, type Rand } from "./pools.js";

export interface TargetLines {
  targets: Plan["targets"];
  /** The staff's heading: its title, and the lines under it. */
  staff: { heading: string; lines: string[] };
  collective: { heading: string; lines: string[] };
  groups: { id: string; heading: string; lines: string[] }[];
  /** Rates written wrong on purpose: import must report each. */
  wrong: number;
}

const pad = (n: number): string => (n < 10 && n > 0 ? `0${n}` : String(n));

/**
 * A rate as a clerk writes it: the tool's own "96,8%", or with a space, or whole when it is whole; wrong when asked.
 */
function rate(rand: Rand, count: number, total: number, wrong: boolean): string {
  const p = percentOf(count, total, DEFAULT_ROUNDING);
  const value = wrong ? p + (p >= 99 ? -1.3 : 1.3) : p;
  const whole = Number.isInteger(value) && chance(rand, 0.5);
  return `${whole ? String(value) : formatDecimal(value, 1)}${chance(rand, 0.3) ? " %" : "%"}`;
}

export function generateTargets(rand: Rand, office: boolean, district: string): TargetLines {
  const total = office ? between(rand, 8, 15) : between(rand, 14, 90);
  const mode = pick(rand, ["rates", "rates", "counts", "mixed"] as const);
  const ldtt = between(rand, Math.ceil(total * 0.75), total);
  const cstdcs = between(rand, 1, Math.max(1, Math.floor(ldtt / 4)));
  const individual: IndividualTarget[] = [];
  const lines: string[] = [];
  let wrong = 0;
  let fractions = 0;
  const issuer = `Chủ tịch UBND ${district}`;
  const staffUnit = mode === "counts" && chance(rand, 0.3) ? "người" : undefined;
  const entries: { target: Omit<IndividualTarget, "count">; label: string; count: number }[] = [
    { target: chance(rand, 0.7) ? { title: "ldtt" } : { title: "ldtt", label: "LĐTT" }, label: "", count: ldtt },
    {
      target: pick(rand, [
        { title: "cstdcs" },
        { title: "cstdcs", label: "CSTĐCS" },
        { title: "cstdcs", label: "Chiến sỹ thi đua cơ sở" },
        { title: "cstdcs", label: "CSTĐ cơ sở" },
      ] as const),
      label: "",
      count: cstdcs,
    },
  ];
  if (chance(rand, 0.7))
    entries.push({
      target: chance(rand, 0.7)
        ? { title: "giay-khen", issuer }
        : { title: "giay-khen", label: `UBND ${district} tặng giấy khen` },
      label: "",
      count: between(rand, 1, Math.max(1, Math.floor(total / 5))),
    });
  if (chance(rand, 0.3))
    entries.push({
      target: { name: pick(rand, FREE_INDIVIDUAL) },
      label: "",
      count: between(rand, 1, Math.max(1, Math.floor(total / 3))),
    });
  const countLine = mode === "mixed" ? entries.length - 1 : -1;
  // The total: from a heading (needed when every line is a count), or from the rates' denominator.
  const headed = mode === "counts" ? chance(rand, 0.7) : chance(rand, 0.4);
  entries.forEach((e, i) => {
    const label =
      e.target.label ??
      (e.target.title === "giay-khen" && e.target.issuer
        ? `Giấy khen của ${e.target.issuer}`
        : e.target.title === "ldtt"
          ? "Lao động tiên tiến"
          : e.target.title === "cstdcs"
            ? "Chiến sĩ thi đua cơ sở"
            : e.target.name!);
    const t: IndividualTarget = { ...e.target, count: e.count };
    const rated = mode === "rates" || (mode === "mixed" && i !== countLine);
    if (rated) {
      const bad = chance(rand, 0.08);
      if (bad) wrong++;
      // "05 Đ/c = 15,2 %" names no total: some line must, when no heading does.
      const form =
        i === 0 && !headed
          ? pick(rand, ["đạt", "=", "()", "tỉ lệ", "unit"] as const)
          : pick(rand, ["đạt", "=", "()", "tỉ lệ", "unit", "Đ/c"] as const);
      const r = rate(rand, e.count, total, bad);
      if (form === "đạt") lines.push(`${label}: ${e.count}/${total} đạt ${r}`);
      else if (form === "=") lines.push(`${label}: ${e.count}/${total} = ${r}`);
      else if (form === "()") lines.push(`${label}: ${e.count}/${total} (${r})`);
      else if (form === "tỉ lệ") lines.push(`${label}: ${e.count}/${total}, đạt tỉ lệ ${r}`);
      else {
        t.unit = "đồng chí";
        lines.push(
          form === "unit" ? `${label}: ${e.count}/${total} đồng chí đạt ${r}` : `${label}: ${pad(e.count)} Đ/c = ${r}`,
        );
      }
    } else {
      const unit = staffUnit ?? pick(rand, ["đồng chí", "đồng chí", "đồng chí", "đ/c", "Đ/c"]);
      // "60/64 đồng chí.": a count over the staff total, no rate stated.
      if (chance(rand, 0.3)) {
        t.fraction = true;
        fractions++;
        lines.push(`${label}: ${e.count}/${total} ${unit}${chance(rand, 0.7) ? "." : ""}`);
      } else
        lines.push(`${label}: ${chance(rand, 0.5) ? pad(e.count) : e.count} ${unit}${chance(rand, 0.7) ? "." : ""}`);
    }
    individual.push(rated ? t : { ...t, percent: false });
  });
  // The list prints rates when most of its lines state one; a line that reads otherwise says so itself.
  const staffPercent = individual.filter((t) => t.percent !== false).length > individual.length / 2;
  for (const t of individual) {
    const rated = t.percent !== false;
    delete t.percent;
    if (rated !== staffPercent) t.percent = rated;
  }
  const heading = headed
    ? `Đối với cá nhân (tổng số ${total} ${pick(rand, ["CB, GV, NV", "CBGVNV", "cán bộ, giáo viên, nhân viên"])}):`
    : pick(rand, ["Đối với cá nhân:", "Cá nhân:", "Danh hiệu cá nhân:"]);
  const targets: Plan["targets"] = {
    ...(headed || mode !== "counts" || fractions > 0 ? { staffTotal: total } : {}),
    ...(!staffPercent ? { percent: false } : {}),
    ...(staffUnit ? { unit: staffUnit } : {}),
    individual,
  };

  const collective: CollectiveTarget[] = [];
  const collectiveLines: string[] = [];
  const school = pick(rand, [
    [{ organization: "Nhà trường", title: "ttldtt" }, "Nhà trường: Tập thể lao động tiên tiến"],
    [{ title: "ttldxs" }, "Tập thể lao động xuất sắc"],
    [{ title: "ttldtt", label: "TTLĐTT" }, "TTLĐTT"],
  ] as const);
  collective.push({ ...school[0] });
  collectiveLines.push(school[1]);
  for (const [t, line] of [
    [{ organization: "Công đoàn cơ sở", title: "cong-doan-vung-manh" }, "Công đoàn cơ sở: vững mạnh"],
    [{ title: "chi-doan-vung-manh" }, "Chi đoàn vững mạnh"],
    [{ organization: "Liên đội", title: "lien-doi-manh" }, "Liên đội: mạnh"],
    [{ title: "cong-doan-vung-manh-xuat-sac" }, "Công đoàn cơ sở vững mạnh xuất sắc"],
    [{ organization: "Đoàn cơ sở", title: "doan-co-so-vung-manh" }, "Đoàn cơ sở: vững mạnh"],
    [{ name: pick(rand, FREE_COLLECTIVE) }, ""],
  ] as const) {
    if (!chance(rand, 0.4)) continue;
    collective.push({ ...t });
    collectiveLines.push(line || (t as { name: string }).name);
  }
  // TTLĐXS needs a CSTĐCS and ≥ 70 % LĐTT: the generated counts give both.
  targets.collective = collective;

  const groups: TargetGroup[] = [];
  const groupLines: TargetLines["groups"] = [];
  if (office) {
    const schools = between(rand, 20, 60);
    const g: TargetGroup = {
      id: slug("Đối với các nhà trường"),
      title: "Đối với các nhà trường",
      total: schools,
      totalUnit: "trường",
      unit: "trường",
      percent: true,
      targets: [],
    };
    const gl: string[] = [];
    for (const name of GROUP_TARGETS.trường) {
      const c = between(rand, 1, schools);
      g.targets.push({ name, count: c });
      gl.push(`${name}: ${c}/${schools} trường đạt ${rate(rand, c, schools, false)}`);
    }
    groups.push(g);
    groupLines.push({ id: g.id, heading: `Đối với các nhà trường (tổng số ${schools} trường):`, lines: gl });
  } else if (chance(rand, 0.7)) {
    const students = between(rand, 150, 1500);
    const classes = between(rand, 6, 40);
    const kind = pick(rand, ["rates", "prizes", "classes"] as const);
    const targetsOf: GroupTarget[] = [];
    const gl: string[] = [];
    let unit: string | undefined;
    let percent: boolean | undefined;
    let second = false;
    if (kind === "rates") {
      unit = chance(rand, 0.5) ? "học sinh" : undefined;
      percent = true;
      for (const name of GROUP_TARGETS["học sinh"].slice(0, between(rand, 1, 3))) {
        const c = between(rand, Math.floor(students * 0.2), students);
        targetsOf.push({ name, count: c });
        gl.push(
          `${name}: ${formatInteger(c)}/${formatInteger(students)}${unit ? ` ${unit}` : ""} đạt ` +
            `${rate(rand, c, students, false)}`,
        );
      }
    } else if (kind === "prizes") {
      unit = "giải";
      for (const name of GROUP_TARGETS.giải.slice(0, between(rand, 1, 3))) {
        const c = between(rand, 5, 40);
        const first = between(rand, 1, Math.max(1, Math.floor(c / 5)));
        const including = chance(rand, 0.6) ? [{ count: first, name: "giải Nhất", atLeast: true }] : undefined;
        targetsOf.push({ name, count: c, ...(including ? { including } : {}) });
        gl.push(`${name}: ${c} giải${including ? `, trong đó ít nhất ${first} giải Nhất` : ""}.`);
      }
    } else {
      unit = "lớp";
      second = true;
      for (const name of GROUP_TARGETS.lớp) {
        const c = between(rand, 1, classes);
        targetsOf.push({ name, count: c });
        gl.push(`${name}: ${c}/${classes} lớp.`);
      }
    }
    const title = pick(rand, ["Đối với học sinh", "Học sinh"]);
    // "(tổng số 1.085 học sinh, 27 lớp)": the classes are a total of their own, "18/27 lớp." counts over it.
    const g: TargetGroup = {
      id: slug(title),
      title,
      total: students,
      totalUnit: "học sinh",
      ...(second ? { otherTotals: [{ total: classes, unit: "lớp" }] } : {}),
      ...(unit ? { unit } : {}),
      ...(percent ? { percent } : {}),
      ...(second ? { fraction: true } : {}),
      targets: targetsOf,
    };
    groups.push(g);
    groupLines.push({
      id: g.id,
      heading: `${title} (tổng số ${formatInteger(students)} ${second ? `học sinh, ${classes} lớp` : "học sinh"}):`,
      lines: gl,
    });
  }
  if (groups.length) targets.groups = groups;
  return {
    targets,
    staff: { heading, lines },
    collective: { heading: pick(rand, ["Đối với tập thể:", "Tập thể:", "Danh hiệu tập thể:"]), lines: collectiveLines },
    groups: groupLines,
    wrong,
  };
}
