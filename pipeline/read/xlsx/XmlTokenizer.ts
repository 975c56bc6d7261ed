import { Declined } from "./Declined.ts";
import { isInheritedKey } from "./isInheritedKey.ts";

export type XmlToken = "open" | "close" | "text" | "cdata" | "end";

const LT = 60, GT = 62, SLASH = 47, BANG = 33, QUESTION = 63, EQ = 61, QUOT = 34, APOS = 39;
// Characters XML forbids anywhere (lone surrogates aside, see the constructor): controls other than tab, LF and CR, U+FFFE, U+FFFF.
const FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;
const XML_DECLARATION = /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/y;
// Shared by all tokenizers: element names seen, by length and first character, so that a tag's name is rarely a new string.
const NAMES: (string | undefined)[] = new Array(16 << 7);

/**
 * A strict pull tokenizer for the XML parts of a workbook. It accepts only well-formed documents (one
 * root, balanced tags, quoted unique attributes, known entities and valid character references, XML
 * characters only) and throws Declined on anything else — including what XML allows but a workbook
 * never needs (a DOCTYPE, a byte-order mark, non-ASCII names, processing instructions outside the root,
 * elements named like an Object.prototype member).
 * Text and attribute values are decoded as saxes (exceljs' parser) decodes them. Element and attribute
 * names are taken as written, prefix included, as exceljs matches them.
 */
export class XmlTokenizer {
  /** Name of the element just opened or closed. */
  name = "";
  /** The element just opened has no content (`<a/>`); its close comes next. */
  selfClosing = false;
  private readonly xml: string;
  private readonly part: string;
  private pos = 0;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private pendingClose = false;
  private textStart = 0;
  private textEnd = 0;
  private textDecode = false;
  private attrCount = 0;
  private attrNameStart = new Int32Array(8);
  private attrNameEnd = new Int32Array(8);
  private attrValueStart = new Int32Array(8);
  private attrValueEnd = new Int32Array(8);
  private attrDecode = new Uint8Array(8);
  // Where the next "&", CR, LF, tab and "]]>" are (-1: none left), advanced lazily so each is searched once.
  private nextAmp = -2;
  private nextCr = -2;
  private nextLf = -2;
  private nextTab = -2;
  private nextCdataEnd = -2;

  constructor(xml: string, part: string) {
    this.xml = xml;
    this.part = part;
    if (xml.charCodeAt(0) === 0xfeff) this.fail("byte-order mark");
    if (FORBIDDEN.test(xml) || !(xml as unknown as { isWellFormed(): boolean }).isWellFormed()) this.fail("character not allowed in XML");
    if (xml.startsWith("<?xml")) {
      XML_DECLARATION.lastIndex = 0;
      if (!XML_DECLARATION.test(xml)) this.fail("malformed XML declaration");
      this.pos = XML_DECLARATION.lastIndex;
    }
  }

  next(): XmlToken {
    if (this.pendingClose) {
      this.pendingClose = false;
      this.selfClosing = false;
      this.stack.pop();
      return "close";
    }
    const xml = this.xml;
    for (;;) {
      const pos = this.pos;
      if (pos >= xml.length) {
        if (!this.rootSeen || this.stack.length > 0) this.fail("document ends before its root element is closed");
        return "end";
      }
      if (xml.charCodeAt(pos) !== LT) {
        if (this.scanText(pos)) return "text";
        continue;
      }
      const c = xml.charCodeAt(pos + 1);
      if (c === SLASH) return this.closeTag(pos);
      if (c === BANG) {
        if (xml.startsWith("<!--", pos)) {
          this.skipComment(pos);
          continue;
        }
        if (xml.startsWith("<![CDATA[", pos) && this.stack.length > 0) return this.cdata(pos);
        this.fail("DOCTYPE or misplaced CDATA");
      }
      if (c === QUESTION) {
        this.skipProcessingInstruction(pos);
        continue;
      }
      return this.openTag(pos);
    }
  }

  /** The decoded text of the current text or CDATA token. */
  text(): string {
    return this.textDecode ? this.decode(this.textStart, this.textEnd, false) : this.xml.slice(this.textStart, this.textEnd);
  }

  /** The decoded value of an attribute of the element just opened, as written (prefix included). */
  attr(name: string): string | undefined {
    const xml = this.xml;
    for (let k = 0; k < this.attrCount; k++) {
      const start = this.attrNameStart[k]!;
      if (this.attrNameEnd[k]! - start === name.length && xml.startsWith(name, start)) {
        const from = this.attrValueStart[k]!, to = this.attrValueEnd[k]!;
        return this.attrDecode[k] === 0 ? xml.slice(from, to) : this.decode(from, to, true);
      }
    }
    return undefined;
  }

