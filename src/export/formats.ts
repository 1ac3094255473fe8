/** Formats of `verslag export --to`. Kept apart from the writers so the CLI can list them without loading any. */
export const FORMATS = ['json', 'markdown', 'jsonl', 'csv', 'yaml'] as const;
export type Format = (typeof FORMATS)[number];

/** File ending of each format, for `--out DIR`. */
export const EXTENSIONS: Record<Format, string> = { json: 'json', markdown: 'md', jsonl: 'jsonl', csv: 'csv', yaml: 'yaml' };
