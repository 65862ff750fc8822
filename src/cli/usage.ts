import type { CommanderError } from "commander";
import type { Lang } from "../messages/index.js";

const quoted = (message: string): string[] => [...message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? "");

/** Commander's usage errors, said in Vietnamese (or English), with its "did you mean" kept. */
export function usageMessage(error: CommanderError, lang: Lang): string {
  const [first = "", second = ""] = quoted(error.message);
  const suggestion = /Did you mean (?:one of )?([^?]+)\?/.exec(error.message)?.[1]?.trim();
  const vi: Record<string, string> = {
    "commander.unknownOption": `tùy chọn không có: ${first}`,
    "commander.unknownCommand": `lệnh không có: ${first}`,
    "commander.missingArgument": `thiếu tham số: ${first}`,
    "commander.optionMissingArgument": `tùy chọn ${first} cần một giá trị`,
    "commander.missingMandatoryOptionValue": `thiếu tùy chọn bắt buộc: ${first}`,
    "commander.invalidArgument":
      `giá trị ${second || "?"} không hợp lệ cho ${first}; ` +
      `${error.message.replace(/^.*?\. /, "").replace("Allowed choices are", "các giá trị được phép:")}`,
    "commander.excessArguments": "thừa tham số",
    "commander.conflictingOption": `tùy chọn ${first} không dùng cùng ${second} được`,
  };
  const base =
    lang === "en" ? error.message.replace(/^error: /, "") : (vi[error.code] ?? error.message.replace(/^error: /, ""));
  const hint = suggestion
    ? lang === "en"
      ? ` (did you mean ${suggestion}?)`
      : ` (bạn có muốn viết ${suggestion}?)`
    : "";
  const help = lang === "en" ? "See `plan --help`." : "Xem `plan --help`.";
  return `plan: ${base.split("\n")[0]}${hint}\n${help}`;
}
