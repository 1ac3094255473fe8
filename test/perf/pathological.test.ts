import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/index.js';

/**
 * Pathological inputs (issue 9, after micromark's test/perf.js): each must parse in time linear in
 * its size, so no regex backtracks catastrophically and no loop goes quadratic. Each input is
 * parsed at size n and at 10n; the time at 10n must stay under 20× the time at n (linear is 10×;
 * quadratic would be 100×). No absolute time is asserted. To de-noise on a busy machine, the time
 * at n is the best of 3 runs; when the ratio is over the bound but not far over it, both sizes
 * are measured again, up to 5 times, and the best of each decides.
 */
const BOUND = 20;

/** A distinct capitalised surname for each i: "Abasen", "Abbsen", … */
function surname(i: number): string {
  let s = '';
  for (let k = i + 27; k > 0; k = Math.floor(k / 26)) s = String.fromCharCode(97 + (k % 26)) + s;
  return s[0]!.toUpperCase() + s.slice(1) + 'sen';
}

const SUPERSCRIPTS = '¹²³⁴⁵⁶⁷⁸⁹';

const CASES: Array<{ name: string; n: number; make: (n: number) => string }> = [
  {
    name: 'one line of 1 000 000 characters',
    n: 100_000,
    make: (n) => 'VERSLAG\n\n' + 'de vergadering wordt om tien uur voortgezet, '.repeat(Math.ceil(n / 45)).slice(0, n) + '\n',
  },
  {
    name: '100 000 agenda items (a Word list where every item reads "1.")',
    n: 10_000,
    make: (n) => 'VERSLAG\n\n' + Array.from({ length: n }, (_, i) => `1. Punt ${i + 1}\n`).join(''),
  },
  {
    name: '100 000 agenda items as Markdown headings',
    n: 10_000,
    make: (n) => '# Notulen\n\n' + Array.from({ length: n }, (_, i) => `## Punt ${i + 1}\n`).join(''),
  },
  {
    name: '100 000 "De heer" with no verb',
    n: 10_000,
    make: (n) => 'VERSLAG\n\n' + Array.from({ length: n / 10 }, (_, i) => `De heer ${surname(i % 50)} `.repeat(10) + '\n\n').join(''),
  },
  {
    name: '100 000 "De heer" with no verb, in one paragraph',
    n: 10_000,
    make: (n) => 'VERSLAG\n\n' + 'De heer Jansen '.repeat(n) + '\n',
  },
  {
    name: 'deeply repeated "*" (1 000 000 characters)',
    n: 100_000,
    make: (n) => `VERSLAG\n\n${'*'.repeat(n / 2)}\n\n${'*a '.repeat(n / 6)}\n\n${'**b '.repeat(n / 8)}\n`,
  },
  {
    name: 'a header with 50 000 names',
    n: 5_000,
    make: (n) =>
      'VERSLAG\n\nAanwezig:\t' +
      Array.from({ length: n }, (_, i) => `${surname(i)}${i % 7 === 0 ? ' (FNV)' : ''}`).join(', ') +
      '\n\n1. Opening\n\nDe voorzitter opent de vergadering.\n',
  },
  {
    // Every sentence names someone the header lists, so a lookup that walks the lists per mention
    // shows as n × n.
    name: 'a header with 15 000 names and 1 500 sentences that name them',
    n: 1_500,
    make: (n) =>
      'VERSLAG\n\nAanwezig:\t' +
      Array.from({ length: n }, (_, i) => surname(i)).join(', ') +
      '\nSecretariaat:\t' +
      Array.from({ length: n / 10 }, (_, i) => surname(n + i)).join(', ') +
      '\n\n1. Opening\n\n' +
      Array.from({ length: n / 10 }, (_, i) => `De heer ${surname(i * 7)} zal het stuk rondsturen.\n\n`).join(''),
  },
  {
    name: '10 000 footnote marks',
    n: 1_000,
    make: (n) =>
      'VERSLAG\n\n1. Opening\n\n' +
      Array.from({ length: n }, (_, i) => `Zie de bron${SUPERSCRIPTS[i % 9]} voor meer.\n\n${SUPERSCRIPTS[i % 9]} https://example.org/${i}\n\n`).join(''),
  },
];

function time(text: string): number {
  const t = performance.now();
  parseText(text);
  return performance.now() - t;
}

describe('pathological inputs parse in time linear in their size (10n within 20× of n)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const small = c.make(c.n);
      const large = c.make(c.n * 10);
      time(c.make(Math.max(10, c.n / 10))); // warm up the JIT
      let atN = Math.min(time(small), time(small), time(small));
      let atTenN = time(large);
      let ratio = atTenN / atN;
      // More tries when over the bound, unless far over it (that is no noise): other test files
      // run on the same two cores, so both sizes are measured again and the best of each kept.
      for (let run = 1; run < 5 && ratio >= BOUND && ratio < 3 * BOUND; run++) {
        atN = Math.min(atN, time(small));
        atTenN = Math.min(atTenN, time(large));
        ratio = atTenN / atN;
      }
      expect(ratio, `${c.name}: 10n took ${ratio.toFixed(1)}× the time of n`).toBeLessThan(BOUND);
    }, 120_000);
  }
});
