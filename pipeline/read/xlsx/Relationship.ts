/** One <Relationship> of a .rels part, as exceljs keeps it. */
export interface Relationship {
  type: string | undefined;
  target: string | undefined;
}
