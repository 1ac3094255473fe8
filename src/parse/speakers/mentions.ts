import { FIRST_NAME, HONORIFIC, SURNAME, TUSSENVOEGSEL } from '../lexicon/names.js';
import {
  ASKED_BY_BEFORE,
  ATTRIBUTION_WORDS,
  CITATION_BEFORE,
  FINITE_NOT_T,
  NOT_SPEAKING_AFTER,
  OBJECT_BEFORE,
  OBJECT_VERBS,
  OTHER_CHAIR_AFTER,
} from '../lexicon/speech.js';

/** A person named in a paragraph, and what the sentence makes of them. */
export interface Mention {
  index: number;
  length: number;
  /** `person` ("de heer Putters") or `chair` ("de voorzitter"). */
  kind: 'person' | 'chair';
  honorific?: string;
  firstName?: string;
  /** Surname as written: "van Selm", "Ter Weel". */
  surname?: string;
  /** speaker: whose words the sentence reports; also: asked the question answered here; object: anything else. */
  role: 'speaker' | 'also' | 'object';
  /** How the role was decided, for review: "subject", "inverted", "aldus", … */
  how: string;
}

const TV_WORD = String.raw`(?:[Vv]an|[Dd]e[rn]?|[Tt]e[rn]?|[Hh]et|[Ll][ae]|[Dd]u|[Vv]on|[Ii]n|[Oo]p|[Uu]it)`;
// Honorific, an optional first name (not a tussenvoegsel, and only when a surname follows), surname.
const PERSON = new RegExp(
  // Initials ("dhr. J.P. de Vries") are skipped: the surname after them is the name.
  String.raw`(${HONORIFIC})\s+(?:\p{Lu}\.(?:\s?\p{Lu}\.){0,3}\s+)?(?:(?!${TV_WORD}\s)(${FIRST_NAME})\s+(?=${TUSSENVOEGSEL}|\p{Lu}))?(${SURNAME})(?![\p{L}-])`,
  'uy',
);
// Where a mention can start: the honorific's first letters. Scanning for these with a plain regex
// and trying the full pattern only there is what keeps mention-finding fast.
const HONORIFIC_START = /(?:[Dd]e heer|[Mm]evrouw|[Dd]hr\.|[Mm]w\.|[Mm]evr\.)(?=\s)/g;
const CHAIR = /(?<!\p{L})(?:[Dd]e|DE)\s+(?:voorzitter|VOORZITTER)(?!\p{L})/gu;
// Words ending in -t that are not finite verbs, so "dat de heer X" is not read as an inversion.
const NOT_VERBS = new Set(['dat', 'wat', 'met', 'niet', 'het', 'uit', 'tot', 'dit', 'echt', 'slot', 'eerst', 'juist', 'best', 'vast', 'laatst', 'meest', 'ooit', 'nooit', 'zelfs', 'want', 'omdat', 'toont']);
const SUBJECT_WORDS = new Set(['ze', 'zij', 'hij', 'spreker', 'spreekster', 'voorzitter', 'ik', 'we', 'wij', 'men']);

/** Every person and chair mention in `text`, in order, with its role in the sentence. */
export function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  HONORIFIC_START.lastIndex = 0;
  for (let h = HONORIFIC_START.exec(text); h; h = HONORIFIC_START.exec(text)) {
    if (h.index > 0 && /\p{L}/u.test(text[h.index - 1]!)) continue;
    PERSON.lastIndex = h.index;
    const m = PERSON.exec(text);
    if (!m) continue;
    const mention: Mention = { index: m.index, length: m[0].length, kind: 'person', honorific: m[1]!, surname: m[3]!, role: 'object', how: '' };
    if (m[2]) mention.firstName = m[2];
    out.push(mention);
    HONORIFIC_START.lastIndex = m.index + m[0].length;
  }
  if (!/voorzitter|VOORZITTER/.test(text)) {
    for (const mention of out) classify(text, mention);
    return out;
  }
  const persons = out.length;
  CHAIR.lastIndex = 0;
  for (let m = CHAIR.exec(text); m; m = CHAIR.exec(text)) {
    if (OTHER_CHAIR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    out.push({ index: m.index, length: m[0].length, kind: 'chair', role: 'object', how: '' });
  }
  if (out.length > persons) out.sort((a, b) => a.index - b.index);
  for (const mention of out) classify(text, mention);
  return out;
}

