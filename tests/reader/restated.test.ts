/**
 * The words of restatement (src/reader/restated.ts): each entry reads its `reads` examples and
 * none of its `not` examples, as the lexicon's test runs EN and ES; and what a figure counts.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/reader/lexicon/lexicon.js';
import { RESTATED, countedNoun, restatedFigures } from '../../src/reader/restated.js';
import { readText } from '../../src/reader/read.js';
import { buildCatalogue } from '../../src/drafts/metrics.js';
import { parsePeriod } from '../../src/model/period.js';

const cases = RESTATED.entries.flatMap((entry) => [
  ...entry.examples.reads.map((text) => [entry.id, 'reads', text, true, entry] as const),
  ...entry.examples.not.map((text) => [entry.id, 'does not read', text, false, entry] as const),
]);

const noMetrics = buildCatalogue(new Map());
/** Which figures of `text` restate which, read on a page of `date`, as "N restates M". */
function restatedIn(text: string, language: 'en' | 'es' = 'en', date = '2025-05-27'): string[] {
  return restatedFigures(readText(text, { catalogue: noMetrics, pageDate: parsePeriod(date), language, purpose: 'lint' }), language).map((r) => `${r.figure.text} restates ${r.earlier.text}`);
}

describe('the restatement lexicon', () => {
  it.each(cases)('%s %s %j', (_, __, text, expected, entry) => {
    const reads = 'pattern' in entry ? new RegExp(entry.pattern.source, entry.pattern.flags.replace('g', '')).test(text) : RESTATED.words(entry.id).has(normalise(text, entry.match));
    expect(reads).toBe(expected);
  });
});

describe('what a figure counts', () => {
  const catalogue = buildCatalogue(new Map());
  const table: ReadonlyArray<readonly [string, 'en' | 'es', string | null]> = [
    ['She treated 60 patients.', 'en', 'patients'],
    ['They logged 60 patient visits.', 'en', 'patient visits'],
    ['Some 60 people waited.', 'en', 'people'],
    ['Those 65 and older stayed.', 'en', null],
    ['About 40 percent stayed.', 'en', null],
    ['Llegaron 113 pacientes.', 'es', 'pacientes'],
    ['Eran unos 40.000, así que subió.', 'es', null],
    // A figure of a set counts the set's noun; not one of a set with its own count.
    ['We checked five of the most shared claims.', 'en', 'claims'],
    ['We checked four of his claims.', 'en', 'claims'],
    ['We rated 3 of the 20 claims false.', 'en', null],
    // Two words may qualify the plural counted.
    ['We gathered 14 separate official releases.', 'en', 'separate official releases'],
  ];
  it.each(table)('%j counts %j', (sentence, language, words) => {
    const read = readText(sentence, { catalogue, pageDate: parsePeriod('2024-08-12'), language, purpose: 'lint' });
    const figure = read.figures.find((f) => f.kind === 'quantity')!;
    expect(countedNoun(read.masked.masked, figure, language)?.words ?? null).toBe(words);
  });
});

