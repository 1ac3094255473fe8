import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../api/errors.js';
import { encodeProduct, loadProduct, produce } from './product.js';
import type { WorkerInit, WorkerReply, WorkerTask } from './pool.js';

/**
 * A parse worker: bytes in, the product's JSON text out. JSON text, not an object tree: one flat
 * string crosses between threads far more cheaply than a record's thousands of small objects.
 */
const init = workerData as WorkerInit;
const product = await loadProduct<unknown>(init.product);

parentPort!.on('message', async (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    const value = await produce(product, init.product.config, { bytes: new Uint8Array(task.bytes), path: task.path, markdown: task.markdown, roster: init.roster });
    reply = { id: task.id, json: encodeProduct(product, value) };
  } catch (e) {
    reply = e instanceof InputError ? { id: task.id, input: { reason: e.reason, code: e.code } } : { id: task.id, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort!.postMessage(reply);
});
