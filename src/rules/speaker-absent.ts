import { q, type Text } from '../i18n/index.js';
import { defineRule } from './define-rule.js';
import { itemLabel } from './support/items.js';
import { attendees, NameIndex, speakerIn } from './support/names.js';
import { firstSpeech } from './support/speech.js';

const speaks: Text<{ name: string; listLine: number; where: string; line: number }> = {
  en: (p) => `${p.name} is listed as absent (${q('Verhinderd')}, line ${p.listLine}) but speaks in ${p.where} (line ${p.line}); expected them under ${q('Aanwezig')}, or these words given to whoever said them`,
  nl: (p) => `${p.name} staat bij ${q('Verhinderd')} (regel ${p.listLine}) maar spreekt in ${p.where} (regel ${p.line}); verwacht deze persoon bij ${q('Aanwezig')}, of deze woorden bij wie ze sprak`,
};

/** Someone listed as absent (Verhinderd, Afwezig) is not recorded as speaking. */
export default defineRule({
  id: 'speaker-absent',
  severity: 'error',
  description: 'Nobody listed as absent is recorded speaking.',
  why: 'Either the attendance list or the attribution is wrong, and both are part of the formal record.',
  check(ctx) {
    const { meeting, speakers } = ctx.record;
    if (meeting.absent.length === 0) return;
    const attending = attendees(meeting);
    const absentees = new NameIndex(meeting.absent);
    for (const speaker of speakers) {
      const absent = speakerIn(speaker, absentees);
      // Listed both present and absent: attendance-conflict reports that once.
      if (!absent || speakerIn(speaker, attending)) continue;
      const at = firstSpeech(ctx.record, speaker);
      if (!at.position) continue;
      const where = at.item ? itemLabel(at.item, ctx.lang) : ctx.lang === 'nl' ? 'de opening' : 'the opening';
      ctx.report({
        message: ctx.t(speaks, { name: absent.name, listLine: absent.position?.start.line ?? at.position.start.line, where, line: at.position.start.line }),
        position: at.position,
        actual: speaker.name,
        ...(absent.position ? { related: [{ position: absent.position, note: 'Verhinderd' }] } : {}),
      });
    }
  },
});
