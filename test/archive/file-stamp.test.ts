import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentStamp, isSettled, readStamped, stampOf } from '../../src/archive/file-stamp.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verslag-stamp-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const later = (seconds: number) => () => BigInt(Date.now() + seconds * 1000) * 1_000_000n;

describe('file stamps', () => {
  it('stamps a file only once its timestamps are older than the read by more than a tick', () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Verslag\n');
    const fresh = readStamped(file, 1024);
    expect(Buffer.from(fresh!.bytes).toString()).toBe('Verslag\n');
    expect(fresh!.stamp).toBeUndefined();
    const settled = readStamped(file, 1024, later(10));
    expect(settled!.stamp).toBe(currentStamp(file));
  });

  it('reads small files into memory of their own, so they cross to a worker without a copy', () => {
    const file = join(dir, 'small.txt');
    writeFileSync(file, 'Verslag van de vergadering\n');
    const { bytes } = readStamped(file, 1024)!;
    // A slice of Node's shared 8 kB pool would have an offset or a larger buffer.
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });

  it('changes when the content is rewritten, even with the same size and the old mtime put back', async () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'aaaa');
    const old = new Date(Date.now() - 3600_000);
    utimesSync(file, old, old);
    const first = readStamped(file, 1024, later(10))!.stamp!;
    // Past the kernel's timestamp tick (a few ms): within one tick ctime cannot move, which is the
    // racy case isSettled guards against by never stamping a file that young.
    await new Promise((r) => setTimeout(r, 50));
    writeFileSync(file, 'bbbb');
    utimesSync(file, old, old); // what `touch -d` or `cp -p` does: mtime back, ctime is now
    expect(Math.round(statSync(file).mtimeMs)).toBe(old.getTime());
    expect(currentStamp(file)).not.toBe(first);
  });

  it('holds device, inode, size, mtime and ctime', () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'abc');
    const st = statSync(file, { bigint: true });
    expect(stampOf(st)).toBe(`${st.dev}.${st.ino}.3.${st.mtimeNs}.${st.ctimeNs}`);
  });

  it('is not settled while mtime or ctime is within three seconds of the read', () => {
    const st = statSync(join(dir), { bigint: true });
    const t = st.ctimeNs > st.mtimeNs ? st.ctimeNs : st.mtimeNs;
    expect(isSettled(st, t + 2_999_999_999n)).toBe(false);
    expect(isSettled(st, t + 3_000_000_001n)).toBe(true);
  });

  it('gives nothing for what the careful reader must explain: missing, a folder, too large', () => {
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(100));
    expect(readStamped(join(dir, 'missing.txt'), 1024)).toBeUndefined();
    expect(readStamped(dir, 1024)).toBeUndefined();
    expect(readStamped(join(dir, 'big.txt'), 99)).toBeUndefined();
    expect(currentStamp(dir)).toBeUndefined();
  });
});
