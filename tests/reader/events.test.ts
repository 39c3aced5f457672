/**
 * Dates of the catalogue's events as reporters write them: an office standing for the place the
 * story is about ("his government signed"), a pronoun after a phrase that opens the sentence ("On
 * election night, May 9, he"), another tense or inserted words of an event's phrase, a visit named
 * with its actor, and a general word that must not become one specific event. Each row is a text
 * written for the test, the event's metric, and the date it must be read with (null: not read).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintDrafts } from '../../src/drafts/lint.js';
import { buildCatalogue } from '../../src/drafts/metrics.js';
import { readText } from '../../src/reader/read.js';
import { parsePeriod } from '../../src/model/period.js';
import { loadRegistry } from '../../src/registry/load.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const registry = loadRegistry({ paths: [resolve(root, 'claims')] });
const catalogue = buildCatalogue(registry.metrics);

interface Row {
  readonly why: string;
  readonly text: string;
  readonly date: string;
  readonly metric: string;
  /** The date read for the event, or null: no date of this event is read. */
  readonly period: string | null;
  /** Where the metric came from, when read. */
  readonly from?: 'sentence' | 'context' | 'previous sentence';
  readonly language?: 'en' | 'es';
}

/** The event of `metric` that lint reads in a text (a paragraph a line), if any. */
function eventOf(row: Row) {
  const figures = readText(row.text, { catalogue, pageDate: parsePeriod(row.date), hardLineBreaks: true, purpose: 'lint', language: row.language ?? 'en' }).figures;
  // The last: a row's earlier sentences may date the same event ("In May, … handed …").
  return figures.findLast((f) => f.kind === 'event' && f.metric?.id === row.metric) ?? null;
}

const MEMO = 'us-panama-deportation-memorandum-signed';

