/**
 * pdfjs-dist is an optional peer dependency: without it, reading a PDF says which package to
 * install (src/io/pdf.ts), and text still reads. Simulated by a module mock that fails to load.
 */
import { expect, test, vi } from 'vitest';
import { readChronicle } from '../../src/index.js';

vi.mock('pdfjs-dist/legacy/build/pdf.mjs', () => {
  throw new Error("Cannot find package 'pdfjs-dist'");
});

test('a PDF without pdfjs-dist installed: missing-package, naming the install command', async () => {
  const error = await readChronicle(new URL('../fixtures-extra/formats/table.pdf', import.meta.url).pathname).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'ChronicleInputError', code: 'missing-package' });
  expect((error as Error).message).toMatch(/npm install pdfjs-dist/);
});

test('text still reads without it', async () => {
  expect((await readChronicle(new Uint8Array(Buffer.from('2020年大事记')))).text).toBe('2020年大事记');
});
