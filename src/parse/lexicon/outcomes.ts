/**
 * Decisions and commitments as Dutch minutes record them. Data only.
 */

/** Outcome participles → the outcome value kept on the Decision. */
export const OUTCOMES: Record<string, string> = {
  vastgesteld: 'vastgesteld',
  aangenomen: 'aangenomen',
  verworpen: 'verworpen',
  aangehouden: 'aangehouden',
  goedgekeurd: 'goedgekeurd',
  afgewezen: 'verworpen',
  ingestemd: 'ingestemd',
  bekrachtigd: 'vastgesteld',
};

/** "Het verslag wordt (onder dankzegging) (ongewijzigd) vastgesteld", "… is door de raad aangenomen". */
export const PASSIVE_OUTCOME = /\b(?:wordt|worden|werd|werden|is|zijn)\b[^.;]{0,120}?\b(vastgesteld|aangenomen|verworpen|aangehouden|goedgekeurd|afgewezen|bekrachtigd)\b/i;
/** "De raad stemt in met het voorstel", "Het bestuur besluit …", "We besluiten dat …". */
export const ACTIVE_OUTCOME = /\b(?:stemt|stemmen)\s+in\s+met\b|\b(?:besluit|besluiten|besloot|besloten)\b/i;
/** "Er wordt decharge verleend", "Er wordt decharge gegeven voor 2017". */
export const DISCHARGE = /\bdecharge\b[^.]{0,40}\b(?:verleend|gegeven)\b|\b(?:verleent|geeft)\b[^.]{0,40}\bdecharge\b/i;
/** "Besluit: …" / "Besluiten:" at the start of a paragraph. */
export const DECISION_LABEL = /^(?:Besluit|Besluiten|Besloten)\s*:\s*/i;
/** A decision to come is not a decision: "zal worden vastgesteld", "moet worden aangenomen". */
export const NOT_YET = /\b(?:zal|zullen|moet|moeten|kan|kunnen|wil|willen|zou|zouden)\b/i;

/** What was decided on, by the noun in the sentence (longest first, so "briefadvies" beats "advies"). */
export const SUBJECTS = [
  'huishoudelijk reglement', 'besluitenlijst', 'briefadvies', 'conceptadvies', 'jaarrekening', 'jaarverslag', 'begroting',
  'amendement', 'beleidsplan', 'werkplan', 'reglement', 'notulen', 'verslag', 'advies', 'agenda', 'motie', 'voorstel',
  'decharge', 'benoeming', 'statuten', 'contributie',
];

export const UNANIMOUS = /\b(?:unaniem|met algemene stemmen|zonder hoofdelijke stemming|door alle(?:n| leden))\b/i;
export const AMENDED = /\b(?:gewijzigd|met (?:de )?wijziging(?:en)?|met inachtneming van|na (?:tekstuele )?wijziging|geamendeerd|aangepast)\b/i;
export const NOT_AMENDED = /\bongewijzigd\b|\bzonder\b[^.]{0,30}\bwijziging/i;
/** "met 12 stemmen vóór en 3 tegen", "12 voor, 3 tegen, 1 onthouding". */
export const VOTES_FOR = /(\d+)\s+(?:stemmen\s+)?v[oó]{2}r\b/i;
export const VOTES_AGAINST = /(\d+)\s+(?:stemmen\s+)?tegen\b/i;
export const VOTES_ABSTAIN = /(\d+)\s+(?:stemmen\s+)?(?:onthouding(?:en)?|blanco)\b/i;

/** A promise to act later: "zal … overbrengen", "gaat … organiseren". */
export const FUTURE = /\b(?:zal|zullen|gaat|gaan)\b/;
/**
 * Infinitives after "zal" that announce talk or state a fact, not a later act:
 * "zal … ingaan op", "zal de raad bijpraten", "zal leiden tot", "zal … zijn".
 */
export const NOT_COMMITMENTS = new Set([
  'zijn', 'worden', 'hebben', 'blijven', 'kunnen', 'moeten', 'leiden', 'zeggen', 'denken', 'vinden', 'ingaan',
  'toelichten', 'uitlichten', 'bijpraten', 'presenteren', 'vertellen', 'schetsen', 'spreken', 'noemen', 'duren',
  'komen', 'liggen', 'staan', 'gaan', 'beginnen', 'zien', 'laten', 'weten', 'geven',
]);
/** "doet het aanbod om …", "biedt aan …", "zegt toe …", "neemt de actie …". */
export const OFFER = /\b(?:doet|deed)\b[^.]{0,40}\bhet aanbod\b|\bbiedt\b[^.]{0,30}\baan\s+(?:om|te)\b|\bzegt\b[^.]{0,30}\btoe\b|\bneemt\b[^.]{0,20}\bde actie\b|\bneemt contact\b[^.]{0,40}\bop\b/i;
/** "Actie: Pieter agendeert …", "Actiepunt Edwin: …". */
export const ACTION_LABEL = /^(?:Actie(?:punt)?s?\s*(?::|\s(?=\p{Lu}))|To ?do\s*:)\s*/iu;
/** A section (heading or agenda item) that lists actions: "Acties", "Actiepunten", "Actielijst", "To do". */
export const ACTION_SECTION = /^(?:acties|actiepunten|actielijst|actiepuntenlijst|to ?do(?:'s|s)?)\s*:?$/i;