const STANDS_FOR_PLACE: Row[] = [
  { why: 'the place in the title', text: '# Panama tightens the route\n\nThe government signed a memorandum with Washington on July 3, 2024.', date: '2024-08-01', metric: MEMO, period: '2024-07-03', from: 'context' },
  { why: 'the place in the sentence before', text: "Panama's new leader promised to close the route.\nOn July 3, 2024, his government had signed a deportation memorandum with the U.S.", date: '2024-08-01', metric: MEMO, period: '2024-07-03', from: 'context' },
  { why: 'the country of the place at hand (the Darién is in Panama)', text: '# Crossings of the Darién Gap\n\nHis government signed a memorandum with Washington on July 3, 2024.', date: '2024-08-01', metric: MEMO, period: '2024-07-03', from: 'context' },
  { why: 'a president for the one whose inauguration it is', text: '# Panama\n\nThe new president took office on July 3, 2024.', date: '2024-08-01', metric: 'mulino-inauguration', period: '2024-07-03', from: 'context' },
  { why: 'Spanish: "el gobierno"', text: '# Panamá\n\nEl gobierno firmó un memorando con Washington el 3 de julio de 2024.', date: '2024-08-01', metric: MEMO, period: '2024-07-03', from: 'context', language: 'es' },
  { why: 'no place named around: the government is anyone\u2019s', text: 'The weather was fine.\nThe government signed a memorandum with Washington on July 3, 2024.', date: '2024-08-01', metric: MEMO, period: null },
  { why: 'the office names another country', text: '# Panama and its neighbours\n\nThe government of Colombia signed a memorandum with Washington on July 3, 2024.', date: '2024-08-01', metric: MEMO, period: null },
  { why: 'the office names another country before it', text: '# Panama\n\nThe U.S. government signed a memorandum with Washington on July 3, 2024.', date: '2024-08-01', metric: MEMO, period: null },
  { why: 'Spanish: "el gobierno de Colombia"', text: '# Panamá y sus vecinos\n\nEl gobierno de Colombia firmó un memorando con Washington el 3 de julio de 2024.', date: '2024-08-01', metric: MEMO, period: null, language: 'es' },
  { why: 'the bare document named for what it is by a word of its phrases elsewhere in the sentence, past an abbreviation\'s points', text: '# Panama closes the route\n\nThe memorandum under which the U.S. pays for deportation flights was signed on July 3, 2024.', date: '2024-08-01', metric: MEMO, period: '2024-07-03', from: 'context' },
  { why: 'a bare document of something else', text: '# Panama closes the route\n\nThe memorandum on trade was signed on July 3, 2024.', date: '2024-08-01', metric: MEMO, period: null },
  { why: 'a document named for what it is, its place named paragraphs before (not just before it)', text: '# A visit to Panama\n\nI travelled to the Darién.\n\nThe reception stations were full.\n\nMany people had walked for days.\n\nA memorandum of understanding with the United States on return flights was signed on 12 June.', date: '2024-07-26', metric: MEMO, period: '2024-06-12', from: 'context' },
  { why: '"signed with Washington on": the counterpart named is the event\'s own', text: '# Panama closes the route\n\nWhen the memorandum on deportation flights was signed with Washington on 1 June 2024, the government promised to close the jungle.', date: '2024-08-01', metric: MEMO, period: '2024-06-01', from: 'context' },
  { why: 'Spanish: "el memorando … para las deportaciones se firmó el viernes 28 de junio"', text: '# Diario de Lajas Blancas, Panamá\n\nVi que el memorando con Estados Unidos para las deportaciones se firmó el viernes 28 de junio.', date: '2024-07-20', metric: MEMO, period: '2024-06-28', from: 'context', language: 'es' },
  { why: 'Spanish: a memorandum on something else ("sobre comercio") is no event of the catalogue', text: '# Panamá\n\nEl memorando sobre comercio se firmó el 3 de julio de 2024.', date: '2024-08-01', metric: MEMO, period: null, language: 'es' },
  { why: '"dates from July 8, 2024": what a document dates from is when it was signed', text: '# Panama closes the route\n\nThe deportation memorandum with Washington dates from July 8, 2024.', date: '2025-01-06', metric: MEMO, period: '2024-07-08', from: 'context' },
  { why: 'a document named for what it is, dated by another\u2019s act: "agreed on Wednesday to hear a lawsuit against the deportation agreement"', text: '# Panama\n\nPanama\u2019s Supreme Court agreed on Wednesday to hear a lawsuit that calls the country\u2019s deportation agreement with the United States unconstitutional.', date: '2025-01-09', metric: MEMO, period: null },
  { why: '… dated by a verb of its signing before it', text: '# Panama\n\nPanama and the United States signed the deportation agreement on July 3, 2024.', date: '2024-08-01', metric: MEMO, period: '2024-07-03', from: 'sentence' },
  { why: '… or between it and the date', text: '# Panama\n\nThe deportation agreement Panama signed with the Biden administration on June 28 has produced no flight yet.', date: '2024-07-20', metric: MEMO, period: '2024-06-28', from: 'sentence' },
  { why: '… or by a date beside it', text: '# Panama\n\nUnder the July 3, 2024 deportation agreement between Panama and the United States, the U.S. pays for the flights.', date: '2024-08-01', metric: MEMO, period: '2024-07-03', from: 'sentence' },
  { why: 'the day someone spoke dates no event: "said Wednesday that … since Mulino took office"', text: '# Panama\n\nAn aid group said Wednesday that the drop in crossings since President José Raúl Mulino took office has done little for the stations.', date: '2024-08-14', metric: 'mulino-inauguration', period: null },
  { why: '"before the new government had been in office three weeks": an office standing for the place names no one whose term it is', text: '# Panama\n\nBy mid-July more than 212,000 people had crossed in 2024, before the new government had been in office three weeks.', date: '2025-01-03', metric: 'mouynes-foreign-minister-term', period: null },
  { why: '"José Raúl Mulino, elected on May 6": the election said by its participle and a date', text: 'José Raúl Mulino, elected on May 6 with a margin of almost ten points, had campaigned on closing the route through the Darién.', date: '2024-08-01', metric: 'panama-presidential-election', period: '2024-05-06', from: 'sentence' },
  { why: 'a clause between the office and the phrase', text: '# Panama\n\nThe government said that, in the end, a memorandum was signed on July 3, 2024.', date: '2024-08-01', metric: MEMO, period: null },
];

