/**
 * Dutch words the archive rules read: how an agenda item names the verslag of an earlier meeting.
 * Data only, like src/parse/lexicon.
 */

/**
 * An agenda title that tables earlier minutes: "Verslag van de vergadering van vrijdag 19 juni 2020",
 * "Verslag 713e (489e openbare) vergadering d.d. 19 januari jl.", "Vaststelling notulen vorige
 * vergadering", "Goedkeuring verslag 12 maart 2019".
 */
export const EARLIER_MINUTES_TITLE =
  /^(?:(?:vaststell(?:ing|en)|goedkeuring|goedkeuren|bespreking)\s+(?:van\s+)?(?:het\s+|de\s+)?)?(?:concept[- ]?)?(?:verslag|notulen|besluitenlijst)\b/i;

/** Words that make "Verslag …" a meeting's minutes and not a report ("Verslag van de commissie"). */
export const MEETING_WORD = /\b(?:vergadering|overleg|bijeenkomst|zitting|d\.d\.)/i;

/** An ordinal before "vergadering": "713e", "489 ^{ste}", "12de". */
export const ORDINAL = /\b(\d{1,5})\s*(?:\^\{?(?:e|ste|de)\}?|e|ste|de)(?![\p{L}\d])/giu;

/** "openbare" right after an ordinal marks the public count, not the meeting number. */
export const PUBLIC_WORD = /^\s*openbare\b/i;
