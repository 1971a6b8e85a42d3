import path from "node:path";
import type { Plugin } from "esbuild";

const NAMESPACE = "zod-english-only";
const ZOD_FILE = /[\\/]node_modules[\\/]zod[\\/]v4[\\/](classic|core|mini)[\\/]/;

/**
 * zod re-exports every locale pack (`z.locales`, `z.core.locales`) from `v4/locales/index.js`,
 * and `z` is used as a value (OpenAPI extends it), so nothing tree-shakes them: about 250 KB of
 * messages in 50 languages, of which the service shows English only. This swaps that index for
 * one that exports `en` alone. Schemas are written as before (`import { z } from "zod"`); only
 * `z.locales.<other>` disappears, which nothing here calls.
 */
export function zodEnglishOnly(): Plugin {
  return {
    name: NAMESPACE,
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        ZOD_FILE.test(args.importer)
          ? { path: path.resolve(args.resolveDir, "../locales/index.js"), namespace: NAMESPACE }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: `export { default as en } from "./en.js";`,
        resolveDir: path.dirname(args.path),
      }));
    },
  };
}
