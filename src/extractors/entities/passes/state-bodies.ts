import type { Scanner } from '../scanner.js';

export function scanStateBodies(sc: Scanner): void {
  void sc;
}
