// The documents of the year a results file renders (`plan render ket-qua.yaml --doc KIND`): each kind is a
// Layout, so the one page model (page.ts) sets it on A4 for DOCX, HTML, PDF and text alike.
import type { Layout } from "../layout.js";
import { baoCaoLayout } from "./bao-cao-thanh-tich.js";
import { bienBanLayout } from "./bien-ban.js";
import { DocumentContext, type DocumentInput } from "./common.js";
import { dangKyLayout } from "./dang-ky.js";
import { quyetDinhLayout } from "./quyet-dinh.js";
import { toTrinhLayout } from "./to-trinh.js";
import { tongKetLayout } from "./tong-ket.js";

export type { DocumentInput };

/** In the order of the year (README): registrations, council, tờ trình, decision, reports. */
export const DOCUMENT_KINDS = [
  "dang-ky",
  "bien-ban",
  "to-trinh",
  "quyet-dinh",
  "bao-cao-thanh-tich",
  "tong-ket",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const isDocumentKind = (kind: string): kind is DocumentKind =>
  (DOCUMENT_KINDS as readonly string[]).includes(kind);

/** Why a document cannot be laid out from what was given: the CLI turns it into a usage error. */
export type DocumentProblem = { code: "results/doc-needs-for" } | { code: "results/doc-for-unknown"; for: string };

export function documentProblem(kind: DocumentKind, input: DocumentInput): DocumentProblem | undefined {
  if (kind === "bao-cao-thanh-tich") {
    if (!input.for) return { code: "results/doc-needs-for" };
    const known =
      input.results.staff.some((s) => s.id === input.for) ||
      (input.results.collectives ?? []).some((c) => c.id === input.for);
    if (!known) return { code: "results/doc-for-unknown", for: input.for };
  }
  if (
    (kind === "to-trinh" || kind === "quyet-dinh") &&
    input.for &&
    !(input.results.proposals ?? []).some((p) => (p.number ?? p.to) === input.for)
  )
    return { code: "results/doc-for-unknown", for: input.for };
  return undefined;
}

export function documentLayout(kind: DocumentKind, input: DocumentInput): Layout {
  const c = new DocumentContext(input);
  switch (kind) {
    case "dang-ky":
      return dangKyLayout(c);
    case "bien-ban":
      return bienBanLayout(c);
    case "to-trinh":
      return toTrinhLayout(c);
    case "quyet-dinh":
      return quyetDinhLayout(c);
    case "bao-cao-thanh-tich":
      return baoCaoLayout(c, input.for!);
    case "tong-ket":
      return tongKetLayout(c);
  }
}
