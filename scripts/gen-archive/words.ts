/**
 * The Dutch the generated verslagen are made of: names, bodies, topics and sentences in the style
 * of the SER seeds (fixtures/parse/seed-000, seed-001). Data only.
 */

export const SURNAMES = [
  'Boer', 'Boufangacha', 'Buijink', 'Bulten', 'Busker', 'Calon', 'Eckhardt', 'Elzinga', 'Geel', 'Gestel', 'Holstein',
  'Hoogstraaten', 'Kaanen', 'Limmen', 'Maessen', 'Mulder', 'Nijpels', 'Passchier', 'Rietbergen', 'Schenk', 'Stevens',
  'Tasma', 'Veen', 'Verhulp', 'Versteeg', 'Weel', 'Wijngaarden', 'Hamer', 'Timmerhuis', 'Meerman', 'Selm', 'Putters',
  'Knoef', 'Gerbrandy', 'Thijssen', 'Horst', 'Timmer', 'Jaarsma', 'Ruijtenberg', 'Swank', 'Woerkom', 'Bakker', 'Visser',
  'Smit', 'Meijer', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Leeuwen', 'Dekker', 'Brouwer', 'Wit', 'Dijkstra', 'Smits',
  'Graaf', 'Lange', 'Kok', 'Jacobs', 'Haan', 'Vermeulen', 'Heuvel', 'Veenstra', 'Berg', 'Kuipers', 'Wouters', 'Koster',
  'Prins', 'Huisman', 'Willems', 'Postma', 'Kuiper', 'Molenaar', 'Kramer', 'Hoekstra', 'Schouten', 'Verbeek', 'Boskamp',
  'Timmermans', 'Groot', 'Sinnema', 'Zuidema', 'Ploeg', 'Haverkamp', 'Drenth', 'Oosterhuis', 'Wesselink', 'Hofstede',
  'Kloosterman', 'Nieuwenhuis', 'Roelofsen', 'Stegeman', 'Verschuren', 'Wolters', 'Zandstra', 'Altena', 'Beukema',
  'Dijkhuizen', 'Everts', 'Feenstra', 'Gorter', 'Hiemstra', 'Idema', 'Jonkman', 'Keizer', 'Lubbers', 'Mensink',
  'Noordhof', 'Overbeek', 'Pruim', 'Quint', 'Rozema', 'Scholtens', 'Terpstra', 'Uiterwijk', 'Vellinga', 'Wiersma',
  'Ykema', 'Zijlstra', 'Aalbers', 'Bosman', 'Colijn', 'Doornbos', 'Eilander', 'Folkerts', 'Gunning-Schepers',
  'Heijmans-Tol', 'Kuyper-Laan', 'Rademaker', 'Slagter', 'Tjeenk', 'Valkenburg', 'Westerveld', 'Zwanenburg',
];

export const TUSSENVOEGSELS = ['', '', '', '', 'Van ', 'De ', 'Van der ', 'Ter ', 'Van den ', 'Van de '];

export const GELEDINGEN = ['werkgevers', 'werknemers', 'kroonleden'] as const;
export type GeledingName = (typeof GELEDINGEN)[number];

/** Bodies that meet: the council and its committees, each with its document series. */
export const BODIES: Array<{ name: string; series: string; weekday: number; start: string }> = [
  { name: 'Raad', series: 'R', weekday: 5, start: '10:15' },
  { name: 'Dagelijks Bestuur', series: 'DB', weekday: 1, start: '09:30' },
];

export const COMMITTEE_TOPICS = [
  'Sociaal-Economisch Beleid', 'Arbeidsmarkt en Sociale Zekerheid', 'Internationale Aangelegenheden', 'Duurzame Ontwikkeling',
  'Consumentenaangelegenheden', 'Onderwijs en Arbeidsmarkt', 'Pensioenen', 'Energietransitie', 'Gezondheidszorg',
  'Ondernemerschap', 'Mededinging', 'Wonen en Ruimte', 'Digitalisering', 'Mobiliteit', 'Europese Zaken', 'Migratie',
  'Leven Lang Ontwikkelen', 'Jongeren', 'Inclusieve Arbeidsmarkt', 'Vakmanschap', 'Innovatie', 'Circulaire Economie',
  'Landbouw en Voedsel', 'Financiële Markten', 'Overheidsfinanciën', 'Regionale Economie', 'Cultuur', 'Veiligheid',
];

