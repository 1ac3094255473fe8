/**
 * Geleding: the constituency a speaker speaks for. The vocabulary is data: SER's by default; a
 * roster can declare another set (a medezeggenschapsraad's personeelsgeleding / oudergeleding, a
 * gemeenteraad's fracties).
 */

export const SER_GELEDINGEN = ['werkgevers', 'werknemers', 'kroonleden'];

/** Other words for a vocabulary entry (after normalising with `geledingStem`). */
export const GELEDING_SYNONYMS: Record<string, string> = {
  ondernemer: 'werkgever',
  werkgeverskant: 'werkgever',
  werknemerskant: 'werknemer',
  vakbeweging: 'werknemer',
  kroonlid: 'kroon',
  werkgeverslid: 'werkgever',
  werknemerslid: 'werknemer',
};

/**
 * Organisations whose people speak for a geleding (SER). Matched as whole words.
 * Werknemers: the union federations; werkgevers: employers' and sector organisations.
 */
export const ORGANISATION_GELEDING: Array<[RegExp, string, string]> = [
  [/\bFNV\b/, 'FNV', 'werknemers'],
  [/\bCNV\b/, 'CNV', 'werknemers'],
  [/\bVCP\b/, 'VCP', 'werknemers'],
  [/\bVNO-NCW\b/, 'VNO-NCW', 'werkgevers'],
  [/\bMKB[- ]Nederland\b/, 'MKB-Nederland', 'werkgevers'],
  [/\bLTO(?: Nederland)?\b/, 'LTO', 'werkgevers'],
  [/\bVerbond van Verzekeraars\b/, 'Verbond van Verzekeraars', 'werkgevers'],
  [/\bAWVN\b/, 'AWVN', 'werkgevers'],
  [/\bNederlandse Vereniging van Banken\b|\bNVB\b/, 'NVB', 'werkgevers'],
];

/** How an organisation is tied to the speaker in the text: "vanuit het CNV", "namens de FNV", "wat de FNV betreft". */
export const ORGANISATION_TIE = /\b(?:vanuit|namens|voor|van)\s+(?:het|de)\s+$|\bwat\s+(?:het|de)\s+$/i;

/** "sprekend namens de werkgevers", "sprekend voor de kroonleden", "namens de oudergeleding". */
export const EXPLICIT_GELEDING = /^\s*(?:,\s*)?(?:sprekend\s+)?(?:namens|voor)\s+de\s+(\p{L}+)/u;

/** What someone is introduced as: "… die per 1 september kroonlid zijn", "…, kroonlid namens het CPB," */
export const INTRODUCTION_WORDS = ['kroonlid', 'kroonleden', 'werkgeverslid', 'werknemerslid', 'werkgeversvertegenwoordiger', 'werknemersvertegenwoordiger'];
export const INTRODUCED_AS = new RegExp(`\\b(${INTRODUCTION_WORDS.join('|')})\\b`);

/** Lower-case a geleding word and strip what varies: "Werknemersgeleding" → "werknemer". */
const stems = new Map<string, string>();

export function geledingStem(word: string): string {
  const cached = stems.get(word);
  if (cached !== undefined) return cached;
  const stem = computeStem(word);
  // Bounded: headings of a long archive must not grow the cache without end.
  if (stems.size > 5_000) stems.clear();
  stems.set(word, stem);
  return stem;
}

function computeStem(word: string): string {
  let w = word.toLowerCase().normalize('NFC');
  w = w.replace(/(?:geleding|geledingen|delegatie|leden|vertegenwoordigers?|zijde)$/, '');
  w = w.replace(/s$/, '').replace(/(?<=[^e])en$/, '');
  return GELEDING_SYNONYMS[w] ?? w;
}

/** The vocabulary entry a word or heading names, if any. */
export function matchGeleding(word: string, vocabulary: readonly string[]): string | undefined {
  const stem = geledingStem(word);
  if (!stem) return undefined;
  const lower = word.toLowerCase();
  return forms(vocabulary).find((g) => g.stem === stem || g.lower === lower)?.entry;
}

/** Each vocabulary entry's stem and lower case, worked out once per vocabulary (every heading asks). */
const vocabularyForms = new WeakMap<readonly string[], Array<{ entry: string; stem: string; lower: string }>>();

function forms(vocabulary: readonly string[]): Array<{ entry: string; stem: string; lower: string }> {
  const known = vocabularyForms.get(vocabulary);
  // A caller's roster array could change between parses: kept only while it holds the same entries.
  if (known && known.length === vocabulary.length && known.every((f, i) => f.entry === vocabulary[i])) return known;
  const fresh = vocabulary.map((entry) => ({ entry, stem: geledingStem(entry), lower: entry.toLowerCase() }));
  vocabularyForms.set(vocabulary, fresh);
  return fresh;
}
