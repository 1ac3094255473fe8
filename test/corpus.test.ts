import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/index.js';
import { decode } from '../src/source/index.js';
import { corpusFiles, expectedFile, FIXTURES, SHARED } from './helpers/fixtures.js';
import { checkInvariants } from './helpers/invariants.js';

// Other bodies' minutes, read from ../shared/corpus (not copied: they are other people's texts).
// fixtures/corpus/agenda.json lists the agenda items found in each; a person checked every
// entry against the file (UPDATE=1 rewrites it: check it again before committing).
const files = corpusFiles();
if (files.length === 0) console.log('corpus tests skipped: ../shared/corpus is not beside this checkout');

describe.skipIf(files.length === 0)('corpus: real minutes of other bodies', () => {
  const found: Record<string, unknown> = {};
  for (const file of files) {
    it(`${file} parses with every invariant holding`, () => {
      const bytes = readFileSync(join(SHARED, 'corpus', file));
      const record = parseBytes(bytes, { path: file });
      expect(checkInvariants(record, decode(bytes).text)).toEqual([]);
      found[file] = {
        kind: record.kind,
        title: record.meeting.title ?? null,
        date: record.meeting.date ?? null,
        present: record.meeting.present.length,
        agenda: record.agenda.map((i) => `${i.number}${i.printedNumber !== undefined ? ` [${i.printedNumber || '-'}]` : ''}. ${i.title} @${i.position.start.line}`),
      };
    });
  }
  it('finds the agenda items a person checked in each file', () => {
    const actual = JSON.stringify(found, null, 2) + '\n';
    expect(actual).toBe(expectedFile(join(FIXTURES, 'corpus', 'agenda.json'), actual));
  });
});
