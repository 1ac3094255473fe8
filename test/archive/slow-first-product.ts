import type { Product } from '../../src/archive/product.js';

/**
 * A product whose first prepare() waits, as a first import does: a worker that took up its next
 * batch while the first one waited would answer that batch first.
 */
let calls = 0;
export const slowFirstProduct: Product<string> = {
  id: 'test-slow-first@1',
  async prepare() {
    if (calls++ > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  },
  make: (record) => record.source.path,
  withPath: (value) => value,
};
