/**
 * Dutch words that give a verslag its structure: header keys, roles, date words, agenda titles.
 * Data only; each is mapped to an English value where it is read. Someone who knows Dutch minutes
 * but not the code should be able to extend these lists.
 */

/** Header keys (lower case, without the colon) → the meeting field they fill. */
export const HEADER_KEYS: Record<string, HeaderField> = {
  vergadering: 'meeting',
  bijeenkomst: 'meeting',
  overleg: 'meeting',
  datum: 'date',
  'datum en tijd': 'date',
  'datum en tijdstip': 'date',
  'datum/tijd': 'date',
  vergaderdatum: 'date',
  'vergaderdatum en -tijd': 'date',
  'vergaderdatum en tijd': 'date',
  tijd: 'time',
  aanvang: 'time',
  tijdstip: 'time',
  plaats: 'place',
  locatie: 'place',
  lokatie: 'place',
  vergaderplaats: 'place',
  vergaderlocatie: 'place',
  aanwezig: 'present',
  aanwezigen: 'present',
  deelnemers: 'present',
  'aanwezige leden': 'present',
  leden: 'present',
  gasten: 'guests',
  'te gast': 'guests',
  genodigden: 'guests',
  voorzitter: 'chair',
  secretariaat: 'secretariat',
  notulist: 'secretariat',
  notuliste: 'secretariat',
  notulen: 'secretariat',
  notulering: 'secretariat',
  secretaris: 'secretariat',
  verhinderd: 'absent',
  afwezig: 'absent',
  'afwezig met kennisgeving': 'absent',
  'met kennisgeving afwezig': 'absent',
  afmeldingen: 'absent',
  afgemeld: 'absent',
  verontschuldigd: 'absent',
  'afwezig zonder kennisgeving': 'absent',
  betreft: 'title',
  onderwerp: 'title',
  status: 'other',
  kenmerk: 'other',
  'gerelateerde documenten': 'other',
  bijlagen: 'other',
};
export type HeaderField =
  | 'meeting' | 'date' | 'time' | 'place' | 'present' | 'guests' | 'chair' | 'secretariat' | 'absent' | 'title' | 'other';

/** Words in a parenthesis or after a dash that name a role, not an organisation. */
export const ROLE_WORDS = [
  'voorzitter', 'vz', 'vice-voorzitter', 'plv. voorzitter', 'waarnemend voorzitter', 'technisch voorzitter',
  'secretaris', 'secretaresse', 'secretariaat', 'notulist', 'notuliste', 'notuleert', 'notulen',
  'penningmeester', 'gast', 'genodigde', 'toehoorder', 'waarnemer', 'adviseur', 'ambtelijk secretaris',
  'av-ondersteuning', 'ondersteuning', 'agendapunt', 'tot agendapunt', 'vanaf agendapunt', 'lid', 'spreker',
  'voorzitter overleg', 'griffier', 'plaatsvervangend',
];

/** Role words that make someone the chair, or the secretariat, in an attendance list. */
export const CHAIR_ROLE = /\b(?:voorzitter|vz)\b/i;
export const SECRETARIAT_ROLE = /\b(?:notul\w*|secretar\w*)\b/i;

export const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Weekday names → ISO weekday (1 = Monday). */
export const WEEKDAYS: Record<string, number> = {
  maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 7,
};

/** Titles of a document-structure heading: never an agenda item. */
export const STRUCTURE_HEADINGS = /^(?:agenda|verslag|notulen|besluitenlijst|details|aanwezig(?:en)?|deelnemers(?: aan het overleg)?|afwezig(?:en)?|verontschuldigd|afmeldingen|verhinderd|verslag per agendapunt|agenda en verslag|inhoud(?:sopgave)?)\s*:?$/i;

/** Words in a title or first lines that say the text is minutes. */
export const MINUTES_WORDS = /\b(?:verslag|notulen|notule|besluitenlijst|conceptverslag|concept-verslag)\b/i;

/** Phrases of a meeting's procedure. */
export const MEETING_PHRASES =
  /\b(?:opent de vergadering|sluit\b.{0,60}\bvergadering|heet (?:iedereen|eenieder|allen|de aanwezigen)\b|rondvraag|vorige vergadering|vorig overleg|agendapunt|de vergadering\b)/i;

/** Agenda titles of the opening and the closing of a meeting. */
export const OPENING_TITLE = /^(?:opening|welkom|opening en mededelingen|opening en vaststelling (?:van de )?agenda)\b/i;
export const CLOSING_TITLE = /\b(?:sluiting|rondvraag)\b/i;

/** The body that meets, read from compounds such as "raadsvergadering" or "bestuursvergadering". */
export const BODY_WORDS: Array<[RegExp, string]> = [
  [/\braadsvergadering\b/i, 'Raad'],
  [/\bbestuursvergadering\b/i, 'Bestuur'],
  [/\b(?:algemene ledenvergadering|ALV)\b/, 'Algemene ledenvergadering'],
  [/\bcommissievergadering\b/i, 'Commissie'],
  [/\bMR-vergadering\b|\bmedezeggenschapsraad\b/i, 'Medezeggenschapsraad'],
];

/** A document reference: "R/2961", "SER/2018/12". */
export const DOC_REF = /^[A-Z]{1,5}\/\d{1,6}(?:\/\d{1,6})?$/;
/** References in parentheses at the end of an agenda title: "(R/2961)", "(R/2960, R/2961)". */
export const TRAILING_REFS = /\s*\(((?:[A-Z]{1,5}\/[\d/]{1,14}(?:,\s*|\s+en\s+)?)+)\)\s*$/;
