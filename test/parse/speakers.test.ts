import { describe, expect, it } from 'vitest';
import { parseText, type Roster, type Verslag } from '../../src/index.js';
import { checkInvariants } from '../helpers/invariants.js';

/** A small verslag: an optional header, then one agenda item whose paragraphs are `body`. */
function parse(body: string[], header = 'Voorzitter:\tHamer\nAanwezig:\tDe Boer, Geel, Van Selm, Putters\n', roster?: Roster): Verslag {
  const text = `${header}\n1. Bespreking\n\n${body.join('\n\n')}\n`;
  const record = parseText(text, roster ? { roster } : {});
  expect(checkInvariants(record, text)).toEqual([]);
  return record;
}

/** The speaker name (or null) of each paragraph of the first item; the chair shows as "chair". */
function speakers(body: string[], header?: string): Array<string | null> {
  return parse(body, header).agenda[0]!.paragraphs.map((p) => (p.speaker ? (p.speaker.role === 'chair' ? 'chair' : p.speaker.name) : null));
}

describe('reported speech: who speaks', () => {
  it.each([
    ['subject at sentence start', 'De heer Putters ziet die verschillen ook.', 'Putters'],
    ['subject with an apposition', 'Mevrouw Geel, sprekend voor de werkgevers, denkt dat het advies goed is.', 'Geel'],
    ['emphasis marks in the name', 'Mevrouw *Geel* vindt het advies goed.', 'Geel'],
    ['after the verb (inversion)', 'Dat vindt de heer Putters een terechte vraag.', 'Putters'],
    ['an aldus clause at the end', 'Het is in de tijd gezien, aldus de heer Putters.', 'Putters'],
    ['an aldus clause inside', 'Kinderen, aldus de heer Ter Weel, sprekend namens de kroonleden, zijn onze toekomst.', 'Ter Weel'],
    ['volgens', 'Het integrale beeld ontbreekt volgens mevrouw Gerbrandy nog.', 'Gerbrandy'],
    ['speaker named in a later sentence', 'De opdracht is om in gesprek te gaan. De heer Kamp vraagt hoe dat moet.', 'Kamp'],
    ['abbreviated honorific', 'Dhr. Jansen merkt op dat de begroting sluit.', 'Jansen'],
    ['mw. and a tussenvoegsel', 'Mw. van der Veen stelt voor het punt aan te houden.', 'Van der Veen'],
    ['the chair', 'De voorzitter opent de vergadering en heet iedereen welkom.', 'chair'],
    ['the chair after the verb', 'De doelen, kan de voorzitter trots melden, zijn binnen handbereik.', 'chair'],
    ['a working-group label for the chair', 'Voorzitter: we gaan verder met punt twee.', 'chair'],
    ['upper-case chair in council minutes', 'DE VOORZITTER: Ik open de vergadering.', 'chair'],
  ])('%s: "%s"', (_, sentence, expected) => {
    expect(speakers([sentence])).toEqual([expected]);
  });

  it('a question and its answer in one paragraph: the one who answers, and the asker as also', () => {
    const record = parse(['Op de vraag van de heer Boufangacha naar de handhaving, antwoordt mevrouw Van Selm dat die per convenant verschilt.']);
    const p = record.agenda[0]!.paragraphs[0]!;
    expect(p.speaker?.name).toBe('Van Selm');
    expect(p.also?.map((s) => s.name)).toEqual(['Boufangacha']);
  });

  it('continuation: Spreker, Zij, slide text and bullets keep the current speaker', () => {
    expect(
      speakers([
        'De heer Putters verzorgt de presentatie.',
        'Sheet 4 Trends in gezondheid',
        'Met name 75-plussers missen contact. Spreker ziet dat als een risico.',
        '- eenzaamheid onder ouderen;',
        'Zij vragen om meer aandacht.',
      ]),
    ).toEqual(['Putters', null, 'Putters', 'Putters', 'Putters']);
  });

  it('a presentation heading names who presents what follows', () => {
    expect(speakers(['Presentatie Sam Huberts', 'De scriptie bevat een exploratieve studie.'], '')).toEqual([null, 'Huberts']);
  });
});

