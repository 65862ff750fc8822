// The school calendar a year on. A date keeps its day and month but not its weekday, and a school year is
// laid out in weekdays (tựu trường on a Thursday, HK I ending on a Saturday, week 1 on a Monday), so a
// calendar point moves to the same weekday nearest the same date, unless it sits on a day fixed by date:
// khai giảng on 05/9 everywhere, or the national frame's usual dates that `plan init` writes. Tết follows
// the lunar calendar, so a Tết break is laid around the new year's Tết. Every move is said with both
// weekdays; a point on a Saturday or Sunday is said again among the things to check.
import { addDaysTo, daysBetween, parseIsoDate } from "../compute/calendar.js";
import { canChi, canChiPattern, tetDate } from "../compute/lunar.js";
import { formatDateShort } from "../text/vn-format.js";
import { defaultCalendar } from "../plan-defaults.js";

export const WEEKDAY = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"] as const;
const WEEKDAY_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** A message for the clerk, in Vietnamese and in English for `--lang en`. */
export interface Said {
  vi: string;
  en: string;
}

/** "29/8/2024 (thứ Năm)": the date as documents write it, with its weekday. */
export const dayVi = (d: Date): string => `${formatDateShort(d)} (${WEEKDAY[d.getDay()]})`;
export const dayEn = (d: Date): string => `${formatDateShort(d)} (${WEEKDAY_EN[d.getDay()]})`;
export const isWeekend = (d: Date): boolean => d.getDay() === 0 || d.getDay() === 6;

/** The same day and month `years` on (29/02 → 28/02 in a common year). */
export function sameDate(date: Date, years: number): Date {
  const y = date.getFullYear() + years;
  const leapDay = date.getMonth() === 1 && date.getDate() === 29 && new Date(y, 1, 29).getMonth() !== 1;
  return new Date(y, date.getMonth(), leapDay ? 28 : date.getDate());
}

/**
 * The day with the old weekday nearest the same date `years` on: Thursday 29/8/2024 → Thursday 28/8/2025.
 * It stays in the same month, even when that is 4 days away rather than 3: the timeline is by month, and
 * "Đợt 2 starts in November" must stay true (Monday 29/11/2027 → Monday 25/11/2030, not 02/12/2030).
 */
export function sameWeekday(date: Date, years: number): Date {
  const moved = sameDate(date, years);
  const ahead = (date.getDay() - moved.getDay() + 7) % 7;
  const [later, earlier] = [addDaysTo(moved, ahead), addDaysTo(moved, ahead - 7)];
  const nearest = ahead <= 3 ? later : earlier;
  const other = nearest === later ? earlier : later;
  return nearest.getMonth() === moved.getMonth() || other.getMonth() !== moved.getMonth() ? nearest : other;
}

export type Point = "start" | "semester1End" | "semester2Start" | "end";
export const POINT_VI: Record<Point | "week1", string> = {
  start: "ngày bắt đầu năm học",
  semester1End: "ngày kết thúc học kỳ I",
  semester2Start: "ngày bắt đầu học kỳ II",
  end: "ngày kết thúc năm học",
  week1: "ngày đầu tuần 1",
};
export const POINT_EN: Record<Point | "week1", string> = {
  start: "start of the school year",
  semester1End: "end of semester I",
  semester2Start: "start of semester II",
  end: "end of the school year",
  week1: "first day of week 1",
};

export interface PointMove {
  point: Point | "week1";
  from: Date;
  to: Date;
  /** Why this day: said after the move. */
  why: Said;
}

export interface OldCalendar {
  start: Date;
  semester1End: Date;
  semester2Start: Date;
  end: Date;
  week1?: Date;
}

const sameDay = (a: Date, b: Date): boolean => a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** The first Monday on or after `date`. */
const mondayOnOrAfter = (date: Date): Date => addDaysTo(date, (8 - date.getDay()) % 7);

/**
 * Each calendar point of the old year moved to the new one (`years` later, starting in `newStartYear`).
 * Points keep their relations: HK II starts as many days after HK I ends as before, week 1 starts on the
 * same Monday relative to the start, and the year still ends before 31/5 if it did.
 */
