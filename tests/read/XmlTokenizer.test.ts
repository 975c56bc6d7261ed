import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { XmlTokenizer } from "../../pipeline/read/xlsx/XmlTokenizer.ts";
import { Declined } from "../../pipeline/read/xlsx/Declined.ts";
import { findBrokenXmlPart } from "../../pipeline/read/findBrokenXmlPart.ts";

type Event = [string, ...string[]];

/** The tokenizer's events: opens with their attributes as saxes reports them (`names`), joined text, closes. */
function tokenize(xml: string, names?: (i: number) => string[]): Event[] {
  const tok = new XmlTokenizer(xml, "test.xml");
  const events: Event[] = [];
  let opens = 0;
  for (;;) {
    const token = tok.next();
    if (token === "end") return events;
    if (token === "open") events.push(["open", tok.name, ...(names?.(opens++) ?? []).flatMap((n) => [n, tok.attr(n) ?? "(missing)"])]);
    else if (token === "close") events.push(["close", tok.name]);
    else {
      const last = events[events.length - 1];
      if (token === "text" && last?.[0] === "text") last[1] += tok.text();
      else events.push([token, tok.text()]);
    }
  }
}

function saxes(xml: string): Event[] | null {
  const parser = new SaxesParser();
  const events: Event[] = [];
  let failed = false;
  parser.on("error", () => {
    failed = true;
  });
  parser.on("opentag", (node) => events.push(["open", node.name, ...Object.entries(node.attributes as Record<string, string>).flat()]));
  parser.on("closetag", (node) => events.push(["close", node.name]));
  parser.on("text", (text) => {
    const last = events[events.length - 1];
    if (last?.[0] === "text") last[1] += text;
    else if (events.length > 0 && !(last?.[0] === "close" && events.filter((e) => e[0] === "open").length === events.filter((e) => e[0] === "close").length)) events.push(["text", text]);
  });
  parser.on("cdata", (text) => events.push(["cdata", text]));
  parser.write(xml).close();
  return failed ? null : events;
}

const accepts = (xml: string) => {
  try {
    tokenize(xml);
    return true;
  } catch (error) {
    if (error instanceof Declined) return false;
    throw error;
  }
};
const wellFormedForFindBroken = (xml: string) =>
  findBrokenXmlPart([{ entry: { index: 0, name: "x.xml", flags: 0, method: 0, crc32: 0, compressedSize: 0, uncompressedSize: 0, localHeaderOffset: 0 }, bytes: Buffer.from(xml, "utf8") }]) === null;

describe("XmlTokenizer", () => {
  it("yields elements, attributes and text, with entities, character references and line ends decoded as saxes does", () => {
    const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst a="x &amp; y" b=\'1\t2\r\n3\'><si><t xml:space="preserve"> Hà&#x1EA1;&#7841; &lt;&gt;&quot;&apos;\r\nz\r</t></si><!-- note --><e/><?pi data?></sst>\n';
    expect(tokenize(xml, (i) => [["a", "b"], [], ["xml:space"], []][i] ?? [])).toEqual([
      ["open", "sst", "a", "x & y", "b", "1 2 3"],
      ["open", "si"],
      ["open", "t", "xml:space", "preserve"],
      ["text", " Hàạạ <>\"'\nz\n"],
      ["close", "t"],
      ["close", "si"],
      ["open", "e"],
      ["close", "e"],
      ["close", "sst"],
    ]);
  });

  it("reports CDATA sections as such", () => {
    expect(tokenize("<t>a<![CDATA[<b>&]]>c</t>")).toEqual([["open", "t"], ["text", "a"], ["cdata", "<b>&"], ["text", "c"], ["close", "t"]]);
  });

  it.each([
    ["an empty document", ""],
    ["only a declaration", '<?xml version="1.0"?>'],
    ["an unclosed element", "<a><b></b>"],
    ["a mismatched close", "<a><b></a></b>"],
    ["two roots", "<a/><b/>"],
    ["text outside the root", "<a/>x"],
    ["an unquoted attribute", "<a b=1/>"],
    ["an attribute without a value", "<a b/>"],
    ["a duplicate attribute", '<a b="1" b="2"/>'],
    ["attributes run together", '<a b="1"c="2"/>'],
    ["'<' in an attribute value", '<a b="<"/>'],
    ["an undefined entity", "<a>&nbsp;</a>"],
    ["a bare ampersand", "<a>AT&T</a>"],
    ["a malformed character reference", "<a>&#xZZ;</a>"],
    ["a reference to a forbidden character", "<a>&#0;</a>"],
    ["an upper-case hex reference", "<a>&#X41;</a>"],
    ["a control character", "<a>\u0001</a>"],
    ["U+FFFE", "<a>\ufffe</a>"],
    ["a lone surrogate", "<a>\ud800</a>"],
    ["']]>' in text", "<a>]]></a>"],
    ["a byte-order mark", "\ufeff<a/>"],
    ["a DOCTYPE", "<!DOCTYPE a><a/>"],
    ["a declaration not at the start", ' <?xml version="1.0"?><a/>'],
    ["a malformed declaration", '<?xml encoding="UTF-8"?><a/>'],
    ["a processing instruction outside the root", "<?pi?><a/>"],
    ["an unterminated comment", "<a><!-- x </a>"],
    ["'--' inside a comment", "<a><!-- x -- y --></a>"],
    ["CDATA outside the root", "<![CDATA[x]]><a/>"],
    ["a non-ASCII element name", "<ả/>"],
    ["a space after '<'", "< a/>"],
    ["a space after '</'", "<a></ a>"],
    ["a slash not closing the tag", "<a/ >"],
    ["a truncated tag", '<a b="1"'],
  ])("declines %s", (_, xml) => {
    expect(accepts(xml)).toBe(false);
  });

  const seeds = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="urn:x"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><f>SUM(A1:A2)</f><v>3</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>',
    '<sst count="2"><si><t xml:space="preserve"> a &amp; b </t></si><si><r><rPr><rFont val=".VnTime"/></rPr><t>Hµ Néi</t></r></si></sst>',
    '<Relationships><Relationship Id="rId1" Type="t" Target="worksheets/sheet1.xml"/><!-- c --></Relationships>',
  ];
  const pieces = ["<", ">", "/", "/>", "</", '"', "'", "=", "&", ";", "&amp;", "&#65;", "&#x;", " ", "\r\n", "a", "<!--", "-->", "<![CDATA[", "]]>", "<?", "?>", "<x>", "</x>", "\u0001", "ả"];
  const mutated = fc.tuple(
    fc.constantFrom(...seeds),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 4 }),
  ).map(([seed, edits]) => edits.reduce((xml, [at, cut, piece]) => {
    const i = at % (xml.length + 1);
    return xml.slice(0, i) + piece + xml.slice(i + cut);
  }, seed));

  it("accepts only what saxes and the well-formedness check accept, and reads it as saxes does", () => {
    let accepted = 0;
    fc.assert(fc.property(mutated, (xml) => {
      if (!accepts(xml)) return;
      accepted++;
      const events = saxes(xml);
      expect(events, xml).not.toBeNull();
      expect(wellFormedForFindBroken(xml), xml).toBe(true);
      let i = 0;
      const saxesEvents = events!;
      const names = saxesEvents.filter((e) => e[0] === "open").map((e) => e.slice(2).filter((_, k) => k % 2 === 0));
      expect(tokenize(xml, () => names[i++] ?? []), xml).toEqual(saxesEvents);
    }), { numRuns: 3000, seed: 12 });
    expect(accepted).toBeGreaterThan(100);
  });
});
