import { defineConfig } from 'tsup';

// Two builds: the library (ESM + CJS, with .d.ts and .d.cts for each condition) and the CLI
// (ESM only, it is run, never imported). Dependencies stay external: @node-rs/jieba is a native
// addon and must be resolved from node_modules at run time.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: false,
    // import.meta.url (used to load the native segmenter lazily) needs a shim in the CJS build.
    shims: true,
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
