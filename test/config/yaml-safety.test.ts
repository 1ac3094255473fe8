import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoster } from '../../src/index.js';
import { nestingDepth, YAML_LIMITS } from '../../src/api/safe-yaml.js';
import { ConfigError, parseConfig } from '../../src/config/index.js';
import { runCli } from '../helpers/run-cli.js';

/** The classic: ten levels of nine aliases each, ~10⁹ strings if expanded. */
function billionLaughs(root: string): string {
  const levels = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) levels.push(`l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
  return `${levels.join('\n')}\n${root}: *l9\n`;
}

// Each hostile or broken file must be refused quickly (well under a second) with a message
// that says what is wrong; the time bound is loose so a slow CI machine does not flake.
async function timed<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await f();
  return { value, ms: performance.now() - t };
}

const REFUSED_WITHIN_MS = 1000;

describe('a roster file is data, read with limits', () => {
  it('a "billion laughs" roster is refused quickly with a clear message', async () => {
    const { value, ms } = await timed(() => loadRoster(billionLaughs('members')));
    expect(value).toEqual({ ok: false, error: 'the roster expands aliases more than 100 times and is refused (a "billion laughs" file would exhaust memory)' });
    expect(ms).toBeLessThan(REFUSED_WITHIN_MS);
  });

  it('deep nesting is refused before the parser can recurse into a stack overflow', async () => {
    for (const text of [`members: ${'['.repeat(100_000)}${']'.repeat(100_000)}`, `members:\n${'- '.repeat(100_000)}x\n`, `members: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`]) {
      const { value, ms } = await timed(() => loadRoster(text));
      expect(value).toEqual({ ok: false, error: 'the roster is nested more than 64 levels deep' });
      expect(ms).toBeLessThan(REFUSED_WITHIN_MS);
    }
  });

  it('a file over the size limit is refused before parsing', async () => {
    const text = `members:\n${'  - name: Jansen\n'.repeat(Math.ceil(YAML_LIMITS.maxBytes / 16) + 1)}`;
    expect(await loadRoster(text)).toEqual({ ok: false, error: `the roster is larger than ${YAML_LIMITS.maxBytes} bytes` });
  });

  it('unknown keys and wrong types are reported by name', async () => {
    expect(await loadRoster('members:\n  - name: Jansen\n    colour: red\n')).toEqual({ ok: false, error: 'roster key members.0: Unrecognized key: "colour"' });
    expect(await loadRoster('leden: []\nmembers: []\n')).toEqual({ ok: false, error: 'roster key (top level): Unrecognized key: "leden"' });
    expect(await loadRoster('members:\n  - name: 42\n')).toEqual({ ok: false, error: 'roster key members.0.name: Invalid input: expected string, received number' });
    expect(await loadRoster('members:\n  - name: Jansen\n    from: 16 februari 2018\n')).toMatchObject({ ok: false, error: expect.stringMatching(/^roster key members\.0\.from: /) });
  });

  it('tags that could run code or read files are refused, not read as strings', async () => {
    expect(await loadRoster('members:\n  - name: !!js/function "function () { process.exit(1) }"\n')).toEqual({
      ok: false,
      error: 'the tag !!js/function is not allowed (line 2): only plain YAML is read, no tags',
    });
    expect(await loadRoster('members:\n  - name: !include /etc/passwd\n')).toEqual({ ok: false, error: 'the tag !include is not allowed (line 2): only plain YAML is read, no tags' });
    expect(await loadRoster('members: !!python/object/apply:os.system ["true"]\n')).toMatchObject({ ok: false, error: expect.stringContaining('the tag !!python/object/apply:os.system is not allowed') });
  });

  it('duplicate keys are an error, not "last one wins"', async () => {
    expect(await loadRoster('members:\n  - name: Jansen\n    name: Pietersen\n')).toMatchObject({ ok: false, error: expect.stringMatching(/^not valid YAML: Map keys must be unique/) });
  });

  it('a plain roster still loads (the limits cost a real file nothing)', async () => {
    const text = 'geledingen: [werkgevers, werknemers, kroonleden]\nmembers:\n  - name: Van Selm\n    geleding: werknemers\n    aliases: ["van Selm"]\n    from: "2018-01-01"\n';
    expect(await loadRoster(text)).toEqual({
      ok: true,
      roster: { geledingen: ['werkgevers', 'werknemers', 'kroonleden'], members: [{ name: 'Van Selm', geleding: 'werknemers', aliases: ['van Selm'], from: '2018-01-01' }] },
    });
  });

  it('the CLI names the roster file and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verslag-roster-'));
    try {
      writeFileSync(join(dir, 'leden.yaml'), billionLaughs('members'));
      const r = await runCli(['parse', '--roster', 'leden.yaml', '-'], { cwd: dir, stdin: '1. Opening\n' });
      expect(r).toEqual({ code: 2, stdout: '', stderr: 'verslag: leden.yaml: the roster expands aliases more than 100 times and is refused (a "billion laughs" file would exhaust memory)\n' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('.verslagrc.yaml is read with the same limits', () => {
  const refused = async (text: string) => {
    const error = await parseConfig(text, '/project/.verslagrc.yaml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).detail;
  };

  it('a "billion laughs" config is refused quickly', async () => {
    const { value, ms } = await timed(() => refused(billionLaughs('geledingen')));
    expect(value).toBe('the config expands aliases more than 100 times and is refused (a "billion laughs" file would exhaust memory)');
    expect(ms).toBeLessThan(REFUSED_WITHIN_MS);
  });

  it('deep nesting, a size over the limit and tags are refused', async () => {
    expect(await refused(`rules: ${'['.repeat(50_000)}${']'.repeat(50_000)}`)).toBe('the config is nested more than 64 levels deep');
    expect(await refused(`# ${'x'.repeat(YAML_LIMITS.maxBytes)}\n`)).toBe(`the config is larger than ${YAML_LIMITS.maxBytes} bytes`);
    expect(await refused('roster: !!js/function "function () {}"\n')).toBe('the tag !!js/function is not allowed (line 1): only plain YAML is read, no tags');
  });

  it('unknown keys and wrong types are reported by name', async () => {
    expect(await refused('rulez: {}\n')).toBe('key (top level): unknown key rulez; expected rules, roster or geledingen');
    expect(await refused('geledingen: werknemers\n')).toMatch(/^key geledingen: Invalid input: expected array, received string$/);
    expect(await refused('roster: 12\n')).toMatch(/^key roster: Invalid input: expected string, received number$/);
  });

  it('the roster it names is the only other file read, relative to the config folder', async () => {
    const config = await parseConfig('roster: leden.yaml\n', '/project/.verslagrc.yaml');
    expect(config.roster).toBe('/project/leden.yaml');
  });
});

describe('nestingDepth, the pre-parse bound', () => {
  it('counts block and flow nesting and never under-counts', () => {
    expect(nestingDepth('members:\n  - name: A\n    aliases: [a, b]\n')).toBe(4);
    expect(nestingDepth('a: "[[[[" # [[[[\nb: \'{{\'\n')).toBe(1);
    expect(nestingDepth('- - - x\n')).toBe(4);
    expect(nestingDepth('')).toBe(0);
  });
});