  /** An attribute value as attr() gives it, but the same string for the same short value (t="s", t="str" …). */
  attrInterned(name: string): string | undefined {
    const k = this.attrIndex(name);
    if (k < 0) return undefined;
    const from = this.attrValueStart[k]!, to = this.attrValueEnd[k]!;
    return this.attrDecode[k] === 0 && to > from ? this.internName(from, to) : this.attr(name);
  }

  /**
   * An attribute as exceljs reads a style index: undefined when absent or empty, else parseInt(value, 10)
   * (read in place when it is plain digits).
   */
  attrInteger(name: string): number | undefined {
    const k = this.attrIndex(name);
    if (k < 0) return undefined;
    const from = this.attrValueStart[k]!, to = this.attrValueEnd[k]!;
    if (to === from) return undefined;
    if (this.attrDecode[k] === 0 && to - from < 10) {
      let n = 0;
      for (let i = from; i < to; i++) {
        const c = this.xml.charCodeAt(i);
        if (c < 48 || c > 57) return parseInt(this.xml.slice(from, to), 10);
        n = n * 10 + c - 48;
      }
      return n;
    }
    return parseInt(this.attr(name) as string, 10);
  }

  /** The column of a cell reference attribute (see columnOfReference) read in place: 0 when absent or malformed. */
  attrColumn(name: string): number {
    const k = this.attrIndex(name);
    if (k < 0 || this.attrDecode[k] !== 0) return 0;
    const xml = this.xml;
    const from = this.attrValueStart[k]!, to = this.attrValueEnd[k]!;
    let col = 0;
    let i = from;
    for (; i < to && i < from + 4; i++) {
      const c = xml.charCodeAt(i);
      if (c < 65 || c > 90) break;
      col = col * 26 + c - 64;
    }
    if (i === from || i - from > 3 || col > 16384 || i === to) return 0;
    for (; i < to; i++) {
      const c = xml.charCodeAt(i);
      if (c < 48 || c > 57) return 0;
    }
    return col;
  }

  private attrIndex(name: string): number {
    const xml = this.xml;
    for (let k = 0; k < this.attrCount; k++) {
      const start = this.attrNameStart[k]!;
      if (this.attrNameEnd[k]! - start === name.length && xml.startsWith(name, start)) return k;
    }
    return -1;
  }

  /**
   * Consumes the element just opened up to its close. Declines when a descendant's name is in
   * `forbidden`, or (when given) not in `allowed`; text and CDATA inside are ignored.
   */
  skipElement(allowed?: ReadonlySet<string>, forbidden?: ReadonlySet<string>): void {
    const depth = this.stack.length;
    for (;;) {
      const token = this.next();
      if (token === "open") {
        if ((allowed && !allowed.has(this.name)) || forbidden?.has(this.name)) this.fail(`unexpected <${this.name}>`);
      } else if (token === "close" && this.stack.length < depth) return;
    }
  }

  /** Declines, naming the part. */
  fail(reason: string): never {
    throw new Declined(`${this.part}: ${reason}`);
  }

  private openTag(pos: number): XmlToken {
    const xml = this.xml;
    const nameStart = pos + 1;
    const nameEnd = this.scanName(nameStart);
    if (nameEnd === nameStart) this.fail("malformed tag");
    if (this.stack.length === 0 && this.rootSeen) this.fail("more than one root element");
    this.rootSeen = true;
    const name = this.internName(nameStart, nameEnd);
    // exceljs looks element names up in plain objects: one named like an Object.prototype member ("toString") makes it throw.
    if (name.length >= 7 && isInheritedKey(name)) this.fail(`element <${name}>`);
    // No "<" may come before this tag's ">", not even inside an attribute value.
    let limit = xml.indexOf("<", nameEnd);
    if (limit < 0) limit = xml.length;
    let i = nameEnd;
    this.attrCount = 0;
    for (;;) {
      const ws = i;
      i = this.skipSpace(i);
      const c = xml.charCodeAt(i);
      if (c === GT) {
        this.pos = i + 1;
        this.selfClosing = false;
        break;
      }
      if (c === SLASH) {
        if (xml.charCodeAt(i + 1) !== GT) this.fail("'/' in a tag not followed by '>'");
        this.pos = i + 2;
        this.selfClosing = true;
        this.pendingClose = true;
        break;
      }
      if (i >= limit) this.fail("tag not closed before the next '<'");
      if (i === ws) this.fail("attributes not separated by whitespace");
      i = this.attribute(i, limit);
    }
    this.name = name;
    this.stack.push(name);
    return "open";
  }

