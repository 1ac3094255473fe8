import { createRequire } from 'node:module';

// iconv-lite reads UTF-16 and Windows-1252; UTF-8, nearly every file, never needs it. It is
// CommonJS, so it can be required synchronously on first use, and start-up does not pay for it.
const requireCjs = createRequire(import.meta.url);
let iconvLite: typeof import('iconv-lite') | undefined;
const iconv = {
  decode: (bytes: Buffer, encoding: string): string => (iconvLite ??= requireCjs('iconv-lite') as typeof import('iconv-lite')).decode(bytes, encoding),
};
import type { Encoding } from '../model/index.js';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Set when the bytes were not valid UTF-8 and were read as Windows-1252. */
  fellBack: boolean;
  /**
   * Bytes that were not valid UTF-8 in a file that otherwise is (see `decodeMostlyUtf8`), each run
   * with where it landed in `text` and what it was read as. Empty for valid input.
   */
  invalid: InvalidBytes[];
}

export interface InvalidBytes {
  /** Offset in the decoded text of the first character the run was read as. */
  offset: number;
  /** The bytes as they are in the file. */
  bytes: number[];
  /** What they were read as: their Windows-1252 characters (U+FFFD where that has none). */
  text: string;
}

/** Why bytes cannot be read as a verslag at all; the api turns this into an input error. */
export class NotTextError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'NotTextError';
  }
}

// Share of C0 control characters (other than tab, LF, CR, FF) above which bytes are not text.
const MAX_CONTROL_SHARE = 0.01;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes → text. A BOM decides (UTF-8, UTF-16 LE/BE); else strict UTF-8. Bytes that are not valid
 * UTF-8 are read as Windows-1252 through iconv-lite (Node 20's TextDecoder maps 0x80–0x9F of
 * windows-1252 to C1 controls) — the whole file, unless it is mostly UTF-8: then only the bad bytes
 * are (see `decodeMostlyUtf8`). The BOM is never part of the text, so line 1 column 1 stays right.
 */
export function decode(bytes: Uint8Array): Decoded {
  let decoded: Decoded;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', fellBack: false, invalid: [] };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', fellBack: false, invalid: [] };
  } else {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = bom ? bytes.subarray(3) : bytes;
    if (body.includes(0)) throw new NotTextError('it contains NUL bytes (a binary file, or UTF-16 without a byte order mark)');
    try {
      decoded = { text: utf8.decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8', fellBack: false, invalid: [] };
      // Valid UTF-8 holds a control character exactly where its bytes hold that byte (multi-byte
      // sequences use only 0x80–0xFF), so the bytes can rule them out, faster than the text.
      if (!hasControlByte(body)) return decoded;
    } catch {
      decoded = decodeMostlyUtf8(body, bom) ?? { text: iconv.decode(Buffer.from(body), 'windows-1252'), encoding: 'windows-1252', fellBack: true, invalid: [] };
    }
  }
  // UTF-8 and Windows-1252 text has a NUL only where the bytes had one (refused above).
  if (decoded.encoding.startsWith('utf-16') && decoded.text.includes('\u0000')) throw new NotTextError('it contains NUL characters');
  const controls = countControls(decoded.text);
  if (decoded.text.length > 0 && controls / decoded.text.length > MAX_CONTROL_SHARE && controls > 2) {
    throw new NotTextError(`${controls} control characters in ${decoded.text.length}: this is not text`);
  }
  return decoded;
}

// The characters countControls counts; one native regex test rules out nearly every file at
// about 1.5× the speed of the counting loop.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\x00-\x08\v\x0e-\x1f\x7f]/;

// The same set as bytes (NUL is refused before this is asked).
const CONTROL_BYTES = [1, 2, 3, 4, 5, 6, 7, 8, 0x0b, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x7f];

/**
 * Whether any control byte occurs. One native byte search (memchr) per value: measured at about
 * 1.7 GB/s over the seeds, against 0.3 GB/s for the regex test over the decoded text.
 */
function hasControlByte(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const b of CONTROL_BYTES) if (buffer.includes(b)) return true;
  return false;
}

function countControls(text: string): number {
  if (!CONTROL.test(text)) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) n++;
  }
  return n;
}

/**
 * A file that is UTF-8 but for a few bytes — typically a paragraph pasted from a Windows-1252
 * source into a UTF-8 draft — is read as UTF-8, and only the bytes that are not UTF-8 are read as
 * Windows-1252 (so "café" pasted from an old document still reads "café"), each run reported with
 * its place. Reading the whole file as Windows-1252 instead would garble every correct accent,
 * quote and dash in it ("–" → "â€“"). "Mostly" means: more valid multi-byte sequences than invalid
 * bytes; a real Windows-1252 file has almost none of the former. Returns null when it is not.
 */
function decodeMostlyUtf8(body: Uint8Array, bom: boolean): Decoded | null {
  let multi = 0;
  let bad = 0;
  for (let i = 0; i < body.length; ) {
    const n = utf8SequenceLength(body, i);
    if (n === 0) {
      bad++;
      i++;
    } else {
      if (n > 1) multi++;
      i += n;
    }
  }
  if (multi <= bad) return null;

  const table = cp1252Table();
  const parts: string[] = [];
  const invalid: InvalidBytes[] = [];
  let length = 0;
  let runStart = 0;
  let i = 0;
  const flush = (end: number) => {
    if (end > runStart) {
      const part = utf8.decode(body.subarray(runStart, end));
      parts.push(part);
      length += part.length;
    }
  };
  while (i < body.length) {
    const n = utf8SequenceLength(body, i);
    if (n > 0) {
      i += n;
      continue;
    }
    flush(i);
    const run: InvalidBytes = { offset: length, bytes: [], text: '' };
    while (i < body.length && utf8SequenceLength(body, i) === 0) {
      run.bytes.push(body[i]!);
      run.text += table[body[i]! - 0x80] ?? '\ufffd';
      i++;
    }
    parts.push(run.text);
    length += run.text.length;
    invalid.push(run);
    runStart = i;
  }
  flush(i);
  return { text: parts.join(''), encoding: bom ? 'utf-8-bom' : 'utf-8', fellBack: false, invalid };
}

/** Length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), or 0 if there is none. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const ok1 = c === 0xe0 ? cont(1, 0xa0) : c === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return ok1 && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const ok1 = c === 0xf0 ? cont(1, 0x90) : c === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return ok1 && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

let cp1252: string[] | undefined;
/** Windows-1252 characters of bytes 0x80–0xFF (U+FFFD for the five it leaves undefined). */
function cp1252Table(): string[] {
  cp1252 ??= [...iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, k) => 0x80 + k)), 'windows-1252')];
  return cp1252;
}