const PRONOUN_AFTER: Row[] = [
  { why: 'the night of the vote, its subject a pronoun after it', text: 'José Raúl Mulino ran on closing the route.\nOn election night, May 9, he vowed to shut the jungle.', date: '2024-08-01', metric: 'panama-presidential-election', period: '2024-05-09', from: 'previous sentence' },
  { why: 'a phrase after "At his"', text: 'José Raúl Mulino ran on closing the route.\nAt his inauguration on July 3, he promised to shut the jungle.', date: '2024-08-01', metric: 'mulino-inauguration', period: '2024-07-03', from: 'previous sentence' },
  { why: 'no one named before: "he" is anyone', text: 'The weather was fine.\nOn election night, May 9, he vowed to shut the jungle.', date: '2024-08-01', metric: 'panama-presidential-election', period: null },
  { why: 'the phrase does not open the sentence: the pronoun after it is another clause\u2019s', text: 'José Raúl Mulino ran on closing the route.\nCrowds gathered and cheered on election night, May 9, as he spoke.', date: '2024-08-01', metric: 'panama-presidential-election', period: null },
];

const PHRASES: Row[] = [
  { why: '"on the first day of June 2024": one day named by its place in the month', text: 'José Raúl Mulino took office on the first day of June 2024, promising to close the Darién.', date: '2025-09-09', metric: 'mulino-inauguration', period: '2024-06-01', from: 'sentence' },
  { why: '"began his five-year term" is the inauguration', text: 'On the first day of July 2024, new Panamanian President Jose Raul Mulino began his five-year term.', date: '2024-09-09', metric: 'mulino-inauguration', period: '2024-07-01', from: 'sentence' },
  { why: '"in the first days of July 2024" names no one day', text: 'José Raúl Mulino took office in the first days of July 2024.', date: '2025-09-09', metric: 'mulino-inauguration', period: null },
  { why: 'another tense of the flight, a word after the place', text: 'Alejandro Mayorkas had flown over the Darién region by helicopter on April 18.', date: '2022-04-22', metric: 'mayorkas-darien-helicopter-tour', period: '2022-04-18', from: 'sentence' },
  { why: 'the helicopter said before the place', text: 'Alejandro Mayorkas flew by helicopter over the Darién jungle on April 18.', date: '2022-04-22', metric: 'mayorkas-darien-helicopter-tour', period: '2022-04-18', from: 'sentence' },
  { why: 'a flight of no one the catalogue names', text: 'A helicopter flew over the Darién on April 18.', date: '2022-04-22', metric: 'mayorkas-darien-helicopter-tour', period: null },
  { why: 'a visit named with its actor', text: 'Antony Blinken signed the accord on a visit to Panama in April 2022.', date: '2022-05-01', metric: 'blinken-arrives-panama', period: '2022-04', from: 'sentence' },
  { why: 'a landing named with its actor', text: 'Secretary of State Antony Blinken landed in Panama on April 19.', date: '2022-04-22', metric: 'blinken-arrives-panama', period: '2022-04-19', from: 'sentence' },
  { why: 'the day a visit ended is not the day it began', text: 'Secretary of State Antony Blinken wrapped up a two-day visit to Panama on Wednesday focused on migrants.', date: '2022-04-21', metric: 'blinken-arrives-panama', period: null },
  { why: 'a visit of someone else', text: 'Mayorkas returned from a trip to Panama on April 21.', date: '2022-04-22', metric: 'blinken-arrives-panama', period: null },
  { why: 'the first ministerial, named as the first', text: 'Panama convened the first regional ministerial on migration in August 2021.', date: '2022-04-22', metric: 'first-regional-migration-ministerial', period: '2021-08', from: 'sentence' },
  { why: '"forget that the first ministerial …": after a verb of saying, "that" opens what is said, not a relative clause', text: 'They forget that the first regional ministerial on migration, which Panama convened in October 2021, promised a shared plan.', date: '2024-03-25', metric: 'first-regional-migration-ministerial', period: '2021-10', from: 'sentence' },
  { why: '… but "that" after a noun is a relative clause the event only describes', text: 'The ministers that the first regional ministerial on migration brought to Panama in October 2021 promised a shared plan.', date: '2024-03-25', metric: 'first-regional-migration-ministerial', period: null },
  { why: 'a document signed "the next day, Tuesday, July 2": the date after the day said in words', text: 'Panama took a new course under Mulino. The deportation memorandum with Washington was signed the next day, Tuesday, July 2, during the visit.', date: '2024-12-02', metric: 'us-panama-deportation-memorandum-signed', period: '2024-07-02', from: 'context' },
  { why: 'the region\u2019s first meeting', text: "Panama convened the region's first ministerial meeting on migration in August 2021.", date: '2022-04-22', metric: 'first-regional-migration-ministerial', period: '2021-08', from: 'sentence' },
  { why: 'a ministerial meeting, not said to be the first, is another one', text: 'Antony Blinken landed in Panama on April 19 for a regional ministerial meeting on migration.', date: '2022-04-22', metric: 'first-regional-migration-ministerial', period: null },
  { why: 'Spanish: another ministerial summit', text: 'Panamá fue sede de la cumbre ministerial sobre migración en abril de 2022.', date: '2022-05-01', metric: 'first-regional-migration-ministerial', period: null, language: 'es' },
];

