import type { Paragraph, PersonRef, Verslag } from '../model/index.js';

/**
 * What "the same record" means for the Markdown round trip: the content of a verslag without the
 * places it was read from. Kept: kind, meeting (without `positions` and people's positions), front
 * and agenda paragraphs (kind, text, speaker, also), agenda items (number, printed number, title,
 * subtitle, refs, subitem titles), decisions and actions (without position), speakers (without
 * position, evidence without position). Left out: every position, `segments`, `source`,
 * `diagnostics`, and a paragraph's `attribution` and heading `level` (how it was parsed, not what it says).
 */
export function comparable(record: Verslag) {
  const { positions: _positions, chair, present, absent, secretariat, ...meeting } = record.meeting;
  return {
    kind: record.kind,
    meeting: { ...meeting, ...(chair ? { chair: person(chair) } : {}), present: present.map(person), absent: absent.map(person), secretariat: secretariat.map(person) },
    front: record.front.map(paragraph),
    agenda: record.agenda.map((item) => ({
      number: item.number,
      ...(item.printedNumber !== undefined ? { printedNumber: item.printedNumber } : {}),
      title: item.title,
      ...(item.subtitle !== undefined ? { subtitle: item.subtitle } : {}),
      refs: item.refs,
      subitems: item.subitems.map((s) => s.title),
      paragraphs: item.paragraphs.map(paragraph),
      decisions: item.decisions.map(({ position: _p, ...d }) => d),
      actions: item.actions.map(({ position: _p, ...a }) => a),
    })),
    speakers: record.speakers.map(({ position: _p, evidence, ...s }) => ({ ...s, evidence: evidence.map(({ position: _q, ...e }) => e) })),
  };
}

function person({ position: _position, ...p }: PersonRef) {
  return p;
}

function paragraph(p: Paragraph) {
  return { kind: p.kind, text: p.text, speaker: p.speaker, ...(p.also?.length ? { also: p.also } : {}) };
}
