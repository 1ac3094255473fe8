import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../api/errors.js';
import { encodeProduct, loadProduct } from './product.js';
import { produce } from './produce.js';
import type { WorkerBatch, WorkerBatchReply, WorkerInit, WorkerReply } from './pool.js';

/**
 * A parse worker: a few files' bytes in, their products' text out, one message each way. Text,
 * not an object tree: one flat string crosses between threads far more cheaply than a record's
 * thousands of small objects.
 */
const init = workerData as WorkerInit;
const product = await loadProduct<unknown>(init.product);

// The pool sends the next batch before this one is answered (so no worker waits on the main
// thread between batches); batches are handled one after another, so replies keep their order
// even when a first file's imports make produce() truly asynchronous.
let previous: Promise<void> = Promise.resolve();
parentPort!.on('message', (batch: WorkerBatch) => {
  previous = previous.then(() => answer(batch));
});

async function answer(batch: WorkerBatch): Promise<void> {
  const replies: WorkerReply[] = [];
  for (const task of batch.tasks) {
    try {
      const value = await produce(product, init.product.config, { bytes: new Uint8Array(task.bytes), path: task.path, markdown: task.markdown, roster: init.roster });
      replies.push({ id: task.id, json: encodeProduct(product, value) });
    } catch (e) {
      replies.push(e instanceof InputError ? { id: task.id, input: { reason: e.reason, code: e.code } } : { id: task.id, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  }
  const reply: WorkerBatchReply = { replies };
  parentPort!.postMessage(reply);
}
