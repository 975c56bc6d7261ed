import { XmlTokenizer } from "./XmlTokenizer.ts";

/** Runs a part through the strict tokenizer, declining unless it is well-formed. */
export function checkWellFormed(xml: string, part: string): void {
  const tok: XmlTokenizer = new XmlTokenizer(xml, part);
  while (tok.next() !== "end");
}
