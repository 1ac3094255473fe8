import type { Paragraph, ParagraphKind, Position, Speaker, SpeakerRef, Verslag } from '../../src/index.js';

/**
 * A record built by hand with everything the model can hold: speakers with geleding, roles and
 * evidence (two sharing a name), paragraphs of every kind, `also`, decisions with votes, actions,
 * and texts that Markdown and CSV must escape. Positions are placeholders.
 */
export function syntheticRecord(): Verslag {
  let line = 0;
  const at = (): Position => {
    line++;
    return { start: { line, column: 1, offset: line * 10 }, end: { line, column: 5, offset: line * 10 + 4 } };
  };
  const speakers: Speaker[] = [
    { id: 'hamer', name: 'Hamer', variants: ['mevrouw Hamer'], honorific: 'mevrouw', role: 'chair', evidence: [], position: at() },
    {
      id: 'geel',
      name: 'Geel',
      variants: ['Geel'],
      honorific: 'mevrouw',
      geleding: 'werkgevers',
      evidence: [{ kind: 'explicit', geleding: 'werkgevers', text: 'sprekend voor de werkgevers', position: at() }],
    },
    {
      id: 'de-vries-1',
      name: 'De Vries',
      variants: ['De Vries'],
      honorific: 'de heer',
      organisation: 'FNV',
      geleding: 'werknemers',
      evidence: [{ kind: 'organisation', geleding: 'werknemers', text: 'vanuit het FNV' }],
    },
    { id: 'de-vries-2', name: 'De Vries', variants: ['mevrouw De Vries'], honorific: 'mevrouw', geleding: 'kroonleden', evidence: [{ kind: 'introduced', geleding: 'kroonleden', text: 'kroonlid namens het CPB' }] },
    { id: 'kuik', name: 'Kuik', variants: [], role: 'secretariat', evidence: [] },
  ];
  const ref = (id: string): SpeakerRef => {
    const s = speakers.find((x) => x.id === id)!;
    return { id, name: s.name, geleding: s.geleding ?? null, ...(s.role ? { role: s.role } : {}) };
  };
  const p = (kind: ParagraphKind, text: string, speaker: string | null = null, also: string[] = []): Paragraph => ({
    kind,
    text,
    speaker: speaker ? ref(speaker) : null,
    ...(also.length > 0 ? { also: also.map(ref) } : {}),
    position: at(),
    segments: [[0, line * 10]],
  });
  return {
    schemaVersion: 1,
    source: { path: 'synthetic.txt', sha256: '0'.repeat(64), encoding: 'utf-8', lineEnding: 'lf', bytes: 0, format: 'text' },
    kind: 'verslag',
    meeting: {
      title: 'VERSLAG',
      body: 'Raad',
      number: 714,
      publicNumber: 490,
      date: '2018-02-16',
      weekday: 'vrijdag',
      start: '10:15',
      end: '12:00',
      place: 'SER-gebouw, Den Haag',
      chair: { name: 'Hamer', role: 'voorzitter', organisation: 'SER', position: at() },
      present: [{ name: 'Geel', role: 'vicevoorzitter', position: at() }, { name: 'De Vries', organisation: 'FNV' }, { name: 'true' }, { name: '0714' }],
      absent: [{ name: 'Van Geest', role: 'lid', organisation: 'CNV', position: at() }],
      secretariat: [{ name: 'Kuik', role: 'AV-ondersteuning', organisation: 'SER', position: at() }, { name: 'Jansen', role: 'notulist' }],
      positions: { date: at() },
    },
    front: [
      p('title', 'VERSLAG'),
      p('header', 'Vergadering:\tRaad, nr. 714 (490 ^{ste} openbare vergadering)'),
      p('table', '| Naam | Organisatie |\n| --- | --- |\n| Geel | VNO-NCW |'),
      p('front-matter', '---\ntitle: Notulen\n---'),
      p('text', 'Preambule met *sterretjes*, _liggend streepje_ en `backticks`.'),
      { ...p('heading', 'Welkom', 'kuik', ['hamer']), attribution: 'subject', level: 2 },
    ],
    agenda: [
      {
        number: '1',
        title: 'Opening',
        refs: [],
        subitems: [],
        position: at(),
        paragraphs: [
          p('text', 'De voorzitter opent de vergadering.', 'hamer'),
          p('list', 'Ze heet de heer Kaanen welkom.', 'hamer'),
          p('list', '2. Een lijstregel die met een nummer begint'),
          p('page-number', '3'),
          p('comment', '<!-- verslag-disable-next-line name-variant -->'),
          p('text', ''),
        ],
        decisions: [],
        actions: [],
      },
      {
        number: '5a',
        printedNumber: '5',
        title: "Vaststelling (brief)advies 'Nadere bevindingen'",
        subtitle: 'Uitvoeringsagenda Energieakkoord',
        refs: ['R/2872', 'R/2873, bijlage'],
        subitems: [
          { title: 'algemene stand van zaken', position: at() },
          { title: 'eerste jaarrapportage; textiel', position: at() },
        ],
        position: at(),
        paragraphs: [
          { ...p('heading', 'Vragen naar aanleiding van de presentatie'), level: 3 },
          p('text', 'Mevrouw Geel, sprekend voor de werkgevers, zegt: "dit is goed; echt".\nTweede regel.', 'geel'),
          p('text', 'Ze voegt eraan toe: 50% is **niet** genoeg.', 'geel'),
          { ...p('text', 'De heer De Vries en mevrouw De Vries zijn het eens.', 'de-vries-1', ['de-vries-2', 'hamer']), attribution: 'aldus' },
          p('quote', 'Citaat van iemand, met "aanhalingstekens".', 'de-vries-2'),
          p('text', 'Daarop antwoorden beiden.', null, ['de-vries-1', 'de-vries-2']),
          p('footnote', "² Verhalenboek 'A world that works' : CNV Internationaal"),
          p('code', '<?xml version="1.0"?>\n<TEI>```</TEI>', 'kuik'),
          p('text', '  begint met spaties en eindigt met een tab\t'),
          p('text', '# geen kop\n- geen lijst\n> geen citaat'),
        ],
        decisions: [
          { subject: 'briefadvies', outcome: 'vastgesteld', unanimous: true, amended: true, votes: { for: 20, against: 3, abstain: 1 }, text: 'Het briefadvies wordt unaniem vastgesteld.', position: at() },
          { subject: 'verslag', outcome: 'aangehouden', unanimous: false, amended: false, votes: {}, text: '', position: at() },
        ],
        actions: [
          { who: 'Kuik', text: 'Het secretariaat stuurt het advies rond.', position: at(), speakerId: 'kuik' },
          { who: 'Secretariaat', text: 'Agenderen · volgende keer', position: at(), speakerId: 'de-vries-2' },
          { who: 'Prins', text: 'Mevrouw Prins zal dit signaal overbrengen.', position: at() },
        ],
      },
    ],
    speakers,
    diagnostics: [
      {
        source: 'verslag:rule',
        ruleId: 'example',
        severity: 'info',
        reason: 'An example message',
        position: at(),
        actual: '13',
        expected: ['14'],
        url: 'https://example.org/rules/example',
        file: 'synthetic.txt',
        related: [{ file: 'other.txt', position: at(), note: 'first seen here' }],
      },
    ],
  };
}
