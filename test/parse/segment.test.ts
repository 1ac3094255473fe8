import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/index.js';
import { checkInvariants } from '../helpers/invariants.js';

/** Paragraphs of the first item as [kind, first line, text]. */
function paragraphs(body: string): Array<[string, number, string]> {
  const text = `1. Opening\n\n${body}`;
  const record = parseText(text);
  expect(checkInvariants(record, text)).toEqual([]);
  return record.agenda[0]!.paragraphs.map((p) => [p.kind, p.position.start.line, p.text]);
}

// Hard-wrapped lines of about 80 characters, as PDF extraction gives them.
const WRAPPED = [
  'Het advies gaat over instrumenten, maar uiteindelijk is een instrument maar een',
  'middel. De vraag is wat daarmee bereikt moet worden bij een internationaal',
  'opererend bedrijf dat in ketens werkt waar overheden tekortschieten in het',
  'beschermen van rechten en waar bedrijven hooguit een deel van de oplossing',
  'kunnen bieden voor problemen die zij zelf niet geheel op kunnen lossen nu.',
].join('\n');

describe('segmenting text into paragraphs, with the way back', () => {
  it('joins hard-wrapped lines into one paragraph', () => {
    const all = paragraphs(WRAPPED + '\n');
    expect(all.map(([kind, line]) => [kind, line])).toEqual([['text', 3]]);
    expect(all[0]![2]).toContain('een middel. De vraag');
  });

  it('undoes end-of-line hyphenation between lower-case letters, keeps "UN-" + "richtlijnen"', () => {
    const body = `${WRAPPED.replace('internationaal', 'interna-').replace('\nopererend', '\ntionaal opererend')}\nmet de UN-\nrichtlijnen en de OESO-richtlijnen als basis voor het handelen van de bedrijven.\n`;
    const text = paragraphs(body)[0]![2];
    expect(text).toContain(' internationaal opererend');
    expect(text).toContain('UN-richtlijnen');
  });

  it('joins a paragraph that a page break cut in mid-sentence, and maps both parts back', () => {
    const body = `${WRAPPED.replace(/ nu\.$/, '')} en dat\n\n\n\nis wat de commissie wil.\n`;
    const record = parseText(`1. Opening\n\n${body}`);
    const [p] = record.agenda[0]!.paragraphs;
    expect(record.agenda[0]!.paragraphs).toHaveLength(1);
    expect(p!.text).toMatch(/lossen en dat is wat de commissie wil\.$/);
    expect(p!.position.end.line).toBe(11);
  });

  it('recognises page numbers and footnotes, and a paragraph goes on after a footnote', () => {
    const body = 'De heer De Boer kan deze bundel¹ beslist aanraden aan iedereen die werkt aan het\n\n¹ https://example.org/bundel.pdf\n\n12\n\nonderwerp van de convenanten.\n';
    expect(paragraphs(body)).toEqual([
      ['text', 3, 'De heer De Boer kan deze bundel¹ beslist aanraden aan iedereen die werkt aan het onderwerp van de convenanten.'],
      ['footnote', 5, '¹ https://example.org/bundel.pdf'],
      ['page-number', 7, '12'],
    ]);
  });

  it('in Markdown a blank line always ends a paragraph, and a line ending in a link is not a cut sentence', () => {
    const long = 'Zie ook de bespreking in de vorige vergadering over de nieuwe versie van de standaard en';
    const md = parseText(`# Overleg\n\n## Punt\n\n${long}\n\nBesloten wordt de verwijzing op te nemen.\n\n## Rondvraag\n\nGeen.\n`, { markdown: true });
    expect(md.agenda[0]!.paragraphs.map((p) => p.position.start.line)).toEqual([5, 7]);
    const link = parseText(`1. Punt\n\nZie ook https://docs.opengeospatial.org/is/17-069r3/17-069r3.html#rc_core voor de landing page\nhttps://docs.example.org/a/b/c/d#rc_core\n\nBesloten wordt de verwijzing op te nemen.\n`);
    expect(link.agenda[0]!.paragraphs.map((p) => p.position.start.line)).toEqual([3, 6]);
  });

  it('tells a plain-text sub-heading from the last line of a paragraph', () => {
    const body = `${WRAPPED}\n\nWerknemersgeleding\nDe vraag aan de heer Fortuin is hoe de positie kan worden versterkt.\n\nSheet 4 Trends in gezondheid\n\n${WRAPPED}\n`;
    expect(paragraphs(body).map(([kind, line]) => [kind, line])).toEqual([
      ['text', 3],
      ['heading', 9],
      ['text', 10],
      ['heading', 12],
      ['text', 14],
    ]);
  });

  it('keeps a bullet and its wrapped continuation together, and each bullet apart', () => {
    const body = '- alleen maatregelen nemen in goed overleg met partners in de keten (geen eenzijdige\n  maatregelen opleggen);\n- orders niet annuleren.\n';
    expect(paragraphs(body)).toEqual([
      ['list', 3, 'alleen maatregelen nemen in goed overleg met partners in de keten (geen eenzijdige maatregelen opleggen);'],
      ['list', 5, 'orders niet annuleren.'],
    ]);
  });

  it('an HTML comment on its own line is a comment paragraph, not part of the text around it', () => {
    const body = 'De heer Kamp spreekt over het advies van de commissie en over de\n<!-- verslag-disable-next-line name-variant -->\nrol van de SER.\n';
    expect(paragraphs(body)).toEqual([
      ['text', 3, 'De heer Kamp spreekt over het advies van de commissie en over de rol van de SER.'],
      ['comment', 4, '<!-- verslag-disable-next-line name-variant -->'],
    ]);
  });

  it('removes emphasis marks from the text but keeps each character’s source offset', () => {
    const text = '1. Opening\n\nDe heer *Nijpels* licht de **stand van zaken** toe.\n';
    const p = parseText(text).agenda[0]!.paragraphs[0]!;
    expect(p.text).toBe('De heer Nijpels licht de stand van zaken toe.');
    const at = p.text.indexOf('Nijpels');
    const seg = [...p.segments].reverse().find(([t]) => t <= at)!;
    expect(text.slice(seg[1] + (at - seg[0]), seg[1] + (at - seg[0]) + 7)).toBe('Nijpels');
  });
});

