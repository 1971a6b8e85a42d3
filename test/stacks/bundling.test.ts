import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Template } from "aws-cdk-lib/assertions";
import esbuild from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { esbuildOptionsAsSstDeploys, lambdaBundling } from "../../stacks/bundling/index.ts";
import { artifactsDir, removeBuildOutput, synthesizeCoffeechat } from "./synthesize.ts";

// One synthesis for the file: it bundles the three handlers exactly as `sst deploy` would.
let template: Template;

beforeAll(async () => {
  template = await synthesizeCoffeechat();
});
afterAll(removeBuildOutput);

const HANDLERS = "packages/functions/src/lambda";

/** The directory of one function's bundle inside SST's artifacts, found by its entry file. */
function bundleOf(name: string): { dir: string; files: string[] } {
  for (const artifact of readdirSync(artifactsDir())) {
    const dir = path.join(artifactsDir(), artifact, HANDLERS);
    if (existsSync(path.join(dir, `${name}.mjs`))) return { dir, files: readdirSync(dir).sort() };
  }
  throw new Error(`no bundle of ${name} under ${artifactsDir()}`);
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), "utf8");

/** Files a module imports: `import … from "./x.mjs"` (static) and `import("./x.mjs")` (dynamic). */
function importsOf(code: string): { static: string[]; dynamic: string[] } {
  const local = (re: RegExp) => [...code.matchAll(re)].map((m) => m[1]!.slice(2));
  return { static: local(/(?:from|import)\s*"(\.\/[^"]+)"/g), dynamic: local(/import\(\s*"(\.\/[^"]+)"\s*\)/g) };
}

/** What `import "./<entry>"` parses before the handler runs: the entry and its static imports. */
function loadedAtStart(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    importsOf(read(dir, file)).static.forEach(visit);
  };
  visit(entry);
  return [...seen];
}

/** Every input file of a bundle, read from its source maps' `sources`. */
function sourcesOf(dir: string, files: string[]): string[] {
  return files.flatMap((file) => (JSON.parse(read(dir, `${file}.map`)) as { sources: string[] }).sources);
}

const LAMBDAS = [
  { name: "http", logicalId: "Http" },
  { name: "followup", logicalId: "Followup" },
  { name: "ses-events", logicalId: "SesEvents" },
];

describe.each(LAMBDAS)("the $name Lambda", ({ name, logicalId }) => {
  it("runs the split ESM bundle on Node 20", () => {
    const [props] = Object.entries(template.findResources("AWS::Lambda::Function"))
      .filter(([id]) => id.startsWith(logicalId))
      .map(([, r]) => r.Properties);
    expect(props.Runtime).toBe("nodejs20.x");
    expect(props.Handler).toBe(`${HANDLERS}/${name}.handler`);
    expect(bundleOf(name).files).toContain(`${name}.mjs`);
  });

  it("is minified, with a source map beside every file", () => {
    const { dir, files } = bundleOf(name);
    const code = files.filter((f) => f.endsWith(".mjs"));
    expect(code.length).toBeGreaterThan(1);
    for (const file of code) expect(files).toContain(`${file}.map`);
    // Readable output averages ~40 characters a line; minified code is a few long lines per file
    // (SST's banner, licence comments and multi-line strings aside).
    const text = code.map((file) => read(dir, file));
    const lines = text.reduce((n, t) => n + t.split("\n").length, 0);
    expect(text.join("").length / lines).toBeGreaterThan(1_000);
  });

  it("bundles its dependencies, the AWS SDK clients included, and installs nothing beside them", () => {
    const { dir, files } = bundleOf(name);
    expect(files).not.toContain("node_modules");
    expect(existsSync(path.join(dir, "node_modules"))).toBe(false);
    const sources = sourcesOf(dir, files.filter((f) => f.endsWith(".mjs")));
    expect(sources.some((s) => s.includes("node_modules/@aws-sdk/client-dynamodb/"))).toBe(true);
  });

  it("carries zod's English messages (where it uses classic zod) and no other locale", () => {
    const { dir, files } = bundleOf(name);
    const locales = sourcesOf(dir, files.filter((f) => f.endsWith(".mjs")))
      .filter((s) => /node_modules\/zod\/v4\/locales\/[^/]+$/.test(s) && !s.startsWith("zod-english-only:"))
      .map((s) => path.basename(s));
    // The jobs validate their events with zod's mini build, which loads no messages; the API's are English.
    if (name === "http" || locales.length) expect(locales).toEqual(["en.js"]);
  });
});

