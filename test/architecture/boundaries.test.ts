import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function offences(dir: string, rules: [RegExp, string][]): string[] {
  return sources(join(root, dir)).flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return rules.filter(([re]) => re.test(text)).map(([, why]) => `${relative(root, file)}: ${why}`);
  });
}

describe("dependencies point one way: functions → aws → core", () => {
  it("core imports no AWS SDK, Hono or SST, reads no env and never the clock", () => {
    expect(
      offences("packages/core/src", [
        [/from\s+["']@aws-sdk\//, "imports @aws-sdk"],
        [/from\s+["']hono/, "imports hono"],
        [/from\s+["']@hono\//, "imports @hono"],
        [/from\s+["']sst/, "imports sst"],
        [/from\s+["']@coffeechat\/(aws|functions)/, "imports an outer package"],
        [/process\.env/, "reads process.env"],
        [/Date\.now\(/, "reads the clock (Date.now)"],
        [/new Date\(\s*\)/, "reads the clock (new Date())"],
        [/performance\.now\(/, "reads the clock (performance.now)"],
        [/DateTime\.(now|local)\(\s*\)/, "reads the clock (luxon now)"],
        [/Settings\.now/, "replaces luxon's clock"],
      ]),
    ).toEqual([]);
  });

  it("aws never imports the functions package or Hono", () => {
    expect(
      offences("packages/aws/src", [
        [/from\s+["']@coffeechat\/functions/, "imports @coffeechat/functions"],
        [/from\s+["']hono/, "imports hono"],
      ]),
    ).toEqual([]);
  });

  it("calendars (adapters that are not AWS) import neither the AWS SDK, Hono, nor the outer packages", () => {
    expect(
      offences("packages/calendars/src", [
        [/from\s+["']@aws-sdk\//, "imports @aws-sdk"],
        [/from\s+["']hono/, "imports hono"],
        [/from\s+["']@coffeechat\/(aws|functions)/, "imports an outer package"],
        [/process\.env/, "reads process.env"],
      ]),
    ).toEqual([]);
  });

  it("only packages/aws talks to the AWS SDK", () => {
    expect(offences("packages/functions/src", [[/from\s+["']@aws-sdk\//, "imports @aws-sdk"]])).toEqual([]);
  });
});
