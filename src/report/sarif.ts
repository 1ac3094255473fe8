import type * as Sarif from 'sarif';
import type { Diagnostic } from '../model/index.js';
import type { Rule } from '../rules/types.js';
import type { FileReport } from './sort.js';

export interface SarifOptions {
  version: string;
  /** Rule metadata, in registry order; ids found in results but not here get a bare descriptor. */
  rules: readonly Pick<Rule, 'id' | 'description' | 'why' | 'url' | 'severity'>[];
  lang: string;
}

const INFORMATION_URI = 'https://github.com/verslag/verslag';

/**
 * SARIF 2.1.0: one run, the rules as reporting descriptors, one result per finding. `results` is
 * there even when empty (a scan that found nothing, not a rules-only log). Columns are UTF-16 code
 * units, as in the record model.
 */
export function formatSarif(reports: FileReport[], options: SarifOptions): string {
  const descriptors: Sarif.ReportingDescriptor[] = options.rules.map((r) => ({
    id: r.id,
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description} ${r.why}` },
    helpUri: r.url,
    defaultConfiguration: { level: r.severity === 'warn' ? 'warning' : 'error' },
  }));
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const results: Sarif.Result[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (!index.has(d.ruleId)) {
        index.set(d.ruleId, descriptors.length);
        descriptors.push({ id: d.ruleId, shortDescription: { text: d.ruleId } });
      }
      results.push(result(d, report.path, index.get(d.ruleId)!));
    }
  }
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'verslag', version: options.version, informationUri: INFORMATION_URI, rules: descriptors } },
        language: options.lang,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function result(d: Diagnostic, path: string, ruleIndex: number): Sarif.Result {
  const physical: Sarif.PhysicalLocation = { artifactLocation: { uri: toUri(path) } };
  if (d.position) {
    const { start, end } = d.position;
    physical.region = { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: Math.max(end.column, 1), charOffset: start.offset, charLength: Math.max(0, end.offset - start.offset) };
  }
  const r: Sarif.Result = {
    ruleId: d.ruleId,
    ruleIndex,
    level: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'note',
    message: { text: d.reason },
    locations: [{ physicalLocation: physical }],
  };
  if (d.related?.length) {
    r.relatedLocations = d.related.map((rel, i) => ({
      id: i + 1,
      message: { text: rel.note },
      physicalLocation: {
        artifactLocation: { uri: toUri(rel.file ?? path) },
        region: { startLine: rel.position.start.line, startColumn: rel.position.start.column, endLine: rel.position.end.line, endColumn: Math.max(rel.position.end.column, 1) },
      },
    }));
  }
  return r;
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function toUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}
