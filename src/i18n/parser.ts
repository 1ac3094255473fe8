import type { Diagnostic } from '../model/index.js';
import type { Lang } from './index.js';

/**
 * The parser writes its diagnostics in English; these are the Dutch words for the ones a
 * notulist sees in `verslag validate`. Others stay as the parser wrote them.
 */
export function parserReason(d: Diagnostic, lang: Lang): string {
  if (lang === 'en') return d.reason;
  switch (d.ruleId) {
    case 'not-verslag':
      return d.reason.startsWith('This is markup')
        ? 'Dit is opmaak (XML), geen platte tekst of Markdown van een verslag; zet het eerst om naar tekst'
        : 'Dit is geen verslag: er is geen vergaderkop, presentielijst, titel met verslag of notulen, of opening en sluiting van een vergadering';
    case 'encoding-fallback':
      return 'Het bestand is geen geldige UTF-8 en is als Windows-1252 gelezen. Sla het op als UTF-8 om zeker te zijn dat elk teken klopt';
    case 'chair-substitute':
      return d.reason.replace(/^(.+?) chairs this meeting in place of (.+?), as the text says$/, '$1 zit deze vergadering voor in plaats van $2, zoals de tekst zegt').replace(/^(.+?) chairs this meeting, as the text says$/, '$1 zit deze vergadering voor, zoals de tekst zegt');
    default:
      return d.reason;
  }
}
