/**
 * Split normalised paragraph text into sentences, keeping each sentence's offset. A boundary is
 * . ! or ? (and any closing quotes or brackets) followed by a blank and a capital, a digit, an
 * opening quote or bracket. So "jl. maandag" and "d.d. de vorige" do not end a sentence; before a
 * number ("nr. 714", "d.d. 19 januari") a stop does, since a sentence may begin with one.
 */
export interface Sentence {
  text: string;
  index: number;
}

/** A block's sentences, split once: three stages read them. */
export function sentencesOf(block: { text: string; sentences?: Sentence[] | undefined }): Sentence[] {
  return (block.sentences ??= sentences(block.text));
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);
const SENTENCE_START = /[\p{Lu}\d“"'‘(]/u;

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  // Jump from one . ! or ? to the next with indexOf (native) instead of visiting every character:
  // three stages split every paragraph they read.
  let dot = text.indexOf('.');
  let bang = text.indexOf('!');
  let question = text.indexOf('?');
  for (;;) {
    const i = Math.min(dot < 0 ? Infinity : dot, bang < 0 ? Infinity : bang, question < 0 ? Infinity : question);
    if (i === Infinity) break;
    let next = i + 1;
    let j = i + 1;
    while (j < text.length && CLOSERS.has(text[j]!)) j++;
    if (j >= text.length) break;
    if (text.charCodeAt(j) === 32) {
      let k = j;
      while (k < text.length && text.charCodeAt(k) === 32) k++;
      if (k >= text.length || SENTENCE_START.test(text[k]!)) {
        out.push({ text: text.slice(start, j), index: start });
        start = k;
        next = k;
      }
    }
    if (dot >= 0 && dot < next) dot = text.indexOf('.', next);
    if (bang >= 0 && bang < next) bang = text.indexOf('!', next);
    if (question >= 0 && question < next) question = text.indexOf('?', next);
  }
  if (start < text.length) out.push({ text: text.slice(start), index: start });
  return out;
}
