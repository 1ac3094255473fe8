import { statSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_ROOT, codeFiles } from '../archive/code-files.js';
import { SETTLE_MS } from '../query/index/stamp.js';

/**
 * What stands for the tool's code in the query index's salt: the stamp (device, inode, size, mtime,
 * ctime) of every code file of the package (src or dist, the files archive/fingerprint.ts hashes),
 * not their content. Hashing their content cost a query answered from its index a twentieth of its
 * time (about 180 files read and hashed, 25 ms); their stamps cost a stat each. The content hash
 * lets the archive's cache be restored on another machine; the query index never leaves its
 * machine (its entries are file stamps, device and inode included), so stamps do as well here: a
 * code file written again has a new ctime, and the index is built anew. As with files
 * (archive/file-stamp.ts), a stamp only counts once it is settled: undefined while a code file is
 * newer than a tick (a build still writing), and the caller hashes the content instead.
 */
export function codeStamp(nowMs: number = Date.now(), root: string = CODE_ROOT): string | undefined {
  let newest = 0;
  // codeFiles gives them sorted: the order readdir gives may differ between runs.
  const stamps = codeFiles(root).map((path) => {
    const st = statSync(join(root, path), { bigint: true });
    newest = Math.max(newest, Number(st.mtimeMs), Number(st.ctimeMs));
    return `${path}\u0000${st.dev}.${st.ino}.${st.size}.${st.mtimeNs}.${st.ctimeNs}`;
  });
  return newest + SETTLE_MS >= nowMs ? undefined : stamps.join('\u0000');
}
