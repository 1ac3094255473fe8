import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeStamp } from '../../../src/cli/query-code-stamp.js';
import { tempDir } from '../../archive/helpers.js';

describe("the code's stamp in the query index's salt", () => {
  let temp: ReturnType<typeof tempDir>;
  // Ten seconds on: every file written by the test counts as settled.
  const later = () => Date.now() + 10_000;
  beforeEach(() => {
    temp = tempDir();
    mkdirSync(join(temp.dir, 'query'));
    writeFileSync(join(temp.dir, 'a.js'), 'export const a = 1;\n');
    writeFileSync(join(temp.dir, 'query', 'b.js'), 'export const b = 2;\n');
  });
  afterEach(() => temp.remove());

  it('stays while the code does, and changes when any code file is written, added or removed', () => {
    const before = codeStamp(later(), temp.dir)!;
    expect(before).toBeDefined();
    expect(codeStamp(later(), temp.dir)).toBe(before);
    appendFileSync(join(temp.dir, 'query', 'b.js'), '// more\n');
    const written = codeStamp(later(), temp.dir);
    expect(written).not.toBe(before);
    writeFileSync(join(temp.dir, 'query', 'c.ts'), 'export const c = 3;\n');
    const added = codeStamp(later(), temp.dir);
    expect(added).not.toBe(written);
    rmSync(join(temp.dir, 'a.js'));
    expect(codeStamp(later(), temp.dir)).not.toBe(added);
  });

  it('is undefined while a code file is newer than a tick (the salt then hashes the content)', () => {
    expect(codeStamp(Date.now(), temp.dir)).toBeUndefined();
  });

  it('leaves out what is not code (maps, declarations)', () => {
    const before = codeStamp(later(), temp.dir);
    writeFileSync(join(temp.dir, 'a.js.map'), '{}');
    writeFileSync(join(temp.dir, 'a.d.ts'), 'export declare const a: number;\n');
    expect(codeStamp(later(), temp.dir)).toBe(before);
  });
});
