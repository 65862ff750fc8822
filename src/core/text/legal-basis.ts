// A căn cứ as the document prints it. The layout writes it and import (core/import/legal-basis.ts)
// keeps a căn cứ as fields only when they print the very same sentence, so both read this one module.
import { parseIsoDate } from "../compute/dates.js";
import type { LegalBasis } from "../plan.js";
import { formatDateShort } from "./vn-format.js";

/** Laws name their title before their number: "Luật Thi đua, khen thưởng số 06/2022/QH15". */
const LAW_FIRST = new Set(["Hiến pháp", "Luật", "Bộ luật", "Pháp lệnh"]);

/** "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định …" */
export function legalBasisSentence(basis: LegalBasis): string {
  if (typeof basis === "string") return `Căn cứ ${basis.replace(/^Căn cứ\s+/iu, "").replace(/[;.,]\s*$/, "")}`;
  const date = basis.date ? ` ngày ${formatDateShort(parseIsoDate(basis.date)!)}` : "";
  const number = basis.number ? ` số ${basis.number}` : "";
  if (LAW_FIRST.has(basis.kind)) return `Căn cứ ${basis.kind} ${basis.title}${number}${date}`;
  const issuer = basis.issuer ? ` của ${basis.issuer}` : "";
  return `Căn cứ ${basis.kind}${number}${date}${issuer} ${basis.title}`.trimEnd();
}
