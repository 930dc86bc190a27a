/**
 * One binary search for the sorted offset tables the pipeline keeps (line starts, page starts, body
 * runs, squeezed-text maps): which line, page or run an offset falls in.
 */

/** The last index `i` with `sorted[i] <= at`, or -1 when every value is greater. `sorted` ascends. */
export function lastAtOrBefore(sorted: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Up to this many items, `sortInPlace` sorts by insertion. */
const INSERTION_MAX = 32;

/**
 * Sort `items` in place, stably, as `items.sort(compare)` would (a stable sort's order is the
 * same whatever the algorithm). The extractors sort a few dozen hits per entry, tens of
 * thousands of times per document: V8's sort copies every array into a work array first (about
 * 20 MB per 2 MB parsed), so short arrays are sorted by insertion here, long ones by the built-in.
 */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_MAX) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const x = items[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(items[j]!, x) > 0; j--) items[j + 1] = items[j]!;
    items[j + 1] = x;
  }
  return items;
}
