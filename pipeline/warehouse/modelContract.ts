import { z } from "zod";

const identifier = z.string().regex(/^[a-z_][a-z0-9_]*$/, "tên cột chỉ gồm chữ thường, số và _");

/** A mart's contract, kept beside it as <name>.contract.json and checked every time the models run. */
export const modelContractSchema = z.strictObject({
  grain: z.string().min(1),
  key: z.array(identifier).min(1),
  columns: z.record(identifier, z.strictObject({
    description: z.string().min(1),
    not_null: z.boolean().optional(),
    accepted_values: z.array(z.union([z.string(), z.number(), z.boolean()])).optional(),
  })),
  invariants: z.array(z.strictObject({
    description: z.string().min(1),
    /** A SQL boolean expression over one row that must hold on every row. */
    holds: z.string().min(1),
  })).default([]),
});

export type ModelContract = z.infer<typeof modelContractSchema>;
