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

/** A worker's message: several files, parsed in turn and answered in one reply. */
export interface WorkerBatch {
  tasks: WorkerTask[];
}

export interface WorkerBatchReply {
  replies: WorkerReply[];
}

interface Job {
  task: WorkerTask;
  resolve: (r: WorkerReply) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Batches sent and not yet answered, oldest first: a worker answers them in order. */
  sent: Job[][];
}

// Files per message, at most. One message per file woke the main thread for every file; on two
// cores each wake-up took a core from a worker in mid-parse (their profiles showed postMessage
// as the costliest call). A few files per message cut the wake-ups without starving a worker.
const MAX_BATCH = 4;
// Batches a worker holds at once: the one it parses and the next, so that it starts the next as
// soon as it answers, not after a round trip through the main thread (its profile showed 5 % idle
// in a cold 10 000-file run with one).
const DEPTH = 2;

/**
 * A fixed set of parse workers; each takes a few files at a time, the rest wait in a queue. Plain
 * worker_threads: the tasks are uniform, and a TypeScript entry (tests) needs a loader registered
 * inside the worker, which a pool library would hide.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  private pumpQueued = false;
  /** Workers started so far (a dead one's replacement counts too). */
  started = 0;

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
      // Sent on the next turn of the event loop, so files read in one go go out in one batch.
      if (!this.pumpQueued) {
        this.pumpQueued = true;
        setImmediate(() => {
          this.pumpQueued = false;
          this.pump();
        });
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      // An idle worker first, then one more to start, then one with room for a batch in reserve.
      let slot = this.slots.find((s) => s.sent.length === 0);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      slot ??= this.slots.find((s) => s.sent.length < DEPTH);
      if (!slot) return;
      // Share what is queued among the workers with room (and those still to start), a few files each.
      const free = this.slots.filter((s) => s.sent.length < DEPTH).length + (this.size - this.slots.length);
      const n = Math.max(1, Math.min(MAX_BATCH, Math.ceil(this.queue.length / Math.max(1, free))));
      const jobs = this.queue.splice(0, n);
      slot.sent.push(jobs);
      const batch: WorkerBatch = { tasks: jobs.map((j) => j.task) };
      slot.worker.postMessage(batch, batch.tasks.map((t) => t.bytes));
    }
  }

  private spawn(): Slot {
    const worker = startWorker(this.entry, this.init);
    this.started++;
    const slot: Slot = { worker, sent: [] };
    worker.on('message', (reply: WorkerBatchReply) => {
      const jobs = slot.sent.shift() ?? [];
      jobs.forEach((job, i) => {
        const r = reply.replies[i];
        if (r && r.id === job.task.id) job.resolve(r);
        else job.reject(new Error(`parse worker answered ${r ? `file #${r.id}` : 'nothing'} for file #${job.task.id}`));
      });
      this.pump();
    });
    // A worker that dies (a bug of ours, out of memory) fails its files loudly and is replaced.
    const fail = (e: Error) => {
      const jobs = slot.sent.flat();
      slot.sent = [];
      this.slots.splice(this.slots.indexOf(slot), 1);
      for (const job of jobs) job.reject(e);
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
