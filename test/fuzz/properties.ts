import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { InputError, parseBytes, parseText, type Roster, Verslag } from '../../src/index.js';
import { decode, NotTextError } from '../../src/source/index.js';
import { ROOT } from '../helpers/fixtures.js';
import { checkInvariants } from '../helpers/invariants.js';
import { applyMutations, type Mutation, type Excerpt, mutatedSample, parseOptions, pieceText, randomBytes, randomText } from './arbitraries.js';

/**
 * The properties every input must satisfy, shared by test/property (a small sample in `npm test`)
 * and test/fuzz/run.ts (`npm run fuzz`, many cases). Each `check` returns what is wrong with the
 * result, so a failure says which invariant broke rather than only that something threw.
 */
export interface FuzzProperty<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  check: (value: T) => string[];
  /** The value as a reader needs it to reproduce the failure (the text, not the recipe only). */
  show: (value: T) => string;
  /** Share of the cases of a run this property gets. */
  weight: number;
}

type Options = { markdown?: boolean; roster?: Roster };

const SCHEMA_PATH = join(ROOT, 'schema', 'verslag.schema.json');
let validateSchema: ((data: unknown) => string[]) | null | undefined;

/** The published JSON Schema, when the export has generated it; null while it does not exist. */
function schemaValidator(): ((data: unknown) => string[]) | null {
  if (validateSchema !== undefined) return validateSchema;
  if (!existsSync(SCHEMA_PATH)) return (validateSchema = null);
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
  validateSchema = (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `schema: ${e.instancePath || '/'} ${e.message ?? ''}`));
  return validateSchema;
}

export const hasSchema = (): boolean => schemaValidator() !== null;

/** Everything a parse result must be, whatever the input. */
export function recordProblems(record: Verslag, text: string): string[] {
  const problems = checkInvariants(record, text);
  const checked = Verslag.safeParse(record);
  if (!checked.success) {
    for (const issue of checked.error.issues.slice(0, 3)) problems.push(`model: ${issue.path.join('.')}: ${issue.message}`);
  }
  // The JSON export is the record as JSON; it must survive the trip and match the published schema.
  const json = JSON.parse(JSON.stringify(record)) as unknown;
  const validate = schemaValidator();
  if (validate) problems.push(...validate(json));
  return problems;
}

function parseTextProblems(text: string, options: Options): string[] {
  let record: Verslag;
  try {
    record = parseText(text, { path: options.markdown ? 'fuzz.md' : 'fuzz.txt', ...options });
  } catch (e) {
    return [`parseText threw: ${(e as Error).stack ?? String(e)}`];
  }
  return recordProblems(record, text);
}

function showText(text: string, options: Options): string {
  return `text: ${JSON.stringify(text)}\noptions: ${JSON.stringify(options)}`;
}

const textProperty: FuzzProperty<[string, Options]> = {
  name: 'random text',
  arbitrary: fc.tuple(randomText, parseOptions),
  check: ([text, options]) => parseTextProblems(text, options),
  show: ([text, options]) => showText(text, options),
  weight: 2,
};

const pieceProperty: FuzzProperty<[string, Options]> = {
  name: 'text made of parser pieces',
  arbitrary: fc.tuple(pieceText, parseOptions),
  check: ([text, options]) => parseTextProblems(text, options),
  show: ([text, options]) => showText(text, options),
  weight: 3,
};

const mutationProperty: FuzzProperty<[{ excerpt: Excerpt; mutations: Mutation[] }, Options]> = {
  name: 'mutated fixtures',
  arbitrary: fc.tuple(mutatedSample, parseOptions),
  check: ([m, options]) => parseTextProblems(applyMutations(m.excerpt, m.mutations), options),
  show: ([m, options]) => `${showText(applyMutations(m.excerpt, m.mutations), options)}\nrecipe: ${JSON.stringify(m)}`,
  weight: 4,
};

const bytesProperty: FuzzProperty<[Uint8Array, boolean]> = {
  name: 'random bytes',
  arbitrary: fc.tuple(randomBytes, fc.boolean()),
  check: ([bytes, md]) => {
    const path = md ? 'fuzz.md' : 'fuzz.txt';
    let record: Verslag;
    try {
      record = parseBytes(bytes, { path });
    } catch (e) {
      // Bytes that are not text, or no text at all, are an input error that names the file; anything
      // else is a bug.
      if (e instanceof InputError) {
        if (e.file !== path) return [`InputError names ${e.file}, not ${path}`];
        if (e.code === 'not-text' && e.reason.startsWith('not a text file')) return [];
        if (e.code === 'empty' && decode(bytes).text.trim() === '') return [];
        return [`unexpected InputError: ${e.message}`];
      }
      return [`parseBytes threw: ${(e as Error).stack ?? String(e)}`];
    }
    let text: string;
    try {
      text = decode(bytes).text;
    } catch (e) {
      return [`parseBytes accepted bytes that decode refuses: ${e instanceof NotTextError ? e.detail : String(e)}`];
    }
    const problems = recordProblems(record, text);
    if (record.source.bytes !== bytes.length) problems.push(`source.bytes ${record.source.bytes}, not ${bytes.length}`);
    if (!/^[0-9a-f]{64}$/.test(record.source.sha256)) problems.push(`source.sha256 is not a SHA-256: ${record.source.sha256}`);
    // Valid UTF-8 without a BOM is read exactly as it is: nothing replaced, nothing guessed.
    const strict = strictUtf8(bytes);
    if (strict !== null && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) {
      if (text !== strict) problems.push('valid UTF-8 was not read as UTF-8');
      if (record.source.encoding !== 'utf-8') problems.push(`valid UTF-8 reported as ${record.source.encoding}`);
    }
    return problems;
  },
  show: ([bytes, md]) => `bytes (${bytes.length}): ${Buffer.from(bytes).toString('hex')}\nas latin1: ${JSON.stringify(Buffer.from(bytes).toString('latin1'))}\npath: ${md ? 'fuzz.md' : 'fuzz.txt'}`,
  weight: 2,
};

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return null;
  }
}

// The element types differ; the runner only needs each property's own pieces together.
export const PROPERTIES = [textProperty, pieceProperty, mutationProperty, bytesProperty] as ReadonlyArray<FuzzProperty<unknown>>;

/** A fast-check property that fails with the list of problems. */
export function asProperty<T>(p: FuzzProperty<T>): fc.IPropertyWithHooks<[T]> {
  return fc.property(p.arbitrary, (value) => {
    const problems = p.check(value);
    if (problems.length > 0) throw new Error(problems.slice(0, 10).join('\n'));
  });
}