export function moveCalendar(old: OldCalendar, years: number): PointMove[] {
  const oldStartYear = old.start.getMonth() >= 6 ? old.start.getFullYear() : old.start.getFullYear() - 1;
  const usualOld = defaultCalendar(oldStartYear);
  const usualNew = defaultCalendar(oldStartYear + years);
  const weekday: Said = { vi: "cùng thứ trong tuần", en: "same weekday" };
  const moveOne = (point: Point, date: Date): { to: Date; why: Said } => {
    // Khai giảng is 05/9 in every school of the country, whatever the weekday (the Ministry's yearly frame).
    if (point === "start" && date.getDate() === 5 && date.getMonth() === 8)
      return {
        to: sameDate(date, years),
        why: { vi: "ngày khai giảng 05/9 hằng năm", en: "school opening day, 05/9 every year" },
      };
    // A plan still on the frame `plan init` writes follows the frame by date, while that date is a school day.
    const usual = parseIsoDate(usualNew[point]);
    if (sameDay(date, parseIsoDate(usualOld[point])!) && usual && !isWeekend(usual))
      return { to: usual, why: { vi: "ngày thường lệ của khung năm học", en: "the school-year frame's usual date" } };
    return { to: sameWeekday(date, years), why: weekday };
  };
  const start = moveOne("start", old.start);
  const s1 = moveOne("semester1End", old.semester1End);
  const gap = daysBetween(old.semester1End, old.semester2Start);
  // HK II starts the day (or the Monday) after HK I ends: the gap is the relation to keep, not a weekday of its own.
  const s2 =
    gap >= 1 && gap <= 7
      ? {
          to: addDaysTo(s1.to, gap),
          why: {
            vi: `${gap} ngày sau ${POINT_VI.semester1End}, như năm trước`,
            en: `${gap} day(s) after the end of semester I, as last year`,
          },
        }
      : moveOne("semester2Start", old.semester2Start);
  // A weekday move stays in its month, so a year that ended by 31/5 (the Ministry's frame) still does.
  const end = moveOne("end", old.end);
  const moves: PointMove[] = [
    { point: "start", from: old.start, ...start },
    { point: "semester1End", from: old.semester1End, ...s1 },
    { point: "semester2Start", from: old.semester2Start, ...s2 },
    { point: "end", from: old.end, ...end },
  ];
  if (old.week1) {
    // Week 1 keeps its place relative to the start ("the Monday after khai giảng"), counted in weeks.
    const weeks = Math.round(daysBetween(mondayOnOrAfter(old.start), old.week1) / 7);
    const to = addDaysTo(mondayOnOrAfter(start.to), weeks * 7);
    const relation =
      weeks === 0
        ? { vi: "thứ Hai đầu tiên từ ngày bắt đầu năm học", en: "first Monday from the start of the year" }
        : {
            vi: `thứ Hai cách ngày bắt đầu năm học ${weeks} tuần như năm trước`,
            en: `Monday ${weeks} week(s) from the start, as last year`,
          };
    moves.push({
      point: "week1",
      from: old.week1,
      to: old.week1.getDay() === 1 ? to : sameWeekday(old.week1, years),
      why: relation,
    });
  }
  return moves;
}

export interface OldBreak {
  name?: string;
  from: Date;
  to: Date;
}

export interface BreakMove {
  from: Date;
  to: Date;
  name?: string;
  kind: "tet" | "holiday" | "weekday";
  /** What the list says of this break's move. */
  said: Said;
  /** What the clerk must still check, if anything. */
  check?: Said;
}

const TET_NAME = /(?<!\p{L})(?:tết|tet)(?!\p{L})/iu;
/** Public holidays fixed by date (Bộ luật Lao động 2019, Điều 112): a break around one keeps its dates. */
const FIXED_HOLIDAYS: readonly [number, number][] = [
  [1, 1],
  [30, 4],
  [1, 5],
  [2, 9],
];
/** Giỗ Tổ Hùng Vương is 10/3 of the lunar calendar: the Tết table does not give it. */
const LUNAR_HOLIDAY = /giỗ tổ|hùng vương/iu;

const contains = (b: { from: Date; to: Date }, d: Date): boolean => b.from <= d && d <= b.to;

