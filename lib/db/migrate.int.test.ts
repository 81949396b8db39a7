import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { WholeScriptPg } from "./migrate";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
await client.connect();
afterAll(() => client.end());

const tableExists = async (name: string) => (await client.query("SELECT to_regclass($1) AS found", [name])).rows[0].found !== null;

describe("migration scripts", () => {
  it("keep function bodies with semicolons whole", async () => {
    const adapter = await new WholeScriptPg({ connectionString: url }).connect();
    await adapter.executeScript(`
      CREATE FUNCTION migrate_test_twice(value int) RETURNS int LANGUAGE plpgsql AS $$
      DECLARE doubled int;
      BEGIN doubled := value * 2; RETURN doubled; END $$;`);
    expect((await client.query("SELECT migrate_test_twice(21) AS answer")).rows[0].answer).toBe(42);
    await adapter.dispose();
  });

  it("apply all of a script or none of it", async () => {
    const adapter = await new WholeScriptPg({ connectionString: url }).connect();
    await expect(adapter.executeScript(`CREATE TABLE migrate_test_half (id int); SELECT 1 / 0;`)).rejects.toThrow();
    expect(await tableExists("migrate_test_half")).toBe(false);
    await adapter.dispose();
  });
});