function classify(text: string, mention: Mention): void {
  const end = mention.index + mention.length;
  const after = text.slice(end, end + 120);
  if (NOT_SPEAKING_AFTER.test(after)) {
    mention.how = 'narrated';
    return;
  }
  // What comes right before the mention decides most cases. The patterns are anchored at the end
  // of `before`, so the characters are read from there: a regex with `$` tries every start.
  const before = text.slice(Math.max(0, mention.index - 60), mention.index);
  let q = before.length;
  while (q > 0 && isSpace(before.charCodeAt(q - 1))) q--;
  const last = q > 0 ? before.charCodeAt(q - 1) : -1;
  // Sentence start: "(?:^|[.!?:;]["”’']?)\s*$", or a bullet: "^\s*[-•—–]\s*$".
  if (q === 0 || isSentenceEnd(last) || (isQuote(last) && q > 1 && isSentenceEnd(before.charCodeAt(q - 2))) || (isDash(last) && onlySpace(before, q - 1))) {
    mention.role = 'speaker';
    mention.how = 'subject';
    return;
  }
  if (last === 0x6e /* n */ && ASKED_BY_BEFORE.test(before)) {
    mention.role = 'also';
    mention.how = 'asked';
    return;
  }
  // A comma right before: a list of names or an apposition, not a subject.
  if (last === 0x2c /* , */) return;
  if (before.includes('zo') && CITATION_BEFORE.test(before)) {
    mention.how = 'cited';
    return;
  }
  const [prev, prev2] = lastTwoWords(before);
  if (ATTRIBUTION_WORDS.has(prev)) {
    mention.role = 'speaker';
    mention.how = prev;
    return;
  }
  if (OBJECT_BEFORE.has(prev)) return;
  if (OBJECT_VERBS.has(prev) && (SUBJECT_WORDS.has(prev2) || /\p{Lu}\p{L}*\s+\p{L}+\s*$/u.test(before))) {
    // "Ze bedankt mevrouw X", "De heer Weurding steunt de heer Kamp": the subject came first.
    return;
  }
  if (FINITE_NOT_T.has(prev) || (prev.length >= 3 && prev.endsWith('t') && !NOT_VERBS.has(prev))) {
    // Dutch puts the subject after the finite verb when something else comes first:
    // "Dat vindt de heer Putters …", "…, antwoordt mevrouw Van Selm dat …".
    mention.role = 'speaker';
    mention.how = 'inverted';
  }
}

/**
 * The last two words of `before` in lower case, as `before.toLowerCase().match(/[\p{L}'’]+/gu)`
 * ends. ASCII words are read backwards in place; anything else goes to that regex, which knows
 * Unicode letters and case mapping.
 */
function lastTwoWords(before: string): [string, string] {
  const words: string[] = [];
  let i = before.length;
  while (words.length < 2) {
    while (i > 0 && !isAsciiWordChar(before.charCodeAt(i - 1))) {
      if (before.charCodeAt(i - 1) > 0x7f) return lastTwoWordsSlowly(before);
      i--;
    }
    const wordEnd = i;
    while (i > 0 && isAsciiWordChar(before.charCodeAt(i - 1))) i--;
    if (i > 0 && before.charCodeAt(i - 1) > 0x7f) return lastTwoWordsSlowly(before);
    if (i === wordEnd) break;
    words.push(before.slice(i, wordEnd).toLowerCase());
  }
  return [words[0] ?? '', words[1] ?? ''];
}

function lastTwoWordsSlowly(before: string): [string, string] {
  const words = before.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  return [words[words.length - 1] ?? '', words[words.length - 2] ?? ''];
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x27;
}

/** JavaScript's `\s`. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && /\s/.test(String.fromCharCode(c)));
}

function onlySpace(s: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** . ! ? : ; */
function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b;
}

/** " ” ’ ' */
function isQuote(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27;
}

/** - • — – */
function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2022 || c === 0x2014 || c === 0x2013;
}