describe('which earlier figure "the N …" restates', () => {
  const restated = (text: string): string[] => restatedIn(text);
  const apart = (first: string, last: string): string => [first, 'Boats patrol the river.', 'The camps are full.', 'The rains came early.', last].join('\n\n');
  it('far back, the only earlier count of the same thing', () => {
    expect(restated(apart('The brigade has 1,150 agents deployed across the province.', 'I would add that the 2,150 agents the commissioner mentioned now also cover the coast.'))).toEqual(['2,150 restates 1,150']);
  });
  it('… but not when the text counted that thing twice before: which one is meant is not known', () => {
    expect(restated(apart('The brigade has 1,150 agents on the river and 300 agents on the coast.', 'I would add that the 2,150 agents the commissioner mentioned now also cover the coast.'))).toEqual([]);
  });
  it('… nor one that does not say it points back: "the 300 agents of Colombia\'s task force" is another count', () => {
    expect(restated(apart('The brigade has 1,200 agents deployed across the province.', 'Across the border, the 300 agents of Colombia\'s new task force patrol the coast.'))).toEqual([]);
  });
  it('… nor plain people, which a text counts over and over', () => {
    expect(restated(apart('Some 1,150 people waited at the dock.', 'The 2,150 people on the boats were tired.'))).toEqual([]);
  });
  it('a singular word before a plural qualifies it: "18,400 medical consultations" and "the 14,800 consultations" count the same', () => {
    expect(restated('Our medics gave 18,400 medical consultations in 2022.\nThe 14,800 consultations were paid for by donors.')).toEqual(['14,800 restates 18,400']);
    expect(restated('The clinic logged 60 patients.\nThe 90 patient visits were long.')).toEqual([]);
  });
  it('far back, the writer\'s own count told again with its verb, an irregular one too ("the 64 truckloads we sent")', () => {
    expect(restated(apart('In 2024 our team sent 46 truckloads to the reception stations.', 'Of the 64 truckloads we sent last year, about half went to San Vicente.'))).toEqual(['64 restates 46']);
    expect(restated(apart('In 2024 our team sent 46 truckloads to the reception stations.', 'The 64 truckloads our drivers sent last year were paid for by donors.'))).toEqual(['64 restates 46']);
    // Narrowed by words the earlier sentence does not have: a part.
    expect(restated(apart('In 2024 our team sent 46 truckloads to the reception stations.', 'The 6 truckloads we sent at night were smaller.'))).toEqual([]);
    // Another side's count: not the writer's own.
    expect(restated(apart('In 2024 our team sent 46 truckloads to the reception stations.', 'The 64 truckloads the ministry sent last year were larger.'))).toEqual([]);
  });
  it('a number in words with the writer\'s own clause restates when the clause repeats the verb: "Of the five claims we checked"', () => {
    expect(restated(apart('We checked four of his claims against official figures.', 'Of the five claims we checked, two were rated true.'))).toEqual(['five restates four']);
    expect(restated(apart('We checked four of his claims against official figures.', 'Of the five claims we rated, two were true.'))).toEqual([]);
  });
  it('far back, the same owner\'s whole set: "the 12 beds of the health post" after "The health post … has six beds"', () => {
    expect(restated(apart('The health post in Bajo Chiquito has six beds and one doctor.', 'When large groups arrive, the 12 beds of the health post are not enough.'))).toEqual(['12 restates six']);
    // Another owner, or words the earlier sentence does not have: another set.
    expect(restated(apart('The health post in Bajo Chiquito has six beds and one doctor.', 'When large groups arrive, the 12 beds of the new shelter are not enough.'))).toEqual([]);
  });
  it('… unless the later one repeats the verb the count was told with ("the 3,100 people we sheltered")', () => {
    expect(restated(apart('From March to June our shelter housed 1,900 people heading south.', 'The 3,100 people we housed that spring shaped this budget.'))).toEqual(['3,100 restates 1,900']);
    expect(restated(apart('Los albergues atendieron 150 consultas en la semana.', 'Las 230 consultas atendidas se concentraron en niños.'))).toEqual(['230 restates 150']);
  });
  it('far back, the whole set ("All 30 prints") or the same someone\'s ("Ruiz\'s 52 photographs")', () => {
    expect(restated(apart('The auction holds 20 prints from the jungle.', 'All 30 prints go to the highest bidder.'))).toEqual(['30 restates 20']);
    expect(restated(apart('Layout: Ana Ruiz\'s 40 photographs from the dock.', 'Choose two of Ruiz\'s 52 photographs for the cover.'))).toEqual(['52 restates 40']);
  });
  it('… but not a narrowed set ("All 12 photos in this gallery"), another subject ("they assisted") or a part ("we assisted at night")', () => {
    expect(restated(apart('Photographer Ana Ruiz took 40 photos on the dock.', 'All 12 photos in this gallery are for sale.'))).toEqual([]);
    expect(restated(apart('Our team assisted 2,840 people between February and May.', 'Our partners helped too; the 1,100 people they assisted in Necoclí were mostly Haitian.'))).toEqual([]);
    expect(restated(apart('Our team assisted 2,840 people between February and May.', 'Of those, the 410 people we assisted at night needed a translator.'))).toEqual([]);
    expect(restated(apart('Nuestro equipo atendió 214 consultas en la clínica móvil en enero.', 'Las 96 consultas atendidas en el segundo punto fueron sobre todo por heridas.'))).toEqual([]);
  });
  it('… nor a set narrowed to a period right after its noun, when the earlier count named none ("Las 9.400 personas de ese mes")', () => {
    expect(restatedIn('En la aldea vivían entonces unas 300 personas.\n\n**Marzo de 2022.** Las 9.400 personas de ese mes desbordaron el albergue.', 'es')).toEqual([]);
    expect(restatedIn('The clinic saw some 300 patients then.\n\nIn March 2022, the 9,400 patients of that month overran the shelter.')).toEqual([]);
    // With no period after the noun, "the N patients" still points back.
    expect(restatedIn('The clinic saw some 300 patients then.\n\nIn March 2022, the 9,400 patients overran the shelter.')).toEqual(['9,400 restates some 300']);
  });
  it('… but not another someone\'s, nor a verb the earlier count was not told with', () => {
    expect(restated(apart('Layout: Ana Ruiz\'s 40 photographs from the dock.', 'Choose two of Pérez\'s 52 photographs for the cover.'))).toEqual([]);
    expect(restated(apart('From March to June our shelter housed 1,900 people heading south.', 'The 3,100 people we fed that spring shaped this budget.'))).toEqual([]);
  });
});

