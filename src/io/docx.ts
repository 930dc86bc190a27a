/**
 * Word documents to chronicle text with mammoth. Its raw-text mode drops tables' structure, so
 * the document goes through mammoth's HTML and the same reader as web pages: one paragraph a
 * line, table rows as TAB-separated cells. Spans refer to that text (`--dump-text` prints it).
 */
import { ChronicleInputError } from './errors.js';
import { htmlToText, loadHtmlParser } from './html.js';

/** The text of a .docx; throws a ChronicleInputError for a broken or non-Word ZIP. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  let mammoth: typeof import('mammoth');
  try {
    mammoth = (await import('mammoth')).default ?? (await import('mammoth'));
  } catch {
    throw new ChronicleInputError('reading Word documents needs mammoth: npm install mammoth', 'missing-package');
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images carry no chronicle text: an empty src keeps their bytes out of the HTML.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (error) {
    // JSZip's messages end with a link to its own documentation: not the user's business.
    const full = (error as Error).message ?? String(error);
    const cut = full.indexOf('If it is,');
    const message = (cut < 0 ? full : full.slice(0, cut)).trimEnd();
    if (/main document part|word\/document\.xml/i.test(message)) {
      throw new ChronicleInputError(`this is a ZIP archive but not a Word document (no word/document.xml): save it as .docx or plain text`, 'unsupported-format');
    }
    throw new ChronicleInputError(`this is not a readable .docx (broken ZIP archive: ${message.split('\n')[0]}): open and save it again in Word, or save it as plain text`, 'broken-document');
  }
  return htmlToText(await loadHtmlParser(), html).text;
}
