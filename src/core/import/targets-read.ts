// Target lines as content.ts meets them, put where they belong: the staff (with the total a staff heading
// gives: "2.1. Đối với cá nhân (tổng số 42 CB, GV, NV):"), the collective titles, or a group with its own
// total ("Đối với học sinh (tổng số 1.085 học sinh, 27 lớp)"). A staff heading is never a group: its
// "Giấy khen" lines are the staff's. The lines' words are read by the phrase grammar.
import type { CollectiveTarget, IndividualTarget, TargetGroup } from "../plan.js";
import {
  collectiveTitle,
  headingKind,
  individualTitle,
  readHeadingTotal,
  readTargetLine,
  type HeadingTotal,
  type TargetLine,
} from "../text/phrase-grammar.js";
import { slug } from "./text.js";

export type GroupRead = TargetGroup & { lines: TargetLine[] };

export interface ReadTargets {
  staff: { line: TargetLine; target: IndividualTarget }[];
  /** Totals the staff headings and lines give ("(tổng số 42 CB, GV, NV)", "Tổng số CBGVNV: 31"). */
  staffTotals: number[];
  /** "- Cá nhân (tổng số 64 CB, GV, NV):" in one targets block: the heading the plan prints with its total. */
  staffHeading?: { title: string; unit: string };
  collective: CollectiveTarget[];
  groups: GroupRead[];
}

interface Hooks {
  /** Puts an insert in the current section once. */
  insert: (kind: string) => void;
  /** Makes the current section's heading the group's own; false when the section has more than the heading. */
  claimHeading: (id: string) => boolean;
}

type Context = { kind: "staff" } | { kind: "collective" } | { kind: "group"; group: GroupRead };

export class TargetReader {
  private readonly out: ReadTargets = { staff: [], staffTotals: [], collective: [], groups: [] };
  private context: Context = { kind: "staff" };
  /** Inside "- Cá nhân:" / "- Tập thể:" parts of one targets block. */
  private combined = false;
  /** The current group came from the section's heading, which it may replace. */
  private groupFromHeading = false;

  constructor(private readonly hooks: Hooks) {}

  result(): ReadTargets {
    return this.out;
  }

  /** A new section: targets of one never run on into the next. */
  heading(title: string | undefined): void {
    this.context = { kind: "staff" };
    this.combined = false;
    this.groupFromHeading = false;
    if (title === undefined) return;
    const total = readHeadingTotal(title);
    if (total?.staff) this.out.staffTotals.push(total.total);
    else if (total) {
      this.context = { kind: "group", group: this.newGroup(total) };
      this.groupFromHeading = true;
    } else if (headingKind(title) === "collective") this.context = { kind: "collective" };
    else if (headingKind(title) === "group")
      this.context = { kind: "group", group: this.newGroup({ title: title.replace(/\s*:$/u, "") }) };
  }

  /**
   * "- Cá nhân:", "- Tập thể:", "- Cá nhân (tổng số 64 CB, GV, NV):", "- Học sinh (tổng số 412 học sinh):" open a part
   * of one targets block.
   */
  part(text: string): boolean {
    if (/^(cá nhân|tập thể)\s*:?$/iu.test(text)) {
      this.combined = true;
      this.context = /^cá nhân/iu.test(text) ? { kind: "staff" } : { kind: "collective" };
      this.hooks.insert("targets");
      return true;
    }
    const total = readHeadingTotal(text);
    if (total?.staff && /^cá nhân/iu.test(total.title)) {
      this.combined = true;
      this.context = { kind: "staff" };
      this.out.staffTotals.push(total.total);
      if (total.unit) this.out.staffHeading = { title: total.title, unit: total.unit };
      this.hooks.insert("targets");
      return true;
    }
    if (total && !total.staff && this.combined) {
      this.context = { kind: "group", group: this.newGroup(total) };
      this.groupFromHeading = false;
      return true;
    }
    return false;
  }

  /** A target line in the current context; false when the line is prose. */
  line(text: string, at: { level: 1 | 2; isBullet: boolean }): boolean {
    const inCombined = this.combined && at.level === 2;
    if (this.context.kind === "collective") {
      const c = collectiveTitle(text);
      // A free collective title is a short bullet line, not a sentence.
      if (!c && !(at.isBullet && /^\p{Lu}/u.test(text) && text.length <= 100 && !/[.;]$/u.test(text))) return false;
      this.out.collective.push(c ?? { name: text.replace(/[.;]\s*$/u, "") });
      if (!inCombined) this.hooks.insert("targets.collective");
      return true;
    }
    const line = readTargetLine(text);
    if (!line) {
      // "Cá nhân: tổng số 64" as a paragraph: the staff's total, the words kept as they are.
      const total = readHeadingTotal(text);
      if (total?.staff) this.out.staffTotals.push(total.total);
      const c = collectiveTitle(text);
      if (!total && c && (c.title === "ttldtt" || c.title === "ttldxs" || c.organization)) {
        this.out.collective.push(c);
        if (!inCombined) this.hooks.insert("targets.collective");
        return true;
      }
      return false;
    }
    // "Tổng số CBGVNV: 31" is the denominator, not a target.
    if (/^tổng\s+số/iu.test(line.label)) {
      if (line.total === undefined) this.out.staffTotals.push(line.count);
      return false;
    }
    if (this.context.kind === "group") {
      const g = this.context.group;
      if (!this.out.groups.includes(g)) this.out.groups.push(g);
      g.lines.push(line);
      if (!inCombined && !(this.groupFromHeading && g.lines.length === 1 && this.hooks.claimHeading(g.id)))
        this.hooks.insert(`targets.${g.id}`);
      return true;
    }
    this.out.staff.push({ line, target: { ...individualTitle(line.label), count: line.count } });
    if (!inCombined) this.hooks.insert("targets.individual");
    return true;
  }

  /** A group from its heading: "(tổng số 1.085 học sinh, 27 lớp)" gives its total and a total in a second unit. */
  private newGroup(h: Pick<HeadingTotal, "title"> & Partial<HeadingTotal>): GroupRead {
    let id = slug(h.title);
    while (this.out.groups.some((g) => g.id === id)) id = `${id}-2`;
    return {
      id,
      title: h.title.trim(),
      ...(h.total !== undefined ? { total: h.total } : {}),
      ...(h.unit ? { totalUnit: h.unit } : {}),
      ...(h.second ? { otherTotals: [{ total: h.second.count, unit: h.second.unit }] } : {}),
      targets: [],
      lines: [],
    };
  }
}
