import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..");

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

describe("schemas take z from api/zod.ts", () => {
  it("no module but api/zod.ts imports the value z from @hono/zod-openapi (a split chunk could then build a schema before .openapi() exists)", () => {
    const offenders = sources(SRC)
      .filter((file) => /import\s+\{[^}]*\bz\b[^}]*\}\s+from\s+"@hono\/zod-openapi"/.test(readFileSync(file, "utf8")))
      .map((file) => relative(SRC, file))
      .filter((file) => file !== join("api", "zod.ts"));
    expect(offenders).toEqual([]);
  });
});