describe('the agenda chain', () => {
  const items = (text: string) => parseText(text).agenda.map((i) => i.number);

  it('keeps the items after a left-out number (1, 2, 4, 5)', () => {
    expect(items('1. Opening\n\nTekst.\n\n2. Verslag\n\nTekst.\n\n4. Advies\n\nTekst.\n\n5. Rondvraag en sluiting\n\nTekst.\n')).toEqual(['1', '2', '4', '5']);
  });

  it('does not jump ahead when the next number still comes: a numbered list inside an item stays a list', () => {
    expect(items('1. Opening\n\nDe punten zijn:\n\n3. Een punt met een hoofdletter\n\n2. Verslag\n\nTekst.\n\n3. Rondvraag\n\nTekst.\n')).toEqual(['1', '2', '3']);
  });
});

describe('unnumbered agenda items', () => {
  const titles = (text: string) => parseText(text, { markdown: true }).agenda.map((i) => `${i.number} ${i.title}`);

  it('a bold line alone marks an item where the minutes have no other headings', () => {
    const text = '# Werkgroep\n\n**Datum:** 30-11-2022\n\n**API 58**\n\nEr staat een pull request open.\n\n**Signing**\n\nGekeken naar jades.\n\n**Afsluiting**\n\nVolgende keer in januari.\n';
    expect(titles(text)).toEqual(['1 API 58', '2 Signing', '3 Afsluiting']);
  });

  it('## headings win over bold lines inside them', () => {
    const text = '# Werkgroep\n\n## Welkom\n\n**Mededeling**\n\nTekst.\n\n## Rondvraag\n\n**Vraag**\n\nTekst.\n';
    expect(titles(text)).toEqual(['1 Welkom', '2 Rondvraag']);
  });
});