describe('mentioned, not speaking', () => {
  it.each([
    ['a question put to someone keeps the moderator', ['Mevrouw Termeer geeft de geledingen het woord.', 'Aan de heer Elzinga wordt gevraagd naar de meerwaarde.'], ['Termeer', 'Termeer']],
    ['"De vraag aan …" keeps the moderator', ['Mevrouw Termeer leidt de discussie.', 'De vraag aan de heer Fortuin is hoe de positie kan worden versterkt.'], ['Termeer', 'Termeer']],
    ['the chair thanks someone', ['De voorzitter dankt mevrouw Termeer voor de presentatie.'], ['chair']],
    ['a pronoun subject thanks people', ['De voorzitter rondt af.', 'Ze bedankt mevrouw Van Selm en mevrouw Meerman voor hun bijdrage.'], ['chair', 'chair']],
    ['an absent person', ['Mevrouw Hamer is vandaag verhinderd.'], [null]],
    ['a person who will chair', ['Daarom zal mevrouw Thijssen de vergadering voorzitten.'], [null]],
    ['someone who died', ['De heer Dick Schouten is onlangs overleden.'], [null]],
    ['a citation of earlier words', ['De heer Weurding spreekt.', 'Het proces is moeizaam, en, zo heeft mevrouw Van Selm zojuist ook gezegd, het begint net.'], ['Weurding', 'Weurding']],
    ['an object after a preposition', ['De heer De Boer spreekt.', 'De mooie presentatie van mevrouw Van Selm laat dat zien.'], ['De Boer', 'De Boer']],
    ['a compound subject is narration about them', ['De heer Buijink vertelt over het convenant.', 'Mevrouw Cramer en de collega’s zijn vanaf het begin betrokken, waarvoor hij dank uitspreekt.'], ['Buijink', 'Buijink']],
  ])('%s', (_, body, expected) => {
    expect(speakers(body)).toEqual(expected);
  });
});

describe('narration has no speaker and does not change who speaks', () => {
  it('applause, procedure and formal outcomes', () => {
    expect(
      speakers([
        'De heer Putters verzorgt de presentatie.',
        'De sheets van de presentatie zijn als bijlage bij dit verslag gevoegd.',
        'Het SCP heeft beschreven hoe het ging.',
        'Onder applaus wordt uiting gegeven aan de waardering.',
        'Er zijn geen vragen van de raadsleden.',
        'Het verslag wordt onder dankzegging ongewijzigd vastgesteld.',
      ]),
    ).toEqual(['Putters', null, 'Putters', null, null, null]);
  });

  it('each agenda item starts with nobody speaking', () => {
    const record = parseText('1. Opening\n\nDe heer Kamp spreekt.\n\n2. Verslag\n\nHet is een goed stuk.\n');
    expect(record.agenda[1]!.paragraphs[0]!.speaker).toBeNull();
  });
});

describe('names: one speaker per person', () => {
  it('merges Van Selm and van Selm and a full name, keeps the honorific and every variant', () => {
    const record = parse(['Mevrouw Van Selm licht het toe.', 'De heer Kamp reageert.', 'Dat is volgens mevrouw van Selm juist.', 'Mevrouw Alexandra van Selm sluit af.']);
    const selm = record.speakers.filter((s) => s.name === 'Van Selm');
    expect(selm).toHaveLength(1);
    expect(selm[0]!.honorific).toBe('mevrouw');
    expect(selm[0]!.variants).toEqual(['Van Selm', 'van Selm', 'Alexandra van Selm']);
  });

  it('the chair resolves to the meeting chair, including a substitute named in the text', () => {
    const record = parseText('Voorzitter:\tHamer\n\n1. Opening\n\nMevrouw Hamer is vandaag verhinderd en daarom zal mevrouw Thijssen de vergadering voorzitten.\n\nDe voorzitter opent de vergadering.\n');
    expect(record.meeting.chair?.name).toBe('Thijssen');
    const chair = record.speakers.find((s) => s.role === 'chair');
    expect(chair?.name).toBe('Thijssen');
    expect(record.speakers.map((s) => s.name)).not.toContain('Hamer');
  });

  it('working-group minutes: listed first names and labels', () => {
    const header = '### Aanwezig\n\n-   Anneke Sinnema\n-   Edwin Martin (notuleert)\n';
    // The unlabelled line after a label is nobody's: see 'minutes that label each contribution'.
    expect(speakers(['Anneke opent de vergadering.', 'Edwin: wel handig om contact te hebben.', 'Discussie over hoe commercieel deze partij is.'], header)).toEqual([
      'Anneke Sinnema',
      'Edwin Martin',
      null,
    ]);
  });
});

