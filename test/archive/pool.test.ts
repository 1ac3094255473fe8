import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/archive/pool.js';
import { siblingModule } from '../../src/archive/product.js';

describe('worker pool', () => {
  it('answers every file with its own product when a worker holds two batches and the first waits', async () => {
    // One worker: it is sent two batches of four at once (the second in reserve).
    const pool = new WorkerPool(1, siblingModule(import.meta.url, '../../src/archive/worker.js'), {
      product: { module: siblingModule(import.meta.url, './slow-first-product.js'), name: 'slowFirstProduct' },
    });
    try {
      const paths = Array.from({ length: 8 }, (_, i) => `file-${i}.txt`);
      const replies = await Promise.all(paths.map((path) => pool.run(new TextEncoder().encode('Verslag\n'), path, false)));
      expect(replies.map((r) => ('json' in r ? JSON.parse(r.json) : r))).toEqual(paths);
      expect(pool.started).toBe(1);
    } finally {
      await pool.close();
    }
  }, 30_000);
});
