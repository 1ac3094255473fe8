/**
 * Message language. Rule ids stay English; the words around them follow `--lang`, else the
 * locale of the environment (POSIX order: LC_ALL, then LC_MESSAGES, then LANG): Dutch when it
 * starts with `nl`, English otherwise.
 */
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^nl/i.test(locale) ? 'nl' : 'en';
}

/** A message in both languages, from the same parameters. */
export type Text<P> = Record<Lang, (p: P) => string>;

/** Quote a piece of the verslag inside a message: Dutch and English both use ‘…’ here. */
export function q(s: string): string {
  return `‘${s}’`;
}

/** Words the reporters use around the messages. */
export const UI: Record<Lang, { error: string; warning: string; info: string; problems: (n: number, e: number, w: number) => string; maxWarnings: (n: number, max: number) => string }> = {
  en: {
    error: 'error',
    warning: 'warning',
    info: 'info',
    problems: (n, e, w) => `${n} ${n === 1 ? 'problem' : 'problems'} (${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'})`,
    maxWarnings: (n, max) => `Too many warnings (${n}); at most ${max} allowed (--max-warnings).`,
  },
  nl: {
    error: 'fout',
    warning: 'waarschuwing',
    info: 'info',
    problems: (n, e, w) => `${n} ${n === 1 ? 'probleem' : 'problemen'} (${e} ${e === 1 ? 'fout' : 'fouten'}, ${w} ${w === 1 ? 'waarschuwing' : 'waarschuwingen'})`,
    maxWarnings: (n, max) => `Te veel waarschuwingen (${n}); hooguit ${max} toegestaan (--max-warnings).`,
  },
};
