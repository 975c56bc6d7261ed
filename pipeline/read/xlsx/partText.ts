import { isUtf8 } from "node:buffer";
import type { ZipPart } from "../ZipPart.ts";
import { Declined } from "./Declined.ts";

/** A part's bytes as text, decoded once; declines unless they are valid UTF-8 (jszip and Buffer would then disagree). */
export function partText(part: ZipPart): string {
  if (!isUtf8(part.bytes)) throw new Declined(`${part.entry.name}: not UTF-8`);
  return part.bytes.toString("utf8");
}
