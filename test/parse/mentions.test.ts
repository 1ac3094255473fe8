import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASKED_BY_BEFORE, ATTRIBUTION_WORDS, CITATION_BEFORE, FINITE_NOT_T, NOT_SPEAKING_AFTER, OBJECT_BEFORE, OBJECT_VERBS } from '../../src/parse/lexicon/speech.js';
import { findMentions } from '../../src/parse/speakers/mentions.js';

const NOT_VERBS = new Set(['dat', 'wat', 'met', 'niet', 'het', 'uit', 'tot', 'dit', 'echt', 'slot', 'eerst', 'juist', 'best', 'vast', 'laatst', 'meest', 'ooit', 'nooit', 'zelfs', 'want', 'omdat', 'toont']);
const SUBJECT_WORDS = new Set(['ze', 'zij', 'hij', 'spreker', 'spreekster', 'voorzitter', 'ik', 'we', 'wij', 'men']);

/**
 * The role of a mention in its plainest form, all regexes over the 60 characters before and the
 * 120 after: the model that findMentions' character-reading version must equal.
 */
function model(text: string, index: number, length: number): string {
  const before = text.slice(Math.max(0, index - 60), index);
  const after = text.slice(index + length, index + length + 120);
  if (NOT_SPEAKING_AFTER.test(after)) return 'object:narrated';
  if (/(?:^|[.!?:;]["”’']?)\s*$/.test(before) || /^\s*[-•—–]\s*$/.test(before)) return 'speaker:subject';
  if (ASKED_BY_BEFORE.test(before)) return 'also:asked';
  if (/,\s*$/.test(before)) return 'object:';
  if (CITATION_BEFORE.test(before)) return 'object:cited';
  const words = before.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  const prev = words[words.length - 1] ?? '';
  const prev2 = words[words.length - 2] ?? '';
  if (ATTRIBUTION_WORDS.has(prev)) return `speaker:${prev}`;
  if (OBJECT_BEFORE.has(prev)) return 'object:';
  // eslint-disable-next-line regexp/no-super-linear-move -- the pattern mentions.ts runs on at most 60 characters
  if (OBJECT_VERBS.has(prev) && (SUBJECT_WORDS.has(prev2) || /\p{Lu}\p{L}*\s+\p{L}+\s*$/u.test(before))) return 'object:';
  if (FINITE_NOT_T.has(prev) || (prev.length >= 3 && prev.endsWith('t') && !NOT_VERBS.has(prev))) return 'speaker:inverted';
  return 'object:';
}

const roles = (text: string) => findMentions(text).map((m) => `${m.role}:${m.how}`);

describe('findMentions: the role of each mention', () => {
  it.each([
    ['De heer Putters ziet dat.', ['speaker:subject']],
    ['- de heer Kamp: akkoord', ['speaker:subject']],
    ['  •\u00a0mevrouw Prins vraagt het woord.', ['speaker:subject']],
    ['Het gaat goed.” Mevrouw Geel vindt dat ook.', ['speaker:subject']],
    ['Dat vindt de heer Putters een goede vraag.', ['speaker:inverted']],
    ['Daarna beëindigt mevrouw Knoef de discussie.', ['speaker:inverted']],
    ['Het ontbreekt volgens mevrouw Gerbrandy nog.', ['speaker:volgens']],
    ['Op de vraag van de heer Boufangacha antwoordt mevrouw Van Selm.', ['also:asked', 'speaker:inverted']],
    ['Dit is, zo heeft mevrouw Van Selm gezegd, belangrijk.', ['object:cited']],
    ['Ze bedankt mevrouw Van Selm.', ['object:']],
    ['De heer Weurding steunt de heer Kamp.', ['speaker:subject', 'object:']],
    ['Mevrouw Hamer is vandaag verhinderd.', ['object:narrated']],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it('equals the plain model on text built from the pieces that decide a role', () => {
    const piece = fc.constantFrom(
      ' ', '  ', '\u00a0', '\u2003', '\t', '\n', '.', '!', ':', ';', ',', '"', '”', '’', "'", '-', '•', '—',
      'vraag van', 'vragen van', 'zo', 'zo heeft', 'aldus', 'volgens', 'dat', 'vindt', 'bedankt', 'Ze', 'steunt', 'is', 'kan',
      'één', 'beëindigt', 'İt', 'Zó', 'aan', '123', 'x'.repeat(50), 'de heer Putters', 'Mevrouw Van Selm', 'Dhr. Jansen',
      'mw. van der Veen', 'De voorzitter', 'de voorzitter', ' is verhinderd', ' en ', ', sprekend namens de werknemers,',
      ' zal de vergadering voorzitten', 'merkt', 'op',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join(' ');
        const mentions = findMentions(text);
        expect(mentions.map((m) => `${m.role}:${m.how}`)).toEqual(mentions.map((m) => model(text, m.index, m.length)));
      }),
      { numRuns: 3000 },
    );
  });
});