/** A break moved to the new year whose Tết falls in `newEndYear` (the school year's second calendar year). */
export function moveBreak(old: OldBreak, years: number, oldEndYear: number): BreakMove {
  const newEndYear = oldEndYear + years;
  const oldTet = tetDate(oldEndYear);
  const newTet = tetDate(newEndYear);
  const span = (from: Date, to: Date): string => `${formatDateShort(from)} - ${formatDateShort(to)}`;
  const isTet = (old.name !== undefined && TET_NAME.test(old.name)) || (oldTet !== undefined && contains(old, oldTet));
  if (isTet && oldTet && newTet) {
    const before = daysBetween(old.from, oldTet);
    const after = daysBetween(oldTet, old.to);
    const from = addDaysTo(newTet, -before);
    const to = addDaysTo(newTet, after);
    // "Nghỉ Tết Nguyên đán Bính Ngọ" is next year's "… Đinh Mùi".
    const name = old.name?.replace(canChiPattern(oldEndYear), canChi(newEndYear));
    const rel = (n: number): Said =>
      n === 0
        ? { vi: "mùng 1 Tết", en: "Tết" }
        : n < 0
          ? { vi: `${-n} ngày trước mùng 1 Tết`, en: `${-n} day(s) before Tết` }
          : { vi: `${n} ngày sau mùng 1 Tết`, en: `${n} day(s) after Tết` };
    const [a, b] = [rel(-before), rel(after)];
    const renamed =
      name !== old.name
        ? { vi: `; tên “${old.name}” → “${name}”`, en: `; name “${old.name}” → “${name}”` }
        : { vi: "", en: "" };
    const days = daysBetween(old.from, old.to) + 1;
    return {
      from,
      to,
      name,
      kind: "tet",
      said: {
        vi:
          `nghỉ Tết ${span(old.from, old.to)} → ${dayVi(from)} - ${dayVi(to)}: Tết ${canChi(newEndYear)} là ` +
          `${dayVi(newTet)}; giữ ${days} ngày, từ ${a.vi} đến ${b.vi}${renamed.vi}`,
        en:
          `Tết break ${span(old.from, old.to)} → ${dayEn(from)} - ${dayEn(to)}: Tết ${canChi(newEndYear)} is ` +
          `${dayEn(newTet)}; same ${days} days, from ${a.en} to ${b.en}${renamed.en}`,
      },
      check: {
        vi: `lịch nghỉ Tết ${canChi(newEndYear)} tính theo âm lịch: đối chiếu quyết định của UBND tỉnh`,
        en: `the Tết ${canChi(newEndYear)} break follows the lunar calendar: check it against the province's decision`,
      },
    };
  }
  if (isTet) {
    // Outside the table (before 2000, after 2100): said, not guessed.
    const from = sameDate(old.from, years);
    const to = sameDate(old.to, years);
    return {
      from,
      to,
      name: old.name,
      kind: "tet",
      said: {
        vi: `nghỉ Tết: ${span(old.from, old.to)} → ${span(from, to)} (chỉ dời năm)`,
        en: `Tết break: ${span(old.from, old.to)} → ${span(from, to)} (year only)`,
      },
      check: {
        vi: `không có ngày Tết năm ${newEndYear} trong bảng âm lịch: sửa theo lịch nghỉ năm học mới`,
        en: `no Tết date for ${newEndYear} in the lunar table: set the break from the new calendar`,
      },
    };
  }
  const holiday = FIXED_HOLIDAYS.some(([d, m]) => {
    for (let y = old.from.getFullYear(); y <= old.to.getFullYear(); y++)
      if (contains(old, new Date(y, m - 1, d))) return true;
    return false;
  });
  if (holiday) {
    const from = sameDate(old.from, years);
    const to = sameDate(old.to, years);
    return {
      from,
      to,
      name: old.name,
      kind: "holiday",
      said: {
        vi: `nghỉ lễ theo ngày: ${span(old.from, old.to)} → ${dayVi(from)} đến ${dayVi(to)}`,
        en: `public holiday by date: ${span(old.from, old.to)} → ${dayEn(from)} to ${dayEn(to)}`,
      },
      check: {
        vi: "ngày nghỉ bù (nếu có) theo thông báo của Chính phủ năm mới: kiểm tra",
        en: "days off in lieu follow the government's notice for the new year: check",
      },
    };
  }
  // Any other break (mid-term, a local holiday) is laid out in weekdays: same weekdays, same length.
  const from = sameWeekday(old.from, years);
  const to = addDaysTo(from, daysBetween(old.from, old.to));
  const lunar = old.name !== undefined && LUNAR_HOLIDAY.test(old.name);
  return {
    from,
    to,
    name: old.name,
    kind: "weekday",
    said: {
      vi: `ngày nghỉ: ${dayVi(old.from)} - ${dayVi(old.to)} → ${dayVi(from)} - ${dayVi(to)}, cùng thứ trong tuần`,
      en: `break: ${dayEn(old.from)} - ${dayEn(old.to)} → ${dayEn(from)} - ${dayEn(to)}, same weekdays`,
    },
    check: lunar
      ? {
          vi: "Giỗ Tổ Hùng Vương là ngày 10/3 âm lịch: sửa theo lịch năm mới",
          en: "Hùng Kings' day is 10/3 of the lunar calendar: set it from the new calendar",
        }
      : {
          vi: "ngày nghỉ dời theo thứ trong tuần: kiểm tra theo quyết định của UBND tỉnh",
          en: "the break moved by weekday: check it against the province's decision",
        },
  };
}
