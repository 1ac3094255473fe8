import type { GeledingName } from './words.js';

/** A person in the generated archive: one spelling and one geleding (unless planted otherwise). */
export interface Person {
  /** As attendance lists write it: "Van der Veen", "Gunning-Schepers". */
  name: string;
  honorific: 'De heer' | 'Mevrouw';
  geleding: GeledingName;
}

export interface Body {
  name: string;
  slug: string;
  series: string;
  weekday: number;
  start: string;
  chair: Person;
  secretariat: Person[];
}

export type VerslagStyle = 'date' | 'numbered';

/** One meeting before it is written out. Plants change these fields. */
export interface MeetingPlan {
  body: Body;
  index: number;
  number: number;
  /** The number printed in the header (a planted typo changes only this). */
  printedNumber: number;
  publicNumber?: number;
  date: string;
  present: Person[];
  absent: Person[];
  /** Spelling per person in the attendance list (a planted misspelling changes one). */
  spelling: Map<Person, string>;
  /** Speakers per advice item. */
  items: Array<{ title: string; ref: string; speakers: Array<{ person: Person; says: GeledingName }> }>;
  current?: { title: string; presenter: Person };
  incomingRef: string;
  verslagRef: string;
  /** The earlier meeting this one's verslag item tables; absent for a body's first meeting. */
  earlier?: { date: string; number: number; publicNumber?: number; style: VerslagStyle };
  /** Document numbers skipped before this meeting's first ref (stukken not tabled): room for a planted out-of-order ref. */
  gap: number[];
  path: string;
  /** Extra files written for this meeting (a planted duplicate). */
  extra?: { path: string; variant: 'copy' | 'version' };
}

/** A planted archive error, as written to the manifest. */
export interface Planted {
  kind: string;
  /** The archive rule that must report it. */
  ruleId: string;
  /** The files involved: the report names one of them, and its related place another. */
  files: string[];
  description: string;
  /** Detecting it needs speaker attribution with geleding (the parser's speakers stage). */
  needs?: 'speakers';
}