export const ADVICE_TITLES = [
  'Toekomstbeleid internationaal MVO', 'Nadere bevindingen optimalisering verlof na geboorte kind', 'Een werkende combinatie',
  'Zekerheid voor mensen, een wendbare economie', 'Werken als zelfstandige', 'Leren en ontwikkelen tijdens de loopbaan',
  'Energietransitie en werkgelegenheid', 'Toekomst van de arbeidsmarkt', 'Pensioenstelsel in balans', 'Naar een inclusieve arbeidsmarkt',
  'Gelijke kansen in het onderwijs', 'Duurzame groei en brede welvaart', 'Kansen voor jongeren', 'Regionale samenwerking',
  'Digitale vaardigheden voor iedereen', 'Zorg voor de toekomst', 'Circulaire economie in de praktijk', 'Betaalbaar wonen',
];

export const CURRENT_TOPICS = [
  'De sociale staat van Nederland', 'Uitvoeringsagenda Energieakkoord', 'Voortgang Klimaatakkoord', 'Stand van het land',
  'Convenanten Internationaal Verantwoord Ondernemen', 'Werkagenda van het kabinet', 'Europees Semester', 'Arbeidsmarktkrapte',
];

/** What a member says, in reported speech (the verslag's third person). */
export const OPINIONS = [
  'vindt het advies een goede eerste stap, maar wijst erop dat de uitvoering de komende jaren veel vraagt van de sociale partners',
  'onderschrijft de analyse van de commissie en vraagt aandacht voor de positie van kleine bedrijven',
  'is verheugd over het brede draagvlak en dankt het secretariaat voor de zorgvuldige voorbereiding',
  'mist in het advies een duidelijke keuze over de financiering en hoopt dat het kabinet die keuze alsnog maakt',
  'vraagt zich af hoe de voorgestelde maatregelen zich verhouden tot de afspraken in het Regeerakkoord',
  'benadrukt dat de regeling eenvoudig en toegankelijk moet zijn voor iedereen die werkt',
  'wijst op de gevolgen voor de werkgelegenheid in de regio en pleit voor een zorgvuldige monitoring',
  'steunt het advies van harte, gezien de vereenvoudiging en de betere toegankelijkheid van de regelingen',
  'maakt een voorbehoud bij de paragraaf over de lasten voor werkgevers en wil die graag nader bespreken',
  'noemt het advies ambitieus en realistisch tegelijk, en ziet het als een goede basis voor verdere stappen',
];

export const ELABORATIONS = [
  'De afgelopen jaren is gebleken dat de bestaande regelingen te complex zijn; veel mensen weten niet waar zij recht op hebben.',
  'Het is van belang dat de planbureaus de effecten in kaart brengen, zodat de raad zich een oordeel kan vormen over de resultaten.',
  'In de praktijk blijkt dat de verschillen tussen sectoren groot zijn, en dat vraagt om maatwerk in de uitvoering.',
  'Spreker wijst erop dat het kabinet eerder heeft toegezegd met een reactie te komen, maar dat die reactie nog uitblijft.',
  'De commissie heeft in korte tijd veel werk verzet, en het resultaat mag er zijn.',
  'Ook de gemeenten hebben een belangrijke rol bij de uitvoering; zonder hun inzet komen de doelen niet binnen bereik.',
  'Het advies sluit aan bij eerdere adviezen van de raad over dit onderwerp, en bouwt daarop voort.',
  'Het draagvlak onder de achterbannen is groot, al zijn er ook kritische geluiden te horen.',
];

export const CHAIR_OPENINGS = [
  'De *voorzitter* opent de vergadering en heet iedereen van harte welkom.',
  'De *voorzitter* opent de vergadering en heet eenieder welkom, in het bijzonder de nieuwe leden.',
];

export const DECISIONS = [
  'De raad stelt het advies unaniem vast.',
  'Het advies wordt met algemene stemmen vastgesteld.',
  'Hiermee wordt het briefadvies in de raad formeel vastgesteld.',
  'Het advies wordt, met inachtneming van de gemaakte opmerkingen, vastgesteld.',
];

export const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
export const WEEKDAY_NAMES = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
