import { beforeAll, describe, expect, it } from 'vitest';
import { isVerslagExport, parseBytes, readVerslagMarkdown } from '../../src/index.js';
import { loadMarkdownReader } from '../../src/api/markdown-reader.js';
import { toMarkdownTree } from '../../src/export/markdown.js';
import { syntheticRecord } from './synthetic.js';

// parseBytes reads exports once the reader is loaded (parseFile and the CLI load it themselves).
beforeAll(loadMarkdownReader);

const read = (md: string) => parseBytes(Buffer.from(md), { path: 'edited.md' });

describe('the Markdown export as a tree', () => {
  it('is an mdast tree: front matter, ## per agenda item, bold speakers, block quotes for decisions and actions', () => {
    const tree = toMarkdownTree(syntheticRecord());
    expect(tree.children[0]!.type).toBe('yaml');
    const items = tree.children.filter((n) => n.type === 'heading' && n.depth === 2);
    expect(items).toHaveLength(2);
    const quotes = tree.children.filter((n) => n.type === 'blockquote');
    expect(quotes.length).toBe(1 + 2 + 3); // one quote paragraph, two decisions, three actions
  });
});

describe('reading an export back', () => {
  it('recognises an export by verslag: 1 in its front matter, and nothing else', () => {
    expect(isVerslagExport('---\nverslag: 1\nkind: verslag\n---\n\n## 1. Opening\n')).toBe(true);
    expect(isVerslagExport('---\r\nkind: verslag\r\nverslag: 1\r\n---\r\n')).toBe(true);
    expect(isVerslagExport('---\ntitle: Notulen\n---\nverslag: 1\n')).toBe(false);
    expect(isVerslagExport('verslag: 1\n')).toBe(false);
    expect(isVerslagExport('---\nverslag: 1\n')).toBe(false);
  });

  it('keeps reading a hand-edited file: an unknown speaker, a bad key and a stray rule become diagnostics, not errors', () => {
    const record = read(
      [
        '---',
        'verslag: 1',
        'date: 2020-09-18',
        'mood: cheerful',
        'number: zeven',
        'speakers:',
        '  - {id: geel, name: Geel, variants: [], geleding: werkgevers, evidence: []}',
        '---',
        '',
        '## 1. Opening',
        '',
        '**Geel** (werkgevers): Goedemorgen.',
        '',
        '**Prins**: Dag allemaal.',
        '',
        '***',
        '',
        '> *Besluit:* **verslag** **vastgesteld** · met applaus',
        '',
      ].join('\n'),
    );
    expect(record.meeting.date).toBe('2020-09-18');
    expect(record.meeting.number).toBeUndefined();
    const [geel, prins, rule] = record.agenda[0]!.paragraphs;
    expect(geel).toMatchObject({ text: 'Goedemorgen.', speaker: { id: 'geel', geleding: 'werkgevers' } });
    expect(prins).toMatchObject({ text: 'Dag allemaal.', speaker: { id: 'Prins', name: 'Prins', geleding: null } });
    expect(rule).toMatchObject({ kind: 'text', text: '***' });
    expect(record.agenda[0]!.decisions[0]).toMatchObject({ subject: 'verslag', outcome: 'vastgesteld' });
    expect(record.diagnostics.map((d) => d.reason)).toEqual([
      'Front matter key mood is not a meeting field; it was left out',
      expect.stringMatching(/^Front matter key number: /),
      `The speaker "Prins" is not in the front matter's speakers list`,
      'The decision mark "met applaus" is not one of unaniem, gewijzigd, stemming or a vote count',
    ]);
  });

  it('a front matter that is not valid YAML still gives a record, with a diagnostic saying so', () => {
    const record = readVerslagMarkdown('---\nverslag: 1\ndate: [unclosed\n---\n\n## 1. Opening\n\nTekst.\n', { path: 'x.md' });
    expect(record.agenda.map((i) => i.title)).toEqual(['Opening']);
    expect(record.diagnostics[0]!.reason).toMatch(/^The front matter is not valid YAML/);
    expect(record.diagnostics[0]!.position?.start.line).toBe(1);
  });

  it('bold text that is not a full speaker prefix stays text', () => {
    const record = read('---\nverslag: 1\nspeakers: []\n---\n\n## 1. Opening\n\n**Let op** dit is geen spreker.\n');
    expect(record.agenda[0]!.paragraphs[0]).toMatchObject({ speaker: null, text: 'Let op dit is geen spreker.' });
  });
});
