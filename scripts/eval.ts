/**
 * npm run eval — score the parser against the hand annotations in ../shared/gold/.
 * Prints precision/recall per record kind and every disagreement with its line number.
 * `--quiet` prints only the table; `--json` prints the scores as JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parseBytes } from '../src/index.js';
import { type Count, type Gold, precision, recall, type Score, score } from './eval/score.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const goldDir = join(root, '..', 'shared', 'gold');
const seedDirs = [join(root, 'fixtures', 'seeds'), join(root, '..', 'shared', 'seeds')];
const args = new Set(process.argv.slice(2));

if (!existsSync(goldDir)) {
  console.log(`eval: skipped — no gold annotations at ${goldDir} (../shared is not beside this checkout)`);
  process.exit(0);
}

const scores: Score[] = [];
for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.gold.yaml')).sort()) {
  const gold = parseYaml(readFileSync(join(goldDir, file), 'utf8')) as Gold;
  const seed = seedDirs.map((d) => join(d, gold.document)).find((p) => existsSync(p));
  if (!seed) {
    console.log(`eval: ${gold.document}: no seed file, skipped`);
    continue;
  }
  const record = parseBytes(readFileSync(seed), { path: gold.document });
  scores.push(score(gold, record));
}

if (args.has('--json')) {
  console.log(JSON.stringify(scores, null, 2));
  process.exit(0);
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';
const pr = (c: Count) => `P ${pct(precision(c))} R ${pct(recall(c))}`;
const ratio = (a: number, b: number) => `${String(a).padStart(3)}/${String(b).padEnd(3)} ${pct(b === 0 ? 1 : a / b)}`;
const sum = (pick: (s: Score) => Count): Count =>
  scores.map(pick).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });

console.log('document                     kind  meta            agenda               turns (speaker)   geleding          decisions            actions');
for (const s of scores) {
  const kindOk = s.kind.gold === s.kind.got ? 'ok  ' : 'FAIL';
  if (s.kind.gold !== 'verslag') {
    console.log(`${s.document.padEnd(28)} ${kindOk}  (${s.kind.gold}: got ${s.kind.got})`);
    continue;
  }
  console.log(
    `${s.document.padEnd(28)} ${kindOk}  ${ratio(s.meta.correct, s.meta.fields)}  ${pr(s.agenda)}  ${ratio(s.turns.correct, s.turns.total)}  ${ratio(s.geleding.correct, s.geleding.total)}  ${pr(s.decisions)}  ${pr(s.actions)}`,
  );
}
const v = scores.filter((s) => s.kind.gold === 'verslag');
const total = (pick: (s: Score) => { correct: number; total?: number; fields?: number }) =>
  v.reduce((a, s) => [a[0]! + pick(s).correct, a[1]! + (pick(s).total ?? pick(s).fields ?? 0)], [0, 0]);
const [mc, mf] = total((s) => s.meta);
const [tc, tt] = total((s) => s.turns);
const [gc, gt] = total((s) => s.geleding);
console.log(
  `${'all'.padEnd(28)} ${scores.every((s) => s.kind.gold === s.kind.got) ? 'ok  ' : 'FAIL'}  ${ratio(mc!, mf!)}  ${pr(sum((s) => s.agenda))}  ${ratio(tc!, tt!)}  ${ratio(gc!, gt!)}  ${pr(sum((s) => s.decisions))}  ${pr(sum((s) => s.actions))}`,
);

if (!args.has('--quiet')) {
  for (const s of v) {
    const wrong = [...s.meta.wrong, ...s.agenda.wrong, ...s.turns.wrong, ...s.geleding.wrong, ...s.decisions.wrong, ...s.actions.wrong];
    if (wrong.length === 0) continue;
    console.log(`\n${s.document}: ${wrong.length} disagreement(s)`);
    for (const w of wrong) console.log(`  ${w}`);
  }
}
