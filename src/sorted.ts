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
