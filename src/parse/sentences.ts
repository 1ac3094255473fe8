/**
 * Split normalised paragraph text into sentences, keeping each sentence's offset. A boundary is
 * . ! or ? followed by a blank and a capital (or the end), so "d.d. 19 januari", "jl." and "nr. 714"
 * do not end a sentence.
 */
export interface Sentence {
  text: string;
  index: number;
}

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && /["”’')\]]/.test(text[j]!)) j++;
    if (j >= text.length) break;
    if (text[j] !== ' ') continue;
    let k = j;
    while (k < text.length && text[k] === ' ') k++;
    if (k < text.length && !/[\p{Lu}\d“"'‘(]/u.test(text[k]!)) continue;
    out.push({ text: text.slice(start, j), index: start });
    start = k;
    i = k - 1;
  }
  if (start < text.length) out.push({ text: text.slice(start), index: start });
  return out;
}
