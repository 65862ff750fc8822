import type { CollectiveTitleId, IndividualTitleId } from "../plan.js";

/** Titles the law names (Luật TĐKT 2022, TT 29/2023): the tool knows their rules by id. */
export const INDIVIDUAL_TITLES: Record<IndividualTitleId, { name: string; short: string }> = {
  ldtt: { name: "Lao động tiên tiến", short: "LĐTT" },
  cstdcs: { name: "Chiến sĩ thi đua cơ sở", short: "CSTĐCS" },
  "cstd-tinh": { name: "Chiến sĩ thi đua cấp tỉnh", short: "CSTĐ cấp tỉnh" },
  "giay-khen": { name: "Giấy khen", short: "Giấy khen" },
  "bang-khen-tinh": { name: "Bằng khen của Chủ tịch UBND tỉnh", short: "Bằng khen UBND tỉnh" },
  "bang-khen-bo": { name: "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo", short: "Bằng khen Bộ GD&ĐT" },
  "ky-niem-chuong": { name: "Kỷ niệm chương “Vì sự nghiệp giáo dục”", short: "Kỷ niệm chương" },
};

/** `award`: how the title reads after its organisation ("Công đoàn cơ sở: vững mạnh"); `organization`: whose
 * rating it is. The organisations' own ratings (Công đoàn, Đoàn, Đội, Đảng) are not titles of Luật TĐKT: no
 * rule checks them. */
export const COLLECTIVE_TITLES: Record<
  CollectiveTitleId,
  { name: string; short: string; award?: string; organization?: string }
> = {
  ttldtt: { name: "Tập thể lao động tiên tiến", short: "TTLĐTT" },
  ttldxs: { name: "Tập thể lao động xuất sắc", short: "TTLĐXS" },
  "co-thi-dua-tinh": { name: "Cờ thi đua của UBND tỉnh", short: "Cờ thi đua tỉnh" },
  "co-thi-dua-bo": { name: "Cờ thi đua của Bộ Giáo dục và Đào tạo", short: "Cờ thi đua Bộ" },
  "giay-khen-tap-the": { name: "Giấy khen (tập thể)", short: "Giấy khen tập thể" },
  "bang-khen-tap-the": { name: "Bằng khen (tập thể)", short: "Bằng khen tập thể" },
  "cong-doan-vung-manh": {
    name: "Công đoàn cơ sở vững mạnh",
    short: "CĐCS vững mạnh",
    award: "vững mạnh",
    organization: "Công đoàn cơ sở",
  },
  // The Công đoàn's rating above "vững mạnh", and the Đoàn of a THPT school (an Đoàn cơ sở, not a Chi đoàn).
  "cong-doan-vung-manh-xuat-sac": {
    name: "Công đoàn cơ sở vững mạnh xuất sắc",
    short: "CĐCS VMXS",
    award: "vững mạnh xuất sắc",
    organization: "Công đoàn cơ sở",
  },
  "doan-co-so-vung-manh": {
    name: "Đoàn cơ sở vững mạnh",
    short: "Đoàn cơ sở vững mạnh",
    award: "vững mạnh",
    organization: "Đoàn cơ sở",
  },
  "chi-doan-vung-manh": {
    name: "Chi đoàn vững mạnh",
    short: "Chi đoàn vững mạnh",
    award: "vững mạnh",
    organization: "Chi đoàn",
  },
  "lien-doi-manh": { name: "Liên đội mạnh", short: "Liên đội mạnh", award: "mạnh", organization: "Liên đội" },
  "lien-doi-xuat-sac": {
    name: "Liên đội xuất sắc",
    short: "Liên đội xuất sắc",
    award: "xuất sắc",
    organization: "Liên đội",
  },
  "chi-bo-tsvm": {
    name: "Chi bộ trong sạch vững mạnh",
    short: "Chi bộ TSVM",
    award: "trong sạch vững mạnh",
    organization: "Chi bộ",
  },
  "chi-bo-htxs": {
    name: "Chi bộ hoàn thành xuất sắc nhiệm vụ",
    short: "Chi bộ HTXSNV",
    award: "hoàn thành xuất sắc nhiệm vụ",
    organization: "Chi bộ",
  },
  "chi-bo-htt": {
    name: "Chi bộ hoàn thành tốt nhiệm vụ",
    short: "Chi bộ HTTNV",
    award: "hoàn thành tốt nhiệm vụ",
    organization: "Chi bộ",
  },
};

/** Commendations subject to a local non-leader share, when a locality sets one. */
export const COMMENDATIONS: readonly IndividualTitleId[] = ["giay-khen", "bang-khen-tinh", "bang-khen-bo"];
