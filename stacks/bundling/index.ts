import path from "node:path";
import type { BuildOptions } from "esbuild";
import type { NodeJSProps } from "sst/constructs";
import { zodEnglishOnly } from "./zod-english-only.ts";

/**
 * How every Lambda is bundled: minified ESM, source maps kept beside the code (SST ships the .map
 * in the function's package), and code split so that what a handler reaches only through
 * `import()` (the SDK's SSO/INI/IMDS credential providers, nodemailer's composer) is a file of its
 * own, parsed only when first used. The AWS SDK clients stay bundled: they are what is deployed.
 * sst.config.ts and bench/bundle.bench.ts both read this, so the benchmark measures what deploys.
 */
export const lambdaBundling = {
  format: "esm",
  minify: true,
  sourcemap: true,
  splitting: true,
  esbuild: {
    plugins: [zodEnglishOnly()],
    // SST wraps every function and class in __name(…) to keep `.name`; thousands of calls at start
    // (~20 ms CPU of a cold start, 50 KB). Nothing we run reads a class's name: the AWS SDK's errors
    // and ours set `name` themselves, and zod names its schemas explicitly.
    keepNames: false,
  },
} satisfies NodeJSProps;

/**
 * The esbuild options SST 2.49.8 builds for one Node handler at deploy
 * (node_modules/sst/runtime/handlers/node.js, mode "deploy", ESM; `nodejs.esbuild` overrides its own). A synthesis test checks that
 * building with these gives byte for byte the files SST puts in the function's asset.
 */
export function esbuildOptionsAsSstDeploys(nodejs: NodeJSProps, entry: string, outdir: string): BuildOptions {
  if ((nodejs.format ?? "esm") !== "esm") throw new Error("only ESM bundles are mirrored");
  const { external, ...override } = nodejs.esbuild ?? {};
  const entryName = path.basename(entry, path.extname(entry));
  return {
    entryPoints: [entry],
    platform: "node",
    external: ["sharp", "pg-native", ...(nodejs.install ?? []), ...(external ?? [])],
    loader: nodejs.loader,
    keepNames: true,
    bundle: true,
    logLevel: "silent",
    splitting: nodejs.splitting,
    metafile: true,
    outExtension: nodejs.splitting ? { ".js": ".mjs" } : undefined,
    format: "esm",
    target: "esnext",
    mainFields: ["module", "main"],
    banner: {
      js: [
        `import { createRequire as topLevelCreateRequire } from 'module';`,
        `const require = topLevelCreateRequire(import.meta.url);`,
        `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
        `const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))`,
        nodejs.banner ?? "",
      ].join("\n"),
    },
    outfile: nodejs.splitting ? undefined : path.resolve(outdir, `${entryName}.mjs`),
    outdir: nodejs.splitting ? path.resolve(outdir) : undefined,
    sourcemap: nodejs.sourcemap !== false,
    minify: nodejs.minify,
    ...override,
  };
}
