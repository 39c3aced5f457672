/**
 * Terms of office (src/reader/term-events.ts): an event the catalogue dates as a span, Erika
 * Mouynes's term as foreign minister (2020-12-02 to 2022-10-10 in claims/metrics.yaml). A date
 * said of its start or its end is read with that bound, and lint holds it to the term's first or
 * last day. Each reading row is a sentence written for the test and the dates it must be read as.
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
const TERM = 'mouynes-foreign-minister-term';

/** Each date read for the term, as "period bound" ("-" for a day within it). */
function termDates(text: string, language: 'en' | 'es' = 'en'): string[] {
  const figures = readText(text, { catalogue, pageDate: parsePeriod('2022-11-01'), hardLineBreaks: true, purpose: 'lint', language }).figures;
  return figures.filter((f) => f.kind === 'event' && f.metric?.id === TERM).map((f) => `${f.period?.text ?? 'unresolved'} ${f.bound ?? '-'}`);
}

describe('term-events: the dates a sentence gives a term, with their bound', () => {
  it.each([
    ['"since" a month: the start', 'Foreign Minister Erika Mouynes, in the post since December 2019, co-hosted the talks.', 'en', ['2019-12 start']],
    ['"from … until …": both ends', 'The minister was Erika Mouynes, in office from 2 December 2020 until October 2022.', 'en', ['2020-12-02 start', '2022-10 end']],
    ['"from … to …", one span: its two ends', 'Erika Mouynes led the ministry from December 2020 to October 2022.', 'en', ['2020-12 start', '2022-10 end']],
    ['"left office on": the end', 'Mouynes, who had led the ministry since December 2, 2020, left office on September 30.', 'en', ['2020-12-02 start', '2022-09-30 end']],
    ['"stepped down on": the end', 'Mouynes stepped down on Oct. 3.', 'en', ['2022-10-03 end']],
    ['Spanish "desde … hasta …": both ends', 'Mouynes, canciller desde el 2 de diciembre de 2021 hasta el 10 de octubre de 2022, encabezó esa diplomacia.', 'es', ['2021-12-02 start', '2022-10-10 end']],
    ['Spanish "renunció el": the end', 'La canciller Erika Mouynes renunció el 10 de octubre de 2022.', 'es', ['2022-10-10 end']],
    ['another minister\'s term is not hers', 'Janaina Tewaney, in office since October 2022, met the delegation.', 'en', []],
    ['her successor\'s start, "replacing Erika Mouynes", is not hers', 'Janaina Tewaney took office as foreign minister on October 10, 2022, replacing Erika Mouynes.', 'en', []],
    ['"was foreign minister until": the end', 'Erika Mouynes, who was foreign minister until October 2022, spoke.', 'en', ['2022-10 end']],
    ['the office with her name dates her term', 'Foreign Minister Erika Mouynes met regional envoys in March 2022.', 'en', ['2022-03 -']],
    ['"former" before the office: no date of the term', 'Former foreign minister Erika Mouynes said in March 2024 that the flow would grow.', 'en', []],
    ['the day someone spoke is no date of the term', 'Mouynes, Panama\'s foreign minister until October 2022, said on Monday that the flow would grow.', 'en', ['2022-10 end']],
  ] as const)('%s', (_, text, language, dates) => {
    expect(termDates(text, language)).toEqual(dates);
  });
});

describe('term-events: lint holds a start or an end to the term\'s first or last day', () => {
  const findings = (line: string, language = 'en') =>
    lintDrafts({ registry, drafts: [{ path: 'draft.md', text: `---\ntitle: "Panama's diplomacy"\ndate: 2022-11-01\nlang: ${language}\n---\n\n${line}\n` }], minSeverity: 'warning' })
      .report.findings.filter((f) => f.check === 'event-date')
      .map((f) => `${f.location.line}:${f.location.column} ${f.severity}`);
  it.each([
    ['the right start, said as "since"', 'Foreign Minister Erika Mouynes, in the post since December 2020, co-hosted the talks.', 'en'],
    ['the right start and end', 'The minister was Erika Mouynes, in office from 2 December 2020 until October 2022.', 'en'],
    ['the right end, as a day', 'Mouynes left office on Oct. 10, 2022.', 'en'],
    ['a day within the term, with no bound', 'Foreign Minister Erika Mouynes co-hosted the talks on April 20, 2022.', 'en'],
    ['Spanish, both right', 'Mouynes, canciller desde el 2 de diciembre de 2020 hasta el 10 de octubre de 2022, encabezó esa diplomacia.', 'es'],
    ['"who took over the ministry in" the right month', 'Foreign Minister Erika Mouynes, who took over the ministry in December 2020, co-hosted the talks.', 'en'],
  ] as const)('passes: %s', (_, line, language) => {
    expect(findings(line, language)).toEqual([]);
  });
  it.each([
    ['a start a year early', 'Foreign Minister Erika Mouynes, in the post since December 2019, co-hosted the talks.', 'en', ['7:51 error']],
    ['an end ten days early', 'Mouynes, who had led the ministry since December 2, 2020, left office on September 30.', 'en', ['7:74 error']],
    ['an end that is a day within the term, said as her stepping down', 'Mouynes stepped down on Oct. 3.', 'en', ['7:25 error']],
    ['Spanish, a start a year late', 'Mouynes, canciller desde el 2 de diciembre de 2021 hasta el 10 de octubre de 2022, encabezó esa diplomacia.', 'es', ['7:29 error']],
    ['"who took over the ministry in": a start a year late', 'Foreign Minister Erika Mouynes, who took over the ministry in December 2021, co-hosted the talks.', 'en', ['7:63 error']],
    ['Spanish "llegó a la Cancillería en": a start a year late', 'Erika Mouynes, que llegó a la Cancillería en diciembre de 2021, encabezó esa diplomacia.', 'es', ['7:46 error']],
  ] as const)('reports: %s', (_, line, language, expected) => {
    expect(findings(line, language)).toEqual(expected);
  });
});
