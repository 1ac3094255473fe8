import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/index.js';
import { decode } from '../src/source/index.js';
import { cases, expectedFile } from './helpers/fixtures.js';
import { checkInvariants } from './helpers/invariants.js';

describe('parse fixtures (fixtures/parse/<case>/input.* → expected.json; UPDATE=1 rewrites)', () => {
  for (const c of cases('parse')) {
    it(`${c.name} parses to its expected record and keeps every invariant`, () => {
      const bytes = readFileSync(c.input);
      const record = parseBytes(bytes, { path: c.input.slice(c.dir.length + 1) });
      expect(checkInvariants(record, decode(bytes).text)).toEqual([]);
      const actual = JSON.stringify(record, null, 2) + '\n';
      expect(actual).toBe(expectedFile(join(c.dir, 'expected.json'), actual));
    });
  }
});
