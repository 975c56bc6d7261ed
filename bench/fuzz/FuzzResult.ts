/** What one case did: `status` "crash" when parseFile or a normaliser threw, "hang" when the case ran out of time. */
export interface FuzzResult {
  category: string;
  status: "loaded" | "rejected" | "normalized" | "crash" | "hang";
  reasonCode: string | null;
  message: string | null;
  /** Failure messages of the normalisers, for a cell case. */
  cellMessages: { code: string; message: string }[];
  problems: string[];
  ms: number;
  bytes: number;
}