const NAMED: Row[] = [
  { why: 'an event the catalogue describes by who: the name says which', text: 'Kevin Cabrera handed over boats to Panama on May 21, 2025.', date: '2025-06-01', metric: 'cabrera-darien-donation-handover', period: '2025-05-21', from: 'sentence' },
  { why: 'an event the catalogue describes by its place alone: the place is enough', text: 'Panama and the United States signed the deportation memorandum on 1 June 2024.', date: '2024-08-01', metric: MEMO, period: '2024-06-01', from: 'sentence' },
  { why: 'another president taking office in the same place', text: 'Laurentino Cortizo took office in Panama on July 1, 2019.', date: '2024-08-01', metric: 'mulino-inauguration', period: null },
  { why: 'another election in the same place', text: 'Panama held its presidential election on May 5, 2019.', date: '2024-08-01', metric: 'panama-presidential-election', period: null },
  { why: 'another donation to the same place', text: 'The European Union announced a donation to Panama on March 3, 2023.', date: '2024-08-01', metric: 'cabrera-darien-donation-handover', period: null },
  { why: 'another roundtable of the same place', text: 'Panamanian civic leaders held a roundtable on March 3, 2023.', date: '2024-08-01', metric: 'blinken-corruption-roundtable', period: null },
  { why: 'whose event it is, said inside its phrase: "la llegada de José Raúl Mulino a la presidencia"', text: 'El flujo empezó a bajar con la llegada de José Raúl Mulino a la presidencia, el 1 de julio de 2024.', date: '2025-06-16', language: 'es', metric: 'mulino-inauguration', period: '2024-07-01', from: 'sentence' },
  { why: '"in May, the last full month before José Raúl Mulino becomes president": a time said before the event is not its date', text: 'Migrants crossed the Darién at some 1,000 a day in May, the last full month before José Raúl Mulino becomes president.', date: '2024-06-24', metric: 'mulino-inauguration', period: null },
  { why: '"Blinken touched down in Panama on Wednesday, April 20": the landing, said as reporters say it', text: 'Secretary of State Antony Blinken touched down in Panama on Tuesday, April 19, for the ministerial.', date: '2022-06-27', metric: 'blinken-arrives-panama', period: '2022-04-19', from: 'sentence' },
  { why: '"flew in on April 19 …, a day after Mayorkas toured the Darién": a day counted to an event said after it dates that event the day before', text: 'Secretary of State Antony Blinken arrived in Panama on April 20 for talks, a day after Homeland Security Secretary Alejandro Mayorkas toured the Darién by helicopter.', date: '2022-08-15', metric: 'mayorkas-darien-helicopter-tour', period: '2022-04-19', from: 'sentence' },
  { why: '"On July 2, a day after he was sworn in, his government signed …": the two events are dated apart', text: 'On July 3, a day after he was sworn in, Mulino\'s government signed a deportation memorandum with Washington.', date: '2024-11-18', metric: 'us-panama-deportation-memorandum-signed', period: '2024-07-03', from: 'sentence' },
  { why: '… but not another holder said inside it ("la llegada de Laurentino Cortizo a la presidencia")', text: 'El flujo empezó a bajar con la llegada de Laurentino Cortizo a la presidencia, el 1 de julio de 2019.', date: '2025-06-16', language: 'es', metric: 'mulino-inauguration', period: null },
];

