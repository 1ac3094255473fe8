import iconv from 'iconv-lite';
import type { Encoding } from '../model/index.js';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Set when the bytes were not valid UTF-8 and were read as Windows-1252. */
  fellBack: boolean;
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
 * Bytes → text. A BOM decides (UTF-8, UTF-16 LE/BE); else strict UTF-8; bytes that are not valid
 * UTF-8 are read as Windows-1252 through iconv-lite, because Node 20's TextDecoder maps 0x80–0x9F of
 * windows-1252 to C1 controls. The BOM is never part of the text, so line 1 column 1 stays right.
 */
export function decode(bytes: Uint8Array): Decoded {
  let decoded: Decoded;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', fellBack: false };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', fellBack: false };
  } else {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = bom ? bytes.subarray(3) : bytes;
    if (body.includes(0)) throw new NotTextError('it contains NUL bytes (a binary file, or UTF-16 without a byte order mark)');
    try {
      decoded = { text: utf8.decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8', fellBack: false };
    } catch {
      decoded = { text: iconv.decode(Buffer.from(body), 'windows-1252'), encoding: 'windows-1252', fellBack: true };
    }
  }
  if (decoded.text.includes('\u0000')) throw new NotTextError('it contains NUL characters');
  const controls = countControls(decoded.text);
  if (decoded.text.length > 0 && controls / decoded.text.length > MAX_CONTROL_SHARE && controls > 2) {
    throw new NotTextError(`${controls} control characters in ${decoded.text.length}: this is not text`);
  }
  return decoded;
}

function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) n++;
  }
  return n;
}
