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

export const COLLECTIVE_TITLES: Record<CollectiveTitleId, { name: string; short: string }> = {
  ttldtt: { name: "Tập thể lao động tiên tiến", short: "TTLĐTT" },
  ttldxs: { name: "Tập thể lao động xuất sắc", short: "TTLĐXS" },
  "co-thi-dua-tinh": { name: "Cờ thi đua của UBND tỉnh", short: "Cờ thi đua tỉnh" },
  "co-thi-dua-bo": { name: "Cờ thi đua của Bộ Giáo dục và Đào tạo", short: "Cờ thi đua Bộ" },
  "giay-khen-tap-the": { name: "Giấy khen (tập thể)", short: "Giấy khen tập thể" },
  "bang-khen-tap-the": { name: "Bằng khen (tập thể)", short: "Bằng khen tập thể" },
};

/** Commendations subject to a local non-leader share, when a locality sets one. */
export const COMMENDATIONS: readonly IndividualTitleId[] = ["giay-khen", "bang-khen-tinh", "bang-khen-bo"];
