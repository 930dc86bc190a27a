/** What the Markdown reader needs to know about a document, shared by micromark's path and the fast one. */

/** Per character of the mask: text, or markup. */
export const TEXT = 0;
export const MARKUP = 1;

/** What the Markdown reader needs to know about a document: per character text or markup, list items, headings. */
export interface MarkdownStructure {
  /** Per character: TEXT (0) or MARKUP (1). */
  mask: Uint8Array;
  /** Offsets where a list item starts, with its nesting depth (1 = top level). */
  items: Map<number, number>;
  /** [start, end) of every heading. */
  headings: Array<[number, number]>;
}

/**
 * Whether a text node inside a link is no entry text: the link's own URL written out, or any URL
 * (a bare `https://…` is never entry text). Both readers (micromark's and the fast path) ask this.
 */
export function linkTextIsUrl(value: string, url: string): boolean {
  return value === url || /^(?:https?:\/\/|www\.|mailto:)/i.test(value);
}