describe("what the HTTP Lambda parses at a cold start", () => {
  it("leaves the route groups, the SDK clients, zod and the calendar libraries to files loaded on first use", () => {
    const { dir, files } = bundleOf("http");
    const atStart = loadedAtStart(dir, "http.mjs");
    const startSources = sourcesOf(dir, atStart);
    const later = sourcesOf(dir, files.filter((f) => f.endsWith(".mjs") && !atStart.includes(f)));
    const lazy = [
      "nodemailer/lib/mail-composer/",
      "@aws-sdk/credential-provider-sso/",
      "@aws-sdk/credential-provider-ini/",
      "@aws-sdk/client-dynamodb/",
      "@aws-sdk/client-sesv2/",
      "@aws-sdk/client-scheduler/",
      "@aws-sdk/client-kms/",
      "node_modules/zod/",
      "node_modules/ical.js/",
      "node_modules/windows-iana/",
      "node_modules/tsdav/",
      "node_modules/luxon/",
      "packages/functions/src/api/",
      "packages/functions/src/pages/booking/routes.tsx",
      "packages/functions/src/pages/journal/",
    ];
    for (const module of lazy) {
      expect(startSources.filter((s) => s.includes(module)), module).toEqual([]);
      expect(later.some((s) => s.includes(module)), module).toBe(true);
    }
    expect(startSources.some((s) => s.includes("node_modules/hono/"))).toBe(true);
  });

  it("loads no calendar library for a booking page: ICS is read only when a calendar is refreshed", () => {
    const { dir, files } = bundleOf("http");
    const booking = files.find((f) => f.endsWith(".mjs") && sourcesOf(dir, [f]).some((s) => s.endsWith("pages/booking/routes.tsx")))!;
    const sources = sourcesOf(dir, loadedAtStart(dir, booking));
    expect(sources.some((s) => s.includes("packages/core/src/slots/compute.ts"))).toBe(true);
    for (const calendarCode of ["node_modules/ical.js/", "node_modules/windows-iana/", "node_modules/tsdav/", "packages/core/src/calendars/occurrences.ts"]) {
      expect(sources.filter((s) => s.includes(calendarCode)), calendarCode).toEqual([]);
    }
  });
});

describe("the benchmark's bundle", () => {
  it("is byte for byte what SST builds for each Lambda (bench/bundle.bench.ts cannot drift from the deploy)", async () => {
    for (const { name } of LAMBDAS) {
      const deployed = bundleOf(name);
      // Chunk names hash the source maps too, whose paths are relative to the output: build at
      // the same depth as SST's artifacts/<function>/<handler dir>.
      const root = mkdtempSync(path.join(tmpdir(), "coffeechat-sst-"));
      const outdir = path.join(root, "artifacts", "mirror", HANDLERS);
      try {
        await esbuild.build(esbuildOptionsAsSstDeploys(lambdaBundling, `${HANDLERS}/${name}.ts`, outdir));
        const code = (files: string[]) => files.filter((f) => f.endsWith(".mjs"));
        const mine = readdirSync(outdir).sort();
        expect(code(mine)).toEqual(code(deployed.files));
        for (const file of code(mine)) expect(read(outdir, file), file).toBe(read(deployed.dir, file));
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  });
});