  private attribute(start: number, limit: number): number {
    const xml = this.xml;
    const nameEnd = this.scanName(start);
    if (nameEnd === start) this.fail("malformed attribute name");
    let i = this.skipSpace(nameEnd);
    if (xml.charCodeAt(i) !== EQ) this.fail("attribute without a value");
    i = this.skipSpace(i + 1);
    const quote = xml.charCodeAt(i);
    if (quote !== QUOT && quote !== APOS) this.fail("unquoted attribute value");
    const valueStart = i + 1;
    const valueEnd = xml.indexOf(quote === QUOT ? '"' : "'", valueStart);
    if (valueEnd < 0 || valueEnd > limit) this.fail("attribute value not closed before the next '<'");
    let decode = 0;
    if (this.hasAmp(valueStart, valueEnd)) {
      this.checkEntities(valueStart, valueEnd);
      decode = 1;
    }
    if (this.hasCr(valueStart, valueEnd) || this.hasLf(valueStart, valueEnd) || this.hasTab(valueStart, valueEnd)) decode = 1;
    const k = this.attrCount;
    for (let j = 0; j < k; j++) {
      if (sameChars(xml, this.attrNameStart[j]!, this.attrNameEnd[j]!, start, nameEnd)) this.fail("duplicate attribute");
    }
    if (k === this.attrNameStart.length) this.growAttributes();
    this.attrNameStart[k] = start;
    this.attrNameEnd[k] = nameEnd;
    this.attrValueStart[k] = valueStart;
    this.attrValueEnd[k] = valueEnd;
    this.attrDecode[k] = decode;
    this.attrCount = k + 1;
    return valueEnd + 1;
  }

  private closeTag(pos: number): XmlToken {
    const xml = this.xml;
    const nameStart = pos + 2;
    const open = this.stack[this.stack.length - 1];
    if (open === undefined || !xml.startsWith(open, nameStart)) this.fail("closing tag does not match");
    // The name must end where the open one does: only whitespace may come before ">".
    let i = nameStart + open.length;
    if (xml.charCodeAt(i) !== GT) {
      i = this.skipSpace(i);
      if (i === nameStart + open.length || xml.charCodeAt(i) !== GT) this.fail("closing tag does not match");
    }
    this.stack.pop();
    this.name = open;
    this.selfClosing = false;
    this.pos = i + 1;
    return "close";
  }

