import type { Diagnostic } from '../model/index.js';
import type { Rule, RuleDefinition, Zod } from './types.js';

/**
 * Where the rules are documented online, as a URL prefix to which the rule id is appended. The
 * project has no public home yet, so findings carry no link rather than one that leads nowhere;
 * the README's "Validate" section documents every rule (anchor `rule-<id>`). Set this when it does.
 */
export const DOCS_BASE: string | undefined = undefined;

/** `warn` in a config is a `warning` in a diagnostic (the model's word). */
export function toSeverity(level: 'warn' | 'error'): Diagnostic['severity'] {
  return level === 'warn' ? 'warning' : 'error';
}

/**
 * Make a rule from its definition. The factory stamps `ruleId`, `source`, `severity` and the docs
 * `url` on every finding, so a rule cannot misspell its own id or choose its own severity.
 */
export function defineRule<O>(def: RuleDefinition<O>): Rule {
  const url = DOCS_BASE === undefined ? undefined : DOCS_BASE + def.id;
  const parseOptions = (raw: unknown, zod: Zod): ReturnType<Rule['parseOptions']> => {
    if (!def.options) {
      if (raw === undefined) return { ok: true, options: undefined };
      return { ok: false, error: 'this rule takes no options' };
    }
    // Every key optional: those the config leaves out keep their defaults.
    const checked = def.options.schema(zod).partial().safeParse(raw ?? {});
    if (checked.success) return { ok: true, options: { ...def.options.defaults, ...checked.data } };
    const issue = checked.error.issues[0]!;
    const key = issue.path.join('.');
    return { ok: false, error: `${key ? `option ${key}: ` : ''}${issue.message}` };
  };
  const defaults = def.options?.defaults as O;
  return {
    id: def.id,
    severity: def.severity,
    description: def.description,
    why: def.why,
    url,
    defaultOptions: defaults,
    parseOptions,
    run(input, settings) {
      const out: Diagnostic[] = [];
      const options = settings.options === undefined ? defaults : (settings.options as O);
      // Named, not `...input`: an object spread followed by more keys takes V8's slow path,
      // about 7 µs per rule per file, more than most rules' own work.
      def.check({
        record: input.record,
        text: input.text,
        lines: input.lines,
        options,
        lang: settings.lang,
        t: (text, params) => text[settings.lang](params),
        report: (finding) => {
          const d: Diagnostic = { reason: finding.message, ruleId: def.id, source: 'verslag:rule', severity: toSeverity(settings.level) };
          if (url) d.url = url;
          if (finding.position) d.position = finding.position;
          if (finding.actual !== undefined) d.actual = finding.actual;
          if (finding.expected) d.expected = finding.expected;
          if (finding.related) d.related = finding.related;
          out.push(d);
        },
      });
      return out;
    },
  };
}
