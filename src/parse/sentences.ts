/**
 * Split normalised paragraph text into sentences, keeping each sentence's offset. A boundary is
 * . ! or ? followed by a blank and a capital (or the end), so "d.d. 19 januari", "jl." and "nr. 714"
 * do not end a sentence.
 */
export interface Sentence {
  text: string;
  index: number;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);
const SENTENCE_START = /[\p{Lu}\d“"'‘(]/u;

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  // Char codes, not one-character strings and regex tests: this runs over every character of
  // every paragraph that three stages read.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    let j = i + 1;
    while (j < text.length && CLOSERS.has(text[j]!)) j++;
    if (j >= text.length) break;
    if (text.charCodeAt(j) !== 32) continue;
    let k = j;
    while (k < text.length && text.charCodeAt(k) === 32) k++;
    if (k < text.length && !SENTENCE_START.test(text[k]!)) continue;
    out.push({ text: text.slice(start, j), index: start });
    start = k;
    i = k - 1;
  }
  if (start < text.length) out.push({ text: text.slice(start), index: start });
  return out;
}
