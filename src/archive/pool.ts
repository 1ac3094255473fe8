import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Roster } from '../model/index.js';
import type { ProductRef } from './product.js';

export interface WorkerInit {
  product: ProductRef;
  roster?: Roster | undefined;
}

export interface WorkerTask {
  id: number;
  bytes: ArrayBuffer;
  path: string;
  markdown: boolean;
}

export type WorkerReply =
  | { id: number; json: string }
  | { id: number; input: { reason: string; code: string } }
  | { id: number; crash: string };

interface Slot {
  worker: Worker;
  busy: { task: WorkerTask; resolve: (r: WorkerReply) => void; reject: (e: Error) => void } | null;
}

/**
 * A fixed set of parse workers; each takes one file at a time, the rest wait in a queue. Plain
 * worker_threads: the tasks are uniform, and a TypeScript entry (tests) needs a loader registered
 * inside the worker, which a pool library would hide.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<NonNullable<Slot['busy']>> = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly entry: string,
    private readonly init: WorkerInit,
  ) {}

  run(bytes: Uint8Array, path: string, markdown: boolean): Promise<WorkerReply> {
    // Hand the bytes over without a copy when they own their whole buffer (readFile's do).
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    // A copy through Uint8Array, not Buffer#slice: that is a view on the same (pooled) memory, and
    // its .buffer would hand the worker the whole pool (an empty file arrived as 8 kB of NULs).
    const buffer = own ? (bytes.buffer as ArrayBuffer) : Uint8Array.prototype.slice.call(bytes).buffer;
    const task: WorkerTask = { id: this.nextId++, bytes: buffer, path, markdown };
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.busy === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.busy = job;
      slot.worker.postMessage(job.task, [job.task.bytes]);
    }
  }

  private spawn(): Slot {
    const worker = startWorker(this.entry, this.init);
    const slot: Slot = { worker, busy: null };
    worker.on('message', (reply: WorkerReply) => {
      const job = slot.busy;
      slot.busy = null;
      job?.resolve(reply);
      this.pump();
    });
    // A worker that dies (a bug of ours, out of memory) fails its file loudly and is replaced.
    const fail = (e: Error) => {
      const job = slot.busy;
      slot.busy = null;
      this.slots.splice(this.slots.indexOf(slot), 1);
      job?.reject(e);
      if (!this.closed) this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) fail(new Error(`parse worker stopped with exit code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }
}

/**
 * Start a worker on `entry`. A .ts entry (tests and tsx runs) gets tsx's loader registered inside
 * the worker first: a worker does not inherit the loader of the thread that starts it.
 */
function startWorker(entry: string, init: WorkerInit): Worker {
  if (!entry.endsWith('.ts')) return new Worker(new URL(entry), { workerData: init });
  // require.resolve finds the CommonJS build; the worker imports the ES module beside it.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: init });
}
