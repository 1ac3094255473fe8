/**
 * How Dutch minutes report who said what. Data only: lists of words and small patterns, each with
 * a line on what it is for. Someone who knows Dutch minutes can extend these without the code.
 */

/**
 * Words right before a mention that make the person an object, not the speaker:
 * prepositions ("Aan de heer Elzinga wordt gevraagd", "de vraag van de heer Boufangacha",
 * "opgevolgd door de heer Timmer", "zoals de heer Van Wijngaarden aangeeft") and conjunctions.
 */
export const OBJECT_BEFORE = new Set([
  'aan', 'van', 'met', 'door', 'voor', 'bij', 'tot', 'naar', 'over', 'op', 'om', 'tegen', 'zoals', 'namens',
  'dan', 'en', 'of', 'als', 'tussen', 'onder', 'uit', 'zonder', 'via', 'richting', 'collega', 'bijzonder',
]);

/**
 * Verbs whose object is the person named after them, with the subject before the verb: "Ze bedankt
 * mevrouw Van Selm", "De heer Weurding steunt de heer Kamp", "De voorzitter feliciteert …".
 */
export const OBJECT_VERBS = new Set([
  'dankt', 'bedankt', 'feliciteert', 'verwelkomt', 'heet', 'steunt', 'complimenteert', 'nodigt', 'vraagt', 'verzoekt',
  'herdenkt', 'groet', 'begroet', 'introduceert', 'interrumpeert', 'onderbreekt', 'roept', 'benoemt', 'kent',
]);

/**
 * Finite verbs that do not end in -t (auxiliaries, modals, past tenses), so that a mention after
 * them ("kan de voorzitter trots melden", "zal mevrouw Prins …", "noemde de heer Kamp") is read
 * as the inverted subject. Present-tense forms ending in -t are recognised by their ending.
 */
export const FINITE_NOT_T = new Set([
  'is', 'was', 'kan', 'zal', 'wil', 'zou', 'mag', 'had', 'werd', 'kon', 'wilde', 'wou', 'moest', 'mocht',
  'vond', 'vroeg', 'zei', 'sprak', 'stelde', 'noemde', 'meldde', 'gaf', 'bracht', 'kwam', 'ging', 'zag', 'las',
  'benadrukte', 'antwoordde', 'reageerde', 'merkte', 'wees', 'dacht', 'hoopte', 'pleitte', 'deelde', 'licht',
  'sluit', 'opent', 'zegt', 'weet', 'ziet', 'doet', 'gaat', 'staat', 'slaat', 'heeft',
]);

/** Mentions after a verb of these are subjects although the -t test would say so too: kept for clarity. */
export const ATTRIBUTION_WORDS = new Set(['aldus', 'volgens']);

/**
 * What follows a mention that makes it narration about the person, not their words:
 * "Mevrouw Hamer is vandaag verhinderd", "zal mevrouw Thijssen de vergadering voorzitten",
 * "De heer Dick Schouten is onlangs overleden", "De heer Van Straalen is gestopt als …".
 */
export const NOT_SPEAKING_AFTER =
  /^(?:,[^,]{0,80},)?\s+(?:is|was|wordt|werd|zijn|waren|heeft)\s+(?:\p{L}+\s+){0,3}?(?:verhinderd|overleden|gestopt|afwezig|benoemd|opgevolgd|vertrokken|teruggetreden|ziek|geïnstalleerd|herbenoemd)\b|^\s+(?:\p{L}+\s+){0,3}?(?:de vergadering\s+)?voorzitten\b|^\s+en\s+/u;

/**
 * Narration: procedure, applause, documents — nobody's reported words. Only used for a paragraph
 * that names no speaker. It gets no speaker and does not change who is speaking.
 */
export const NARRATION: RegExp[] = [
  /\bapplaus\b/i,
  /^Er (?:zijn|is|worden|wordt) geen\b/,
  /\bals bijlage\b.{0,60}\bgevoegd\b/i,
  /\bstellen zich\b.{0,30}\bvoor\b/i,
  /\b(?:fotomoment|pauze|schorst de vergadering|wordt geschorst)\b/i,
  /^geen (?:opm\.|opmerkingen|vragen|bijzonderheden)/i,
];
/** Narration that states a formal outcome: only short paragraphs, so a presentation isn't caught. */
export const OUTCOME_NARRATION = /\b(?:wordt|worden|is|zijn)\b.{0,80}\b(?:vastgesteld|aangenomen|verworpen|aangehouden|goedgekeurd)\b/i;
export const OUTCOME_NARRATION_MAX_CHARS = 200;

/**
 * A question put to someone, not by them: "Aan de heer Elzinga wordt gevraagd …",
 * "De vraag aan de heer Fortuin is …". The moderator who put the earlier question keeps speaking.
 */
export const QUESTION_TO = /^(?:Aan\s|De vraag aan\s|Gevraagd wordt aan\s)/;

/** A citation of earlier words, not new ones: "…, zo heeft mevrouw Van Selm zojuist ook gezegd, …". */
export const CITATION_BEFORE = /\bzo\s+\p{L}+\s*$/u;

/** "Op de vraag van de heer X …, antwoordt mevrouw Y": X also speaks in this paragraph. */
export const ASKED_BY_BEFORE = /\bvraag(?:en)? van\s*$/;

/** Headings that name who presents what follows: "Presentatie Sam Huberts", "Presentatie door mevrouw X". */
export const PRESENTATION_HEADING = /^(?:Presentatie|Toelichting|Inleiding)\s+(?:van\s+|door\s+)?/;

/** A speaker's label at the start of a paragraph in working-group minutes: "Sloos: …", "Antwoord Frank: …". */
export const LABEL_START = /^(?:(?:Vraag|Antwoord|Reactie|Opmerking|Mededeling)\s+)?((?:(?:[Vv]an|[Dd]e|[Tt]e[rn]?)\s+(?:de[rn]?\s+)?)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:van\s+(?:de[rn]?\s+)?|de\s+|ter\s+)?\p{Lu}[\p{L}'’-]*){0,2})\s*:\s+/u;

/**
 * Someone introduced as a guest rather than a member: a presenter from outside, a member of
 * another body. Marks a speaker who is not in the attendance lists as `guest`.
 */
export const GUEST_INTRO =
  /\b(?:verzorgt|geeft|houdt)\s+(?:een|de)\s+(?:presentatie|toelichting|inleiding)\b|\bpresenteert\b|\b(?:te|als)\s+gast\b|\bis\s+lid\s+van\b|\bis\s+hoogleraar\b|\bvan\s+(?:de|het)\s+(?:programma)?directie\b|\bvan\s+het\s+ministerie\b/u;

/** "de voorzitter" that is not this meeting's chair: "de voorzitter van de Commissie IMVO". */
export const OTHER_CHAIR_AFTER = /^\s+van\s/;
