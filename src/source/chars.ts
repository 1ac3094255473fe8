/**
 * Character tests the scanner runs on every line, written out so they cost no regex call and
 * allocate nothing. Each matches a regex class exactly, as its comment says.
 */

/** Exactly the characters of the regex class `\s` (WhiteSpace and LineTerminator, ECMA-262). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Index of the first character of `s` at or after `i` that is not `\s`; `s.length` when none. */
export function skipSpace(s: string, i = 0): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** `s.split(/\s+/).length` without building the array: one more than the runs of `\s`. */
export function countSplitOnSpace(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i)) && (i === 0 || !isSpace(s.charCodeAt(i - 1)))) n++;
  }
  return n;
}
