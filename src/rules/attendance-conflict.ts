import { q, type Text } from '../i18n/index.js';
import type { PersonRef } from '../model/index.js';
import { defineRule } from './define-rule.js';
import { NameIndex } from './support/names.js';

const both: Text<{ name: string; list: string; line: number; otherLine: number }> = {
  en: (p) => `${p.name} is listed both as absent (line ${p.line}) and under ${q(p.list)} (line ${p.otherLine}); expected the name in one list only`,
  nl: (p) => `${p.name} staat zowel bij de afwezigen (regel ${p.line}) als bij ${q(p.list)} (regel ${p.otherLine}); verwacht de naam in één lijst`,
};

/** Nobody is both present (or chairing, or in the secretariat) and absent. */
export default defineRule({
  id: 'attendance-conflict',
  severity: 'error',
  description: 'Nobody is listed both as present and as absent.',
  why: 'The attendance list is the record of who took part; a name in both lists makes it unreliable.',
  check(ctx) {
    const { meeting } = ctx.record;
    const lists: Array<[string, NameIndex<PersonRef>]> = [
      ['Aanwezig', new NameIndex(meeting.present)],
      ['Voorzitter', new NameIndex(meeting.chair ? [meeting.chair] : [])],
      ['Secretariaat', new NameIndex(meeting.secretariat)],
    ];
    for (const absent of meeting.absent) {
      for (const [list, people] of lists) {
        const other = people.find(absent.name);
        if (!other) continue;
        const line = absent.position?.start.line ?? 1;
        ctx.report({
          message: ctx.t(both, { name: absent.name, list, line, otherLine: other.position?.start.line ?? line }),
          ...(absent.position ? { position: absent.position } : {}),
          actual: absent.name,
          ...(other.position ? { related: [{ position: other.position, note: list }] } : {}),
        });
        break;
      }
    }
  },
});
