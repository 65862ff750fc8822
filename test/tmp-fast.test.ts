import { readFileSync } from "node:fs";
import { it } from "vitest";
import { plainEnough, cleanFast } from "../src/core/fast.js";
it("x", () => {
  const t = readFileSync("/tmp/clean/t0000.yaml", "utf8");
  console.log("plain", plainEnough(t), "clean", cleanFast(t));
  const lines = t.split("\n");
  for (let i = 1; i <= lines.length; i++) if (!plainEnough(lines.slice(0, i).join("\n"))) { console.log("first bad line", i, lines[i - 1]); break; }
});
