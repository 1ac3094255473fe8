import { q, type Text } from '../i18n/index.js';
import { defineRule } from './define-rule.js';
import { itemLabel } from './support/items.js';
import { paragraphsOf, spanInParagraph } from './support/positions.js';

// "Spreker"/"Spreekster" stand for the person speaking anywhere in a sentence; "Hij"/"Zij" only
// when they open the paragraph (elsewhere they may mean anyone just mentioned).
const SPEAKER_WORD = /(?<!\p{L})(?:[Ss]preker|[Ss]preekster)(?!\p{L})/u;
const OPENING_PRONOUN = /^(?:Hij|Zij)(?!\p{L})/u;

const unresolved: Text<{ word: string; where: string; line: number }> = {
  en: (p) => `${q(p.word)} in ${p.where} (line ${p.line}) refers to a speaker, but no one is speaking here; expected the speaker named first, e.g. ${q('Mevrouw Jansen …')}`,
  nl: (p) => `${q(p.word)} in ${p.where} (regel ${p.line}) verwijst naar een spreker, maar hier spreekt niemand; verwacht eerst de naam van de spreker, bijvoorbeeld ${q('Mevrouw Jansen …')}`,
};

/** "Spreker", "Spreekster", or an opening "Hij"/"Zij", in a paragraph with no speaker to refer to. */
export default defineRule({
  id: 'speaker-unresolved',
  severity: 'warn',
  description: 'Spreker, Spreekster or an opening Hij/Zij refers to someone who is speaking.',
  why: 'A reader cannot tell whose words these are; the archive cannot attribute them either.',
  check(ctx) {
    for (const { paragraph, item } of paragraphsOf(ctx.record)) {
      if (paragraph.speaker || (paragraph.kind !== 'text' && paragraph.kind !== 'list')) continue;
      const m = SPEAKER_WORD.exec(paragraph.text) ?? OPENING_PRONOUN.exec(paragraph.text);
      if (!m) continue;
      const position = spanInParagraph(ctx.lines, paragraph, m.index, m[0].length);
      const where = item ? itemLabel(item, ctx.lang) : ctx.lang === 'nl' ? 'de kop' : 'the header';
      ctx.report({ message: ctx.t(unresolved, { word: m[0], where, line: position.start.line }), position, actual: m[0] });
    }
  },
});
