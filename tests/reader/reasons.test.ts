/**
 * Every reason a figure is left unchecked, from the one table of them (src/reader/reasons.ts),
 * with a sentence written for the test that must be given it.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/drafts/metrics.js';
import { lintDrafts } from '../../src/drafts/lint.js';
import { readText } from '../../src/reader/read.js';
import { parsePeriod } from '../../src/model/period.js';
import { UNCHECKED_REASONS, type UncheckedReason } from '../../src/reader/reasons.js';
import { loadRegistry } from '../../src/registry/load.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const registry = loadRegistry({ paths: [resolve(root, 'claims')] });
const catalogue = buildCatalogue(registry.metrics);

const CASES: ReadonlyArray<readonly [UncheckedReason, string, string | null, string]> = [
  ['no-metric', 'The ferry carried 40 tourists to the islands in 2023.', '2024-01-10', '40'],
  ['no-period', 'Some 3,000 migrants crossed the Darién Gap.', '2024-01-10', '3,000'],
  ['period-unresolved', 'In fiscal year 2023, 3,000 migrants crossed the Darién Gap.', '2024-01-10', '3,000'],
  ['period-needs-date', 'Last year, 3,000 migrants crossed the Darién Gap.', null, '3,000'],
  ['as-of-needs-date', 'Some 2,000 migrants are camped in Necoclí waiting for boats.', null, '2,000'],
  ['respectively', 'In 2022 and 2023, respectively, 248,284 and 520,085 people crossed the Darién Gap.', '2024-01-10', '248,284'],
  ['forecast', 'More than 400,000 migrants are expected to cross the Darién Gap this year.', '2023-04-14', '400,000'],
  ['one-group', 'Venezuelans dominated the flow with more than 150,000 crossings of the Darién in 2023.', '2024-01-10', '150,000'],
  ['retracted', 'Correction: An earlier version of this story said 32 boats were handed over in the Darién.', '2025-05-26', '32'],
  ['negated', 'Panama counted 3,091 crossings of the Darién in 2025, not 30,910.', '2026-01-07', '30,910'],
  ['asked', 'Did crossings of the Darién grow 300% in 2022?', '2023-09-25', '300%'],
  ['disputed', 'The figure of 8,456 crossings of the Darién for January and February 2022 that one newspaper gave does not match the migration service\'s monthly counts.', '2023-03-14', '8,456'],
  ['capacity', 'In 2024, the migrant reception centers in the Darién had capacity for 2,000 people.', '2024-08-01', '2,000'],
  ['age', 'Chamorro, 52, said 3,000 migrants crossed the Darién Gap in 2024.', '2025-01-10', '52'],
  ['part-of-group', 'Two of the migrants who crossed the Darién Gap in 2023 died.', '2024-01-10', 'Two'],
  ['part-of-opening', 'Of the 1,427 people who arrived at the Darién stations on April 30, 304 were minors.', '2023-05-02', '304'],
  ['threshold', 'Crossings of the Darién Gap fell below the 100 mark in June 2025.', '2025-08-01', '100'],
  ['running-total', '**2021:** 133,726 crossed the Darién Gap, for a running total of 237,639.', '2026-01-05', '237,639'],
  ['share-of-total', 'In 2023, 110,000 crossed the Darién Gap (21% of the total).', '2024-01-10', '110,000'],
  ['addition', 'Another 40 migrants crossed the Darién Gap in 2023.', '2024-01-10', '40'],
  ['proportion', 'One in five migrants crossed the Darién Gap in 2023.', '2024-01-10', 'five'],
  ['group-size', 'Migrants crossed the Darién Gap in 2023 in groups of 50.', '2024-01-10', '50'],
  ['extreme', 'Between 2015 and 2020 the yearly crossings of the Darién Gap swung from a low of 6,465 to a high of 30,055.', '2023-03-10', '30,055'],
  ['gap', 'Officials counted 520,085 crossings of the Darién Gap in 2023, a gap of about 9,000 with the president’s count.', '2025-01-10', '9,000'],
  ['no-event', 'The ministerial summit opened on April 19, 2022.', '2022-04-20', 'April 19, 2022'],
  ['fraction', 'In 2023 the Darién crossings column reads 1,424.9.', '2024-01-10', '1,424.9'],
  ['signed', 'Darién crossings, change on the year: for 2024 it is −117,882.', '2025-01-10', '117,882'],
  ['margin', 'A poll after the May 2024 election, which Mulino won by nearly ten percentage points, has a margin of error of ±2.8 percentage points.', '2025-01-10', '2.8'],
  ['mean', 'Over 2015 to 2020 the mean of Darién crossings was about 17,300.', '2021-01-10', 'about 17,300'],
  ['called-an-error', 'Officials said 9,002 migrants crossed the Darién Gap in the first two weeks of 2025. A week later they said the figure was a statistical error.', '2025-01-24', '9,002'],
  ['another-counter', 'Colombian authorities counted 106,838 migrants who crossed the Darién Gap into Panama in 2021.', '2022-01-22', '106,838'],
];

describe('why a figure is unchecked: one id per reason', () => {
  it.each(CASES)('%s: %s', (reason, text, date, figure) => {
    const { figures } = readText(text, { catalogue, pageDate: date ? parsePeriod(date) : null, hardLineBreaks: true, purpose: 'extract' });
    const found = figures.find((f) => f.text === figure || f.text.endsWith(` ${figure}`));
    expect(found, `"${figure}" not read`).toBeDefined();
    expect([found!.reason, found!.problem]).toEqual([reason, expect.stringContaining(UNCHECKED_REASONS[reason].split('{{')[0]!.slice(0, 20))]);
  });

  it('lint names the id in the message: a comparison whose figures are nowhere', () => {
    const report = lintDrafts({ registry, drafts: [{ path: 'd.md', text: 'Crossings of the Darién Gap in 2012 were 9,000 fewer than in 2011.' }], date: parsePeriod('2024-01-10'), minSeverity: 'info' }).report;
    const finding = report.findings.find((f) => f.check === 'unchecked')!;
    expect(finding.message).toBe('"9,000" is not checked (open-comparison): it compares figures that are in neither the draft nor the registry.');
  });

  it('another-counter from the title: a text headed as Colombia\'s count, unless the sentence names Panama\'s', () => {
    const reasonOf = (text: string, figure: string) => readText(text, { catalogue, pageDate: parsePeriod('2024-01-30'), hardLineBreaks: true, purpose: 'lint' }).figures.find((f) => f.text === figure)?.reason;
    const title = '# Migración Colombia warns of more crossings through Necoclí and the Darién\n\n';
    expect(reasonOf(`${title}In 2023 a total of 539,959 migrants crossed the Darién jungle.`, '539,959')).toBe('another-counter');
    expect(reasonOf(`${title}Panama's National Migration Service counted 520,085 migrants crossing the Darién in 2023.`, '520,085')).toBeNull();
    expect(reasonOf('# Crossings of the Darién\n\nIn 2023 a total of 520,085 migrants crossed the Darién jungle.', '520,085')).toBeNull();
    // "the country's authorities" in a text placed in Colombia are Colombia's.
    const placed = '# 2021 was the busiest year for migrants passing through Colombia in 15 years\n\n';
    expect(reasonOf(`${placed}In 2021 the country's migration authorities counted 106,838 migrants who crossed the Darién into Panama.`, '106,838')).toBe('another-counter');
    expect(reasonOf(`${placed}In 2021 Panama's migration service counted 133,726 migrants who crossed the Darién.`, '133,726')).toBeNull();
  });

  it('another-counter in the sentence: Colombia\'s Ombudsman, or the Colombian side of the route, is another count than Panama\'s', () => {
    const reasonOf = (text: string, figure: string) => readText(text, { catalogue, pageDate: parsePeriod('2025-02-07'), hardLineBreaks: true, purpose: 'lint', language: 'es' }).figures.find((f) => f.text === figure)?.reason;
    expect(reasonOf('Según la Defensoría del Pueblo de Colombia, 390.000 migrantes cruzaron el Tapón del Darién en 2024.', '390.000')).toBe('another-counter');
    expect(reasonOf('En 2024 pasaron 390.000 personas por la región colombiana del Urabá rumbo al Tapón del Darién.', '390.000')).toBe('another-counter');
    // Panama has a Defensoría del Pueblo too: named alone, it says nothing of whose count it is.
    expect(reasonOf('Según la Defensoría del Pueblo, 302.203 migrantes cruzaron el Tapón del Darién en 2024.', '302.203')).toBeNull();
  });

  it('every reason in the table has a case here', () => {
    expect(new Set([...CASES.map(([reason]) => reason), 'open-comparison'])).toEqual(new Set(Object.keys(UNCHECKED_REASONS)));
  });
});
