import { defineConfig } from 'tsup';

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
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    splitting: false,
  },
]);