describe('"All N of them", "All thirty of those bunks", "Quintero\'s four trips": the whole of a set said before', () => {
  const restated = (text: string, language: 'en' | 'es' = 'en'): string[] => restatedIn(text, language);
  const must: ReadonlyArray<readonly [string, string, 'en' | 'es']> = [
    ['At the clinic a nurse said nine families were waiting for a boat.\nAll 12 of them, she added, had come from Necoclí.', '12 restates nine', 'en'],
    ['The school in the village had eleven classrooms in 2023.\nAll twenty of those classrooms, the principal said, were used as dormitories.', 'twenty restates eleven', 'en'],
    ['The boatman Eliécer Rangel made 30 trips last year.\nRangel\'s twelve trips all came in the dry season.', 'twelve restates 30', 'en'],
    // "that Sunday", "ese domingo": the Sunday named before, said again with the same act.
    ['The shelter received 340 migrants on Sunday.\nMost of the 520 migrants the shelter received that Sunday were Venezuelan.', '520 restates 340', 'en'],
    ['El albergue recibió el domingo a 340 migrantes.\nLa mayoría de los 520 migrantes que recibió el albergue ese domingo eran venezolanos.', '520 restates 340', 'es'],
  ];
  it.each(must)('%j: %s', (text, expected, language) => {
    expect(restated(text, language)).toEqual([expected]);
  });
  const not: ReadonlyArray<readonly [string, 'en' | 'es']> = [
    // A Sunday other than the one named before is another day.
    ['The shelter received 340 migrants on Sunday, January 8.\nThe 520 migrants the shelter received on Sunday, January 15 were mostly Venezuelan.', 'en'],
    // Two counts before: "all 20" may be their sum.
    ['A guard said eight migrants were staying there and 12 more arrived at dusk.\nAll 20 of them were heading south.', 'en'],
    // "20 of them", without "all", is a part.
    ['A guard said 80 migrants were staying there.\n20 of them were heading south.', 'en'],
    // Too far back for a pronoun.
    ['A guard said eight migrants were staying there.\n\nBoats patrol the river.\n\nThe rains came early.\n\nAll 20 of them were heading south.', 'en'],
  ];
  it.each(not)('%j restates nothing', (text, language) => {
    expect(restated(text, language)).toEqual([]);
  });
});

describe('"the N … who …" that retells the count just before, for the same period', () => {
  const restated = (text: string, language: 'en' | 'es' = 'en'): string[] => restatedIn(text, language, '2024-08-21');
  const retold: ReadonlyArray<readonly [string, string, 'en' | 'es', string]> = [
    ['A nurse at San Vicente said 350 people slept there on Sunday night.', 'The nurse said the 500 people who slept at San Vicente on Sunday had come from Venezuela.', 'en', '500 restates 350'],
    // Another verb of the same act, and people said in other words.
    ['The station at Lajas Blancas housed 37 migrants on Monday.', 'The 73 people lodged there on Monday were waiting for buses.', 'en', '73 restates 37'],
    ['La estación de Lajas Blancas acogía este lunes a 37 migrantes.', 'Las 73 personas alojadas el lunes en Lajas Blancas esperaban su traslado.', 'es', '73 restates 37'],
  ];
  it.each(retold)('%j, then %j', (first, second, language, expected) => {
    expect(restated(`${first}\n\n${second}`, language)).toEqual([expected]);
  });
  const another: ReadonlyArray<readonly [string, string, string]> = [
    ['another place', 'A nurse said 350 people slept at San Vicente on Sunday.', 'The 500 people who slept at Lajas Blancas on Sunday had come from Venezuela.'],
    ['another day', 'A nurse said 350 people slept at San Vicente on Sunday.', 'The 500 people who slept at San Vicente on Monday had come from Venezuela.'],
    ['another act', 'A nurse said 350 people slept at San Vicente on Sunday.', 'The 50 people who were deported on Sunday had come from Venezuela.'],
    ['another act, said by a participle', 'A nurse said 350 people slept at San Vicente on Sunday.', 'The 500 people vaccinated at San Vicente on Sunday had come from Venezuela.'],
    ['a part named', 'A nurse said 350 people slept at San Vicente on Sunday.', 'The 120 children who slept at San Vicente on Sunday had come from Venezuela.'],
    ['too far back', 'A nurse said 350 people slept at San Vicente on Sunday.', 'Boats patrol the river.\n\nThe camps are full.\n\nThe rains came early.\n\nThe 500 people who slept at San Vicente on Sunday had come from Venezuela.'],
  ];
  it.each(another)('not %s', (_, first, second) => {
    expect(restated(`${first}\n\n${second}`)).toEqual([]);
  });
});
