import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findConfig, parseConfig, parseRuleFlag, withRuleFlags } from '../../src/config/index.js';

const at = '/project/.verslagrc.yaml';
const fails = async (yaml: string) => {
  try {
    await parseConfig(yaml, at);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).detail;
  }
  throw new Error('expected a ConfigError');
};

describe('.verslagrc.yaml', () => {
  it('reads levels, [level, options], the roster (relative to the file) and the geledingen', async () => {
    const config = await parseConfig('rules:\n  name-variant: off\n  text-artefact: [warn, { pageNumbers: false }]\nroster: leden.yaml\ngeledingen: [oudergeleding, personeelsgeleding]\n', at);
    expect(config).toEqual({
      rules: { 'name-variant': { level: 'off' }, 'text-artefact': { level: 'warn', options: { pageNumbers: false } } },
      roster: '/project/leden.yaml',
      geledingen: ['oudergeleding', 'personeelsgeleding'],
      file: at,
    });
  });

  it('an empty file is an empty config', async () => {
    expect(await parseConfig('', at)).toEqual({ rules: {}, file: at });
  });

  it('a bad level names the key and the expected values', async () => {
    expect(await fails('rules:\n  name-variant: of\n')).toBe('key rules.name-variant: expected off, warn or error, or [level, {options}]; got "of"');
  });

  it('an unknown rule names the key and lists the rules', async () => {
    expect(await fails('rules:\n  name-varient: off\n')).toMatch(/^key rules\.name-varient: unknown rule "name-varient"; expected one of header-fields, agenda-numbering, /);
  });

  it('a bad option names the key, the option and what was expected', async () => {
    expect(await fails('rules:\n  name-variant: [warn, { minLength: two }]\n')).toBe('key rules.name-variant[1]: option minLength: Invalid input: expected number, received string');
    expect(await fails('rules:\n  name-variant: [warn, { minLenght: 4 }]\n')).toMatch(/^key rules\.name-variant\[1\]: Unrecognized key: "minLenght"/);
  });

  it('an unknown top-level key is named, with the keys that exist', async () => {
    expect(await fails('rule:\n  name-variant: off\n')).toBe('key (top level): unknown key rule; expected rules, roster or geledingen');
  });

  it('YAML that does not parse is refused with the parser’s reason', async () => {
    expect(await fails('rules: [\n')).toMatch(/^not valid YAML/);
  });

  it('is found from the file’s folder upwards', async () => {
    const root = mkdtempSync(join(tmpdir(), 'verslag-config-'));
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, 'a', '.verslagrc.yaml'), 'rules: {}\n');
    expect(await findConfig(join(root, 'a', 'b'))).toBe(join(root, 'a', '.verslagrc.yaml'));
    expect(await findConfig(root)).toBeUndefined();
  });
});

describe('--rule id=level', () => {
  it('parses, and lays the flags over the file’s settings, keeping options', () => {
    expect(parseRuleFlag('name-variant=error')).toEqual(['name-variant', 'error']);
    const merged = withRuleFlags({ rules: { 'text-artefact': { level: 'warn', options: { pageNumbers: false } } } }, [['text-artefact', 'error']]);
    expect(merged.rules['text-artefact']).toEqual({ level: 'error', options: { pageNumbers: false } });
  });

  it('refuses an unknown rule or level, saying what was expected', () => {
    expect(() => parseRuleFlag('name-variant')).toThrow('--rule name-variant: expected id=off|warn|error, e.g. --rule name-variant=off');
    expect(() => parseRuleFlag('nope=off')).toThrow(/unknown rule "nope"/);
    expect(() => parseRuleFlag('name-variant=loud')).toThrow('--rule name-variant=loud: expected off, warn or error after =');
  });
});
