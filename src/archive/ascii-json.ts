/**
 * JSON text with every non-ASCII character written as a \u escape: the same value in one-byte
 * characters, so files of it decode by copying and their strings take half the memory.
 */
export function asciiJson(json: string): string {
  return NON_ASCII_TEST.test(json) ? json.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII_TEST = /[^\x00-\x7f]/;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/g;
