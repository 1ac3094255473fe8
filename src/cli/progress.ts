import type { Io } from './io.js';

// A run shorter than this shows nothing: a flash of progress is noise.
const SHOW_AFTER_MS = 1000;
// Redraw at most this often; a terminal write per file would slow a fast run.
const REDRAW_MS = 100;

export interface Progress {
  update(done: number, total: number): void;
  /** Clear the line (call before anything else is written to stderr, and at the end). */
  end(): void;
}

/**
 * A one-line progress indicator on stderr: files done / total and the rate. Only on a terminal,
 * never with --quiet, and only once a run has taken over a second; stdout is never touched, so
 * pipes stay clean. No colour, so NO_COLOR needs nothing.
 */
export function createProgress(io: Io, options: { quiet?: boolean | undefined; now?: () => number } = {}): Progress {
  if (options.quiet || !io.stderr.isTTY) return { update() {}, end() {} };
  const now = options.now ?? (() => performance.now());
  const started = now();
  let lastDraw = -Infinity;
  let shown = false;
  return {
    update(done, total) {
      const t = now();
      if (t - started < SHOW_AFTER_MS || (t - lastDraw < REDRAW_MS && done < total)) return;
      lastDraw = t;
      shown = true;
      const rate = done / ((t - started) / 1000);
      io.stderr.write(`\r\x1b[Kverslag: ${done}/${total} files (${Math.round(rate)}/s)`);
    },
    end() {
      if (shown) io.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}
