import { defineConfig } from 'tsup';
import type { Options } from 'tsup';

// Two builds: the library (ESM + CJS, with .d.ts and .d.cts for each condition) and the CLI
// (ESM only, it is run, never imported). Dependencies stay external: @node-rs/jieba is a native
// addon and must be resolved from node_modules at run time.
//
// The library has one entry per public path: the root and the subpaths of package.json
// `exports` (src/entry/). Splitting puts the code they share in chunks, so `dashiji` and
// `dashiji/dates` load ONE copy of the date rules (and a user importing both pays once).

/**
 * The ESM-only packages of the Markdown reader, bundled into the library (see noExternal):
 * micromark with its GFM constructs and helpers, and the named character references it decodes.
 */
const MARKDOWN_PACKAGES = [/^micromark/, /^decode-named-character-reference/, /^character-entities/];

/**
 * The CLI bundles zod, and zod's index re-exports every message locale (about 360 KB of the
 * CLI's code) through `z.locales`, which dashiji never reads: the CLI build gets an index with
 * English only, the locale zod itself configures. The library is untouched (zod stays external).
 */
const englishZodLocalesOnly: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'english-zod-locales-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? { path: 'zod-locales-en', namespace: 'dashiji-zod-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'dashiji-zod-locales' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';",
      resolveDir: process.cwd(),
      loader: 'js',
    }));
  },
};

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      dates: 'src/entry/dates.ts',
      figures: 'src/entry/figures.ts',
      entities: 'src/entry/entities.ts',
      types: 'src/entry/types.ts',
      report: 'src/entry/report.ts',
      io: 'src/entry/io.ts',
      // The worker of parseParallel, loaded by URL beside the library's files.
      'parallel-worker': 'src/parallel-worker.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: true,
    // import.meta.url (used to load the native segmenter lazily) needs a shim in the CJS build.
    shims: true,
    // The Markdown reader (micromark, GFM) and its helpers are ESM-only:
    // the CJS build could not require() them on every Node 20, so they are bundled in.
    noExternal: MARKDOWN_PACKAGES,
    // With splitting, tsup turns the ESM chunks into CommonJS with sucrase, which also rewrites
    // every `?.` and `??` into helper calls with closures (a fifth more allocation in a parse, and
    // slower). Rollup does that conversion instead when tree shaking is on, and leaves the syntax
    // as Node 20 runs it. 'safest' keeps every side effect esbuild kept.
    treeshake: 'safest',
  },
  {
    // cli.js is a few lines that start loading jieba's dictionary on another core, then import
    // cli-main.js (src/cli/segmenter-thread.ts): the two load side by side.
    entry: { cli: 'src/cli/bin.ts', 'cli-main': 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    splitting: true,
    noExternal: [...MARKDOWN_PACKAGES, /^zod/],
    esbuildPlugins: [englishZodLocalesOnly],
  },
]);
