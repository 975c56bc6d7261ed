/** A <hyperlink> of a worksheet: the cell it is on (`ref`, as written) and its relationship id (r:id). */
export interface HyperlinkRef {
  ref: string | undefined;
  relationshipId: string | undefined;
}