  /** Scans text from `start` up to the next "<"; true when it is inside the root (a text token), false when it was blank outside. */
  private scanText(start: number): boolean {
    const xml = this.xml;
    let end = xml.indexOf("<", start);
    if (end < 0) end = xml.length;
    this.pos = end;
    if (this.stack.length === 0) {
      for (let i = start; i < end; i++) {
        const c = xml.charCodeAt(i);
        if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) this.fail("text outside the root element");
      }
      return false;
    }
    let decode = false;
    if (this.hasAmp(start, end)) {
      this.checkEntities(start, end);
      decode = true;
    }
    if (this.hasCr(start, end)) decode = true;
    if (this.hasCdataEnd(start, end)) this.fail("']]>' in text");
    this.textStart = start;
    this.textEnd = end;
    this.textDecode = decode;
    return true;
  }

  // Whether the next "&", CR, LF, tab or "]]>" from `start` lies before `end`.
  private hasAmp(start: number, end: number): boolean {
    if (this.nextAmp !== -1 && this.nextAmp < start) this.nextAmp = this.xml.indexOf("&", start);
    return this.nextAmp >= 0 && this.nextAmp < end;
  }

  private hasCr(start: number, end: number): boolean {
    if (this.nextCr !== -1 && this.nextCr < start) this.nextCr = this.xml.indexOf("\r", start);
    return this.nextCr >= 0 && this.nextCr < end;
  }

  private hasLf(start: number, end: number): boolean {
    if (this.nextLf !== -1 && this.nextLf < start) this.nextLf = this.xml.indexOf("\n", start);
    return this.nextLf >= 0 && this.nextLf < end;
  }

  private hasTab(start: number, end: number): boolean {
    if (this.nextTab !== -1 && this.nextTab < start) this.nextTab = this.xml.indexOf("\t", start);
    return this.nextTab >= 0 && this.nextTab < end;
  }

  private hasCdataEnd(start: number, end: number): boolean {
    if (this.nextCdataEnd !== -1 && this.nextCdataEnd < start) this.nextCdataEnd = this.xml.indexOf("]]>", start);
    return this.nextCdataEnd >= 0 && this.nextCdataEnd + 3 <= end;
  }

  private cdata(pos: number): XmlToken {
    const start = pos + 9;
    const end = this.xml.indexOf("]]>", start);
    if (end < 0) this.fail("unterminated CDATA section");
    this.textStart = start;
    this.textEnd = end;
    this.textDecode = false; // the workbook parsers decline CDATA where text matters, so it is never decoded
    this.pos = end + 3;
    return "cdata";
  }

  private skipComment(pos: number): void {
    const end = this.xml.indexOf("--", pos + 4);
    if (end < 0 || this.xml.charCodeAt(end + 2) !== GT) this.fail("malformed comment");
    this.pos = end + 3;
  }

  private skipProcessingInstruction(pos: number): void {
    const xml = this.xml;
    if (this.stack.length === 0) this.fail("processing instruction outside the root element");
    const nameStart = pos + 2;
    const nameEnd = this.scanName(nameStart);
    if (nameEnd === nameStart || xml.slice(nameStart, nameEnd).toLowerCase() === "xml") this.fail("malformed processing instruction");
    const end = xml.indexOf("?>", nameEnd);
    if (end < 0 || (end > nameEnd && this.skipSpace(nameEnd) === nameEnd)) this.fail("malformed processing instruction");
    this.pos = end + 2;
  }

  /** The element name at start..end, reusing the string of an earlier tag of that name (most tags are <c>, <v>, <row>). */
  private internName(start: number, end: number): string {
    const length = end - start;
    const slot = length < 16 ? (length << 7) | (this.xml.charCodeAt(start) & 0x7f) : -1;
    const known = slot >= 0 ? NAMES[slot] : undefined;
    if (known !== undefined && known.length === length && this.xml.startsWith(known, start)) return known;
    const name = this.xml.slice(start, end);
    if (slot >= 0) NAMES[slot] = name;
    return name;
  }

  /** End of an ASCII XML name starting at `i` ([A-Za-z_][A-Za-z0-9_.:-]*), or `i` when there is none. */
  private scanName(i: number): number {
    const xml = this.xml;
    const first = xml.charCodeAt(i);
    if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90) || first === 95)) return i;
    for (i++; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 46 || c === 45)) break;
    }
    return i;
  }

  private skipSpace(i: number): number {
    const xml = this.xml;
    for (; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) break;
    }
    return i;
  }

  /** Checks every "&" reference between start and end. */
  private checkEntities(start: number, end: number): void {
    const xml = this.xml;
    for (let i = xml.indexOf("&", start); i >= 0 && i < end; i = xml.indexOf("&", i + 1)) {
      const semi = xml.indexOf(";", i + 1);
      if (semi < 0 || semi >= end || semi - i > 12 || entityChar(xml.slice(i + 1, semi)) === null) this.fail("unknown or malformed entity");
    }
  }

  /** Decodes entities and line ends (and, in attribute values, turns tabs and newlines into spaces) as saxes does. */
  private decode(start: number, end: number, attribute: boolean): string {
    const xml = this.xml;
    let out = "";
    let from = start;
    for (let i = start; i < end; i++) {
      const c = xml.charCodeAt(i);
      if (c === 38) {
        const semi = xml.indexOf(";", i + 1);
        out += xml.slice(from, i) + entityChar(xml.slice(i + 1, semi))!;
        i = semi;
        from = semi + 1;
      } else if (c === 0x0d) {
        out += xml.slice(from, i) + (attribute ? " " : "\n");
        if (xml.charCodeAt(i + 1) === 0x0a) i++;
        from = i + 1;
      } else if (attribute && (c === 0x0a || c === 0x09)) {
        out += `${xml.slice(from, i)} `;
        from = i + 1;
      }
    }
    return out + xml.slice(from, end);
  }

  private growAttributes(): void {
    const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.attrNameStart = grow(this.attrNameStart);
    this.attrNameEnd = grow(this.attrNameEnd);
    this.attrValueStart = grow(this.attrValueStart);
    this.attrValueEnd = grow(this.attrValueEnd);
    this.attrDecode = grow(this.attrDecode);
  }
}

function sameChars(xml: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (; a < aEnd; a++, b++) if (xml.charCodeAt(a) !== xml.charCodeAt(b)) return false;
  return true;
}

/** The character an entity body (between "&" and ";") stands for, or null when XML does not define it. */
function entityChar(body: string): string | null {
  switch (body) {
    case "lt": return "<";
    case "gt": return ">";
    case "amp": return "&";
    case "quot": return '"';
    case "apos": return "'";
  }
  let code = NaN;
  if (/^#x[0-9a-fA-F]+$/.test(body)) code = parseInt(body.slice(2), 16);
  else if (/^#[0-9]+$/.test(body)) code = parseInt(body.slice(1), 10);
  const isChar = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  return isChar ? String.fromCodePoint(code) : null;
}
