/**
 * `npm run fuzz [-- --cases N --seconds S --seed N]`: the property tests of test/property at
 * length. Stops after `--cases` cases (default 100 000) or `--seconds` (default 600), whichever
 * comes first; prints one summary line; on a failure prints the shrunk counterexample and exits 1.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { asProperty, hasSchema, PROPERTIES } from './properties.js';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '600' },
    seed: { type: 'string' },
  },
});
const cases = Number(values.cases);
const seconds = Number(values.seconds);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() ^ (Math.random() * 0x7fffffff);
if (!Number.isInteger(cases) || cases < 1 || !(seconds > 0) || !Number.isInteger(seed)) {
  process.stderr.write('usage: npm run fuzz -- [--cases N] [--seconds S] [--seed N]\n');
  process.exit(2);
}

const totalWeight = PROPERTIES.reduce((n, p) => n + p.weight, 0);
const started = performance.now();
const deadline = started + seconds * 1000;
let ran = 0;
let failures = 0;
const perProperty: string[] = [];

for (const [i, p] of PROPERTIES.entries()) {
  const left = deadline - performance.now();
  if (left <= 0) break;
  const want = Math.ceil((cases * p.weight) / totalWeight);
  // Each property gets its share of the time that is left, so a slow one can't starve the rest.
  const weightLeft = PROPERTIES.slice(i).reduce((n, q) => n + q.weight, 0);
  const budget = Math.max(1, Math.floor((left * p.weight) / weightLeft));
  const t0 = performance.now();
  const details = fc.check(asProperty(p), { numRuns: want, seed: seed + i, interruptAfterTimeLimit: budget, markInterruptAsFailure: false });
  const ms = performance.now() - t0;
  ran += details.numRuns;
  perProperty.push(`${p.name} ${details.numRuns}${details.interrupted ? ' (time box)' : ''} in ${(ms / 1000).toFixed(1)} s`);
  if (details.failed) {
    failures++;
    process.stdout.write(`\nFAILED: ${p.name} (seed ${seed + i}, path ${details.counterexamplePath ?? '-'}, after ${details.numRuns} cases, ${details.numShrinks} shrinks)\n`);
    if (details.counterexample) process.stdout.write(`${p.show(details.counterexample[0])}\n`);
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    process.stdout.write(`problems:\n${error}\n`);
  }
}

const elapsed = (performance.now() - started) / 1000;
process.stdout.write(`  ${perProperty.join('; ')}\n`);
process.stdout.write(
  `fuzz: ${ran} cases, ${failures} failures, ${elapsed.toFixed(1)} s, seed ${seed}${hasSchema() ? ', JSON checked against schema/verslag.schema.json' : ', no schema yet (model checked with zod)'}${ran < cases && failures === 0 ? ` — time box reached before the ${cases} cases asked` : ''}\n`,
);
process.exitCode = failures > 0 ? 1 : 0;
