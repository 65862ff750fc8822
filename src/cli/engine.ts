// Choices that depend on the Node running plan, made once at start (main and the validate worker).
import { useUtf8Decoder, utf8ByTranscode } from "../core/load/decode.js";

export function tuneForEngine(): void {
  // Buffer#toString("utf8") became the fast path (simdutf) in Node 24; before, transcode is 2–3× faster.
  if (Number(process.versions.node.split(".")[0]) < 24) useUtf8Decoder(utf8ByTranscode);
}