describe('geleding with evidence', () => {
  const geleding = (record: Verslag, name: string) => {
    const s = record.speakers.find((x) => x.name === name)!;
    return { geleding: s.geleding, kinds: s.evidence.map((e) => e.kind) };
  };

  it('explicit: sprekend namens / voor', () => {
    const record = parse(['Mevrouw Geel, sprekend voor de werkgevers, denkt mee.', 'De heer Boufangacha, sprekend namens de werknemers, is verheugd.']);
    expect(geleding(record, 'Geel')).toEqual({ geleding: 'werkgevers', kinds: ['explicit'] });
    expect(geleding(record, 'Boufangacha')).toEqual({ geleding: 'werknemers', kinds: ['explicit'] });
  });

  it('a section heading the speaker speaks under: Werknemersgeleding, Ondernemersgeleding, Kroonleden', () => {
    const record = parse(['Werknemersgeleding', 'De heer Fortuin spreekt waardering uit.', 'Ondernemersgeleding', 'De heer De Leeuw complimenteert de commissie.', 'Kroonleden', 'Dat is volgens mevrouw Gerbrandy een zorg.']);
    expect(geleding(record, 'Fortuin').geleding).toBe('werknemers');
    expect(geleding(record, 'De Leeuw').geleding).toBe('werkgevers');
    expect(geleding(record, 'Gerbrandy')).toEqual({ geleding: 'kroonleden', kinds: ['header'] });
  });

  it('an introduction: "die per 1 september kroonlid zijn"', () => {
    const record = parse(['De voorzitter heet in het bijzonder mevrouw Knoef en mevrouw Gerbrandy welkom, die per 1 september kroonlid zijn.', 'Mevrouw Knoef is hoogleraar in Leiden.']);
    expect(geleding(record, 'Knoef')).toEqual({ geleding: 'kroonleden', kinds: ['introduced'] });
  });

  it('an organisation: vanuit het CNV, wat de FNV betreft', () => {
    const record = parse(['De heer Van Wijngaarden, vanuit het CNV betrokken bij convenanten, vertelt.', 'De heer Elzinga spreekt.', 'Wat de FNV betreft is wetgeving nodig.']);
    expect(geleding(record, 'Van Wijngaarden')).toEqual({ geleding: 'werknemers', kinds: ['organisation'] });
    expect(geleding(record, 'Elzinga').geleding).toBe('werknemers');
  });

  it('a roster gives the geleding where the text says nothing', () => {
    const roster: Roster = { members: [{ name: 'Putters', geleding: 'kroonleden' }] };
    const record = parse(['De heer Putters ziet die verschillen ook.'], undefined, roster);
    expect(geleding(record, 'Putters')).toEqual({ geleding: 'kroonleden', kinds: ['roster'] });
    expect(record.diagnostics.filter((d) => d.ruleId === 'roster-conflict')).toEqual([]);
  });

  it('a roster that contradicts explicit text yields a diagnostic, not a silent override', () => {
    const roster: Roster = { members: [{ name: 'Geel', geleding: 'werknemers' }] };
    const record = parse(['Mevrouw Geel, sprekend voor de werkgevers, denkt mee.'], undefined, roster);
    expect(geleding(record, 'Geel').geleding).toBe('werkgevers');
    const conflict = record.diagnostics.find((d) => d.ruleId === 'roster-conflict');
    expect(conflict?.reason).toMatch(/roster lists Geel for the werknemers/);
    expect(conflict?.position?.start.line).toBe(6);
  });

  it('a roster entry outside its dates does not apply', () => {
    const roster: Roster = { members: [{ name: 'Putters', geleding: 'kroonleden', to: '2017-12-31' }] };
    const record = parse(['De heer Putters ziet het.'], 'Datum:\t16 februari 2018\nAanwezig:\tPutters\n', roster);
    expect(geleding(record, 'Putters').geleding).toBeUndefined();
  });

  it('a roster can declare another vocabulary: a medezeggenschapsraad', () => {
    const roster: Roster = { geledingen: ['personeelsgeleding', 'oudergeleding'], members: [] };
    const record = parse(['Oudergeleding', 'De heer Bakker vraagt naar het schoolplan.', 'Mevrouw Smit, sprekend namens de personeelsgeleding, reageert.'], '', roster);
    expect(geleding(record, 'Bakker').geleding).toBe('oudergeleding');
    expect(geleding(record, 'Smit')).toEqual({ geleding: 'personeelsgeleding', kinds: ['explicit'] });
  });
});

describe('working-group minutes without honorifics', () => {
  const header = '### Aanwezig\n\n-   Koen Kivits\n-   Koen Willems\n-   Michael Hastrich\n-   Rachel Andrew\n';

  it('a label that fits two listed people is nobody, not the previous speaker', () => {
    expect(speakers(['Rachel neemt het woord.', 'Koen: kan Rachel vaker komen?', 'Daar wordt over nagedacht.'], header)).toEqual(['Rachel Andrew', null, null]);
  });

  it('an item titled "Michael vertelt over …" gives Michael the item’s first paragraphs', () => {
    const record = parseText(`${header}\n## Michael vertelt over de workshopcommissie\n\nEr zijn 8 workshops georganiseerd.\n\n## Rondvraag\n\nGeen vragen.\n`);
    expect(record.agenda[0]!.paragraphs.map((p) => p.speaker?.name ?? null)).toEqual(['Michael Hastrich']);
  });
});

describe('minutes that label each contribution', () => {
  it('a paragraph without a label is not the last labelled speaker’s, unless a pronoun says so', () => {
    const header = '### Aanwezig\n\n-   Tony Sloos\n-   Jasper Roes\n';
    expect(speakers(['Sloos: wil de punten samenvoegen.', 'Consensus wordt niet bereikt.', 'Roes: te veel vrijheid.', 'Hij stelt voor de termen in het Nederlands te houden.'], header)).toEqual([
      'Tony Sloos',
      null,
      'Jasper Roes',
      'Jasper Roes',
    ]);
  });
});

describe('names with initials', () => {
  it('"Dhr. J.P. de Vries" and "mevrouw A. Bakker" are De Vries and Bakker', () => {
    expect(speakers(['Dhr. J.P. de Vries vraagt naar de begroting.', 'Mevrouw A. Bakker antwoordt dat die sluit.'])).toEqual(['De Vries', 'Bakker']);
  });
});
