import type { MeetingPlan, Person } from './model.js';
import type { Random } from './random.js';
import { CHAIR_OPENINGS, DECISIONS, ELABORATIONS, MONTH_NAMES, OPINIONS, WEEKDAY_NAMES } from './words.js';

/**
 * One verslag as text, in the layout of seed 001: a tab-separated header block, numbered items,
 * reported speech with emphasised names, a decision per advice. `version` writes a second,
 * slightly different verslag of the same meeting (a planted duplicate).
 */
export function renderMeeting(random: Random, m: MeetingPlan, version = false): string {
  const out: string[] = [];
  const spell = (p: Person) => m.spelling.get(p) ?? p.name;
  const ordinal = m.publicNumber !== undefined ? ` (${m.publicNumber} ^{ste} openbare vergadering)` : '';
  out.push('', version ? 'CONCEPTVERSLAG' : 'VERSLAG', '');
  out.push(`Vergadering:\t${m.body.name}, nr. ${m.printedNumber}${ordinal}`);
  out.push(`Datum en tijd:\t${written(m.date)}, ${m.body.start} uur`);
  out.push(`Plaats:\tSER-gebouw, Den Haag`);
  out.push(`Aanwezig:\t${m.present.map(spell).join(', ')}`);
  out.push(`Voorzitter:\t${m.body.chair.name}`);
  out.push(`Secretariaat:\t${m.body.secretariat.map((p, i) => (i === m.body.secretariat.length - 1 ? `${p.name} (notulist)` : p.name)).join(', ')}`);
  if (m.absent.length > 0) out.push(`Verhinderd:\t${m.absent.map(spell).join(', ')}`);
  out.push('');

  let n = 1;
  const item = (title: string) => out.push(`${n++}. ${title}`, '');
  item('Opening');
  out.push(random.pick(CHAIR_OPENINGS), '');
  if (version) out.push('De voorzitter deelt mee dat dit verslag nog in concept is.', '');
  item(`Ingekomen en verzonden stukken, mededelingen (${m.incomingRef})`);
  out.push(random.chance(0.5) ? 'Er zijn geen ingekomen stukken en mededelingen.' : 'Hierover zijn, aldus de *voorzitter*, geen bijzonderheden te melden.', '');
  if (m.earlier) {
    const e = m.earlier;
    const title =
      e.style === 'numbered'
        ? `Verslag ${e.number}e${e.publicNumber !== undefined ? ` (${e.publicNumber}e openbare)` : ''} vergadering d.d. ${day(e.date)} jl.`
        : `Verslag van de vergadering van ${WEEKDAY_NAMES[weekday(e.date)]} ${written(e.date)}`;
    item(`${title} (${m.verslagRef})`);
    out.push(random.chance(0.5) ? 'Het verslag wordt onder dankzegging ongewijzigd vastgesteld.' : 'Het verslag wordt zonder verdere tekstuele wijzigingen vastgesteld.', '');
  }
  if (m.current) {
    item('Actualiteiten');
    out.push(`${m.current.presenter.honorific} *${m.current.presenter.name}* verzorgt de presentatie ${m.current.title}.`, '');
    for (let i = random.int(2, 5); i > 0; i--) out.push(random.pick(ELABORATIONS), '');
  }
  for (const advice of m.items) {
    item(`Vaststelling advies '${advice.title}' (${advice.ref})`);
    out.push(`De *voorzitter* leidt in dat de commissie het ontwerpadvies '${advice.title}' heeft voorbereid.`, '');
    for (const s of advice.speakers) {
      out.push(`${s.person.honorific} *${s.person.name}*, sprekend namens de ${s.says}, ${random.pick(OPINIONS)}.`, '');
      for (let i = random.int(0, 3); i > 0; i--) out.push(random.pick(ELABORATIONS), '');
    }
    out.push(random.pick(DECISIONS), '');
  }
  item('Rondvraag en sluiting');
  out.push('Er wordt geen gebruik gemaakt van de rondvraag.', '');
  out.push(`De *voorzitter* sluit de vergadering om ${closing(m.body.start)} uur.`, '');
  return out.join('\n');
}

/** "16 februari 2018". */
function written(iso: string): string {
  return `${day(iso)} ${iso.slice(0, 4)}`;
}

/** "16 februari". */
function day(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]}`;
}

function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function closing(start: string): string {
  return `${String(Number(start.slice(0, 2)) + 2).padStart(2, '0')}:${start.slice(3)}`;
}