const REFERRED: Row[] = [
  { why: 'a possessive right before the event: the owner is the one named before', text: 'José Raúl Mulino promised to close the jungle.\nSince his election on May 26, he has spoken of little else.', date: '2024-08-01', metric: 'panama-presidential-election', period: '2024-05-26', from: 'previous sentence' },
  { why: 'the one named two sentences back, past a sentence that opens with a pronoun', text: 'Mulino, a 65-year-old lawyer, won the presidency.\nHe took 34 percent of the vote.\nSince his election on May 26, he has spoken of little else.', date: '2024-08-01', metric: 'panama-presidential-election', period: '2024-05-26', from: 'previous sentence' },
  { why: 'a sentence between that names no one and opens with no pronoun breaks the chain', text: 'Mulino, a 65-year-old lawyer, won the presidency.\nThe rain came early that year.\nSince his election on May 26, he has spoken of little else.', date: '2024-08-01', metric: 'panama-presidential-election', period: null },
  { why: 'an event the sentence before told, opening this one as known ("The handover")', text: 'In May, Ambassador Kevin Cabrera handed Panama 16 boats.\nThe handover took place on Thursday, May 15.', date: '2025-06-01', metric: 'cabrera-darien-donation-handover', period: '2025-05-15', from: 'previous sentence' },
  { why: '"The handover" after a sentence that told it with no date', text: 'Ambassador Kevin Cabrera handed over boats and motors to the Ministry of Security.\nThe handover took place on May 15.', date: '2025-06-01', metric: 'cabrera-darien-donation-handover', period: '2025-05-15', from: 'previous sentence' },
  { why: 'a pronoun past a sentence that names two people may be the other one\'s', text: 'Mulino met Kristi Noem in Panama City last week.\nShe praised the fall in crossings.\nShe took office as homeland security secretary in January 2025.', date: '2025-03-01', metric: 'mulino-inauguration', period: null },
  { why: 'a possessive in a sentence that names someone before it is that one\'s', text: 'Mulino met Colombian President Gustavo Petro.\nPetro has governed since his election in June 2022.', date: '2025-03-01', metric: 'panama-presidential-election', period: null },
  { why: '"The handover" after a sentence that told no handover is anyone\'s', text: 'Kevin Cabrera toured the province in May.\nThe handover took place on Thursday, May 15.', date: '2025-06-01', metric: 'cabrera-darien-donation-handover', period: null },
  { why: 'a pronoun for someone named by an office stands for the office, and so the place', text: "# Panama asks for help\n\nForeign Minister Erika Mouynes has pressed for help.\nShe convened the first regional ministerial meeting on migration in July 2021.", date: '2021-11-04', metric: 'first-regional-migration-ministerial', period: '2021-07', from: 'context' },
  { why: '… but not someone named without an office', text: "# Panama asks for help\n\nErika Mouynes has pressed for help.\nShe convened the first regional ministerial meeting on migration in July 2021.", date: '2021-11-04', metric: 'first-regional-migration-ministerial', period: null },
  { why: 'an office-holder named with her office in the sentence names the place of her country\u2019s event', text: 'Foreign Minister Erika Mouynes, in office since December 2020, convened the first regional ministerial on migration in July.', date: '2021-11-04', metric: 'first-regional-migration-ministerial', period: '2021-07', from: 'sentence' },
  { why: '… and a month in her term the event names is the event\u2019s date, not a day of her term', text: 'Erika Mouynes, canciller desde diciembre de 2020, organizó en julio la primera reunión ministerial sobre migración de la región.', date: '2021-11-04', metric: 'first-regional-migration-ministerial', period: '2021-07', from: 'sentence', language: 'es' },
  { why: '… but her name without her office names no place', text: 'Erika Mouynes convened the first regional ministerial on migration in July.', date: '2021-11-04', metric: 'first-regional-migration-ministerial', period: null },
  { why: 'a day in words with "that year" takes the year named before', text: 'Mulino took office on July 1, 2024.\nHe had won the presidential election on the fifth of June that year.', date: '2026-01-08', metric: 'panama-presidential-election', period: '2024-06-05', from: 'previous sentence' },
];

