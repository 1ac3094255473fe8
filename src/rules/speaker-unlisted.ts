import { q, type Text } from '../i18n/index.js';
import { defineRule } from './define-rule.js';
import { itemLabel } from './support/items.js';
import { attendees, NameIndex, speakerIn } from './support/names.js';
import { firstSpeech } from './support/speech.js';

const unlisted: Text<{ name: string; where: string; line: number }> = {
  en: (p) => `${p.name} speaks in ${p.where} (line ${p.line}) but is not under ${q('Aanwezig')} or ${q('Secretariaat')} and is not introduced as a guest; expected the name in the attendance list`,
  nl: (p) => `${p.name} spreekt in ${p.where} (regel ${p.line}) maar staat niet bij ${q('Aanwezig')} of ${q('Secretariaat')} en wordt niet als gast geïntroduceerd; verwacht de naam in de presentielijst`,
};

/**
 * Everyone who speaks is in the attendance list, the secretariat, or introduced as a guest. A
 * verslag without an attendance list (seed 000) is not checked: there is nothing to compare with.
 */
export default defineRule({
  id: 'speaker-unlisted',
  severity: 'warn',
  description: 'Every speaker is listed as present, is in the secretariat, or is introduced as a guest.',
  why: 'An unlisted speaker is usually a name missing from the attendance list, or words given to the wrong person.',
  check(ctx) {
    const { meeting, speakers } = ctx.record;
    if (meeting.present.length === 0) return;
    const listed = attendees(meeting);
    const absentees = new NameIndex(meeting.absent);
    for (const speaker of speakers) {
      if (speaker.role) continue; // the chair, the secretariat and introduced guests are accounted for
      if (speaker.evidence.some((e) => e.kind === 'introduced')) continue;
      if (speakerIn(speaker, listed) || speakerIn(speaker, absentees)) continue;
      const at = firstSpeech(ctx.record, speaker);
      if (!at.position) continue;
      const where = at.item ? itemLabel(at.item, ctx.lang) : ctx.lang === 'nl' ? 'de opening' : 'the opening';
      ctx.report({ message: ctx.t(unlisted, { name: speaker.name, where, line: at.position.start.line }), position: at.position, actual: speaker.name });
    }
  },
});
