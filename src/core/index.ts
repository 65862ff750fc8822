// The pure core: text in, data out. No fs, console or process here; the CLI does I/O.
import { checkBytes } from "./check.js";
import { decode } from "./load/decode.js";
import { load } from "./load/load.js";
import { validate } from "./validate/validate.js";

export type { Checked } from "./check.js";
export type { Diagnostic } from "./diagnostic.js";
export type { Plan } from "./plan.js";
export { checkBytes, decode, load, validate };