describe.each([
  ['the one a pronoun, a possessive or a known event stands for, named before', REFERRED],
  ['an office without its country stands for the place named around it', STANDS_FOR_PLACE],
  ['a pronoun after an event phrase that opens the sentence', PRONOUN_AFTER],
  ['phrases of the catalogue\u2019s events as reporters write them', PHRASES],
  ['an event\u2019s place alone does not name an event the catalogue describes by who', NAMED],
] as const)('events: %s', (_, rows) => {
  it.each(rows.map((row) => [row.why, row] as const))('%s', (_, row) => {
    const event = eventOf(row);
    if (row.period === null) {
      expect(event, `read ${event?.period?.text} from: ${row.text}`).toBeNull();
      return;
    }
    expect([event?.period?.text, event?.metricFrom]).toEqual([row.period, row.from]);
  });
});

describe('events: lint checks a date read through an office against the registry', () => {
  const findings = (line: string) =>
    lintDrafts({ registry, drafts: [{ path: 'draft.md', text: `---\ntitle: "Panama closes the route"\ndate: 2024-08-01\n---\n\n${line}\n` }], minSeverity: 'warning' }).report.findings.map((f) => `${f.location.line}:${f.location.column} ${f.check} ${f.severity}`);
  it('a wrong date is reported where it stands, as a warning: the place came from the title', () => {
    expect(findings('His government signed a deportation memorandum with Washington on June 28, 2024.')).toEqual(['6:67 event-date warning']);
  });
  it('the right date is left clean', () => {
    expect(findings('His government signed a deportation memorandum with Washington on July 1, 2024.')).toEqual([]);
  });
  const later = (line: string) =>
    lintDrafts({ registry, drafts: [{ path: 'draft.md', text: `---\ntitle: "Panama closes the route"\ndate: 2026-03-02\n---\n\nMulino was sworn in as president on the first of June 2024.\n\n${line}\n` }], minSeverity: 'warning' }).report.findings.filter((f) => f.location.line === 8).map((f) => `${f.location.line}:${f.location.column} ${f.check} ${f.severity}`);
  it('a day written without its year, on a page two years on, is the event\'s day in the year the registry gives it', () => {
    expect(later("His government's memorandum with Washington on deportation flights was signed on July 1.")).toEqual([]);
  });
  it('a day the event never had is still reported, whatever year the reader lent it', () => {
    expect(later("His government's memorandum with Washington on deportation flights was signed on July 10.")).toEqual(['8:82 event-date warning']);
  });
});

describe('events: "that same Monday" refers back', () => {
  it('"sworn in on July 1, and that same Monday his government signed a memorandum": no Monday counted from the page date', () => {
    const text = '# Panama\n\nMulino was sworn in on July 1, 2024, and that same Monday his government signed a memorandum with Washington on deportation flights.';
    const events = readText(text, { catalogue, pageDate: parsePeriod('2025-01-03'), hardLineBreaks: true, purpose: 'lint', language: 'en' }).figures.filter((f) => f.kind === 'event');
    expect(events.map((f) => f.period?.text)).toEqual(['2024-07-01']);
  });
});
