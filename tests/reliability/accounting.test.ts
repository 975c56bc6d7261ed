import { describe, expect, it } from "vitest";
import { DuckDBInstance } from "@duckdb/node-api";
import { buildWarehouse } from "../../pipeline/warehouse/writeWarehouse.ts";
import { loadRegistry } from "../../pipeline/registry/index.ts";
import { settingsSchema } from "../../pipeline/config/loadSettings.ts";
import { givenIngest } from "../helpers/givenWarehouse.ts";

/**
 * Rows read = loaded + set aside is checked on every build, against the rows actually in the
 * source tables: every dataset any test or run puts through the warehouse is asserted, and a build
 * that would lose or invent a row fails and keeps the previous warehouse.
 */
describe("the accounting invariant of every build", () => {
  const build = async (mutate: (ingest: ReturnType<typeof givenIngest>) => void) => {
    const ingest = givenIngest([{ agency: "T01", period: "2024-08", systems: [{}, {}, {}] }, { agency: "BYT", period: "2024-08", counts: { total: 4, approved: 2, implemented: 1 } }]);
    mutate(ingest);
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await buildWarehouse(connection, {
        ingest, registry: loadRegistry(), settings: settingsSchema.parse({}), previous: null,
        run: { startedAt: new Date("2026-11-22T00:00:00Z"), runDate: "2026-11-22", sourcesDir: "given", version: "test" },
      });
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  };

  it("passes when every row is accounted for", async () => {
    await expect(build(() => {})).resolves.toBeUndefined();
  });

  it("fails, naming the file, when a row read is neither loaded nor set aside", async () => {
    await expect(build((ingest) => { ingest.files[0]!.rowsRead += 1; })).rejects.toThrow(/Sổ sách dòng dữ liệu không khớp — kho dữ liệu cũ được giữ nguyên:\n {2}given\/T01-2024-08-0\.xlsx: đọc 4 ≠ nạp 3 \+ để riêng 0/);
  });

  it("fails when the counts agree with each other but not with the rows in the tables", async () => {
    await expect(build((ingest) => { ingest.systems.pop(); })).rejects.toThrow("trong bảng: nạp 2, để riêng 0");
    await expect(build((ingest) => { ingest.rejectedRows.push({ file: "given/BYT-2024-08-1.xlsx", sheet: null, row: 9, reasonCode: "x", message: "y" }); })).rejects.toThrow("để riêng 1");
  });
});
