import type { Scanner } from '../scanner.js';

export function scanMedia(sc: Scanner): void {
  void sc;
}
