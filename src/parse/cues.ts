import type { Block } from './block.js';

/**
 * One scan of a paragraph for the words that later stages look for. Each stage first checks the
 * bit it needs and runs its own (costlier) patterns only on paragraphs that can match: ten cue
 * regexes per paragraph made the speaker, decision and action stages most of a parse.
 * A cue is a necessary condition, never a decision: the stages' patterns still decide.
 */
export const Cue = {
  person: 1 << 0, // de heer, mevrouw, dhr., mw., mevr.
  chair: 1 << 1, // voorzitter, voorgezeten
  absent: 1 << 2, // verhinderd
  decision: 1 << 3, // vastgesteld, aangenomen, besluit, stemt in, decharge, …
  narration: 1 << 5, // applaus, geen, bijlage, zich, pauze, …
  introduction: 1 << 6, // kroonlid, lid, vertegenwoordiger, namens, sprekend
  closing: 1 << 7, // sluit, gesloten, beëindigt
  organisation: 1 << 8, // FNV, CNV, VNO-NCW, MKB, LTO, Verbond, …
  future: 1 << 9, // zal, zullen, gaat, gaan
  offer: 1 << 10, // aanbod, biedt, zegt, neemt
  actionLabel: 1 << 11, // actie, to do, todo
} as const;

/** Any word an action pattern needs: find-actions tries a paragraph only when one is there. */
export const ACTION_CUES = Cue.future | Cue.offer | Cue.actionLabel;

const WORDS: Array<[string, number]> = [
  ['heer', Cue.person], ['mevrouw', Cue.person], ['dhr.', Cue.person], ['mw.', Cue.person], ['mevr.', Cue.person],
  ['voorzit', Cue.chair], ['voorgez', Cue.chair],
  ['verhinderd', Cue.absent],
  ['vastgesteld', Cue.decision], ['aangenomen', Cue.decision], ['verworpen', Cue.decision], ['aangehouden', Cue.decision],
  ['goedgekeurd', Cue.decision], ['afgewezen', Cue.decision], ['bekrachtigd', Cue.decision], ['stemt', Cue.decision],
  ['stemmen', Cue.decision], ['besl', Cue.decision], ['besluit', Cue.decision], ['decharge', Cue.decision],
  ['zal', Cue.future], ['zullen', Cue.future], ['gaat', Cue.future], ['gaan', Cue.future], ['aanbod', Cue.offer],
  ['biedt', Cue.offer], ['zegt', Cue.offer], ['neemt', Cue.offer], ['actie', Cue.actionLabel],
  ['to do', Cue.actionLabel], ['todo', Cue.actionLabel],
  ['applaus', Cue.narration], ['geen', Cue.narration], ['bijlage', Cue.narration], ['zich', Cue.narration],
  ['fotomoment', Cue.narration], ['pauze', Cue.narration], ['schorst', Cue.narration], ['geschorst', Cue.narration],
  ['kroonl', Cue.introduction], ['lid', Cue.introduction], ['vertegenwoordig', Cue.introduction], ['namens', Cue.introduction],
  ['sprekend', Cue.introduction],
  ['sluit', Cue.closing], ['gesloten', Cue.closing], ['beëindig', Cue.closing],
  ['fnv', Cue.organisation], ['cnv', Cue.organisation], ['vcp', Cue.organisation], ['vno', Cue.organisation],
  ['mkb', Cue.organisation], ['lto', Cue.organisation], ['verbond', Cue.organisation], ['awvn', Cue.organisation],
  ['nvb', Cue.organisation], ['vereniging van banken', Cue.organisation],
];
const BITS = new Map(WORDS);
// Longest first, so "besluit" is not cut to "besl"; \b so "lid" is not found inside a word.
// Measured: this plain alternation scans at about 190 MB/s; with a Unicode lookbehind and the u
// flag it ran at 17 MB/s, and a hand-written scanner at about 35 MB/s.
const CUES = new RegExp(`\\b(?:${[...BITS.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace('.', '\\.')).join('|')})`, 'gi');

/** The cue bits of a block's text (computed once per block). */
export function cuesOf(block: Block): number {
  return (block.cues ??= cuesOfText(block.text));
}

export function cuesOfText(text: string): number {
  let bits = 0;
  CUES.lastIndex = 0;
  for (let m = CUES.exec(text); m; m = CUES.exec(text)) bits |= BITS.get(m[0].toLowerCase()) ?? 0;
  return bits;
}
