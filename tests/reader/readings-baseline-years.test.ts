/**
 * A baseline said with its year's possessive ("ahead of 2022's 248,284") and a span since an event to
 * a day named ("By July 17, … since the inauguration"), read as lint reads them. Kept in a file of its
 * own: tests/reader/readings.test.ts holds a row ("against a pre-surge norm of about 10,000 a year")
 * whose reading depends on what the process read before it, which the session that found it could
 * not trace (its notes say so); rows added there moved it.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/drafts/metrics.js';
import { readText } from '../../src/reader/read.js';
import { parsePeriod } from '../../src/model/period.js';
import { loadRegistry } from '../../src/registry/load.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const registry = loadRegistry({ paths: [resolve(root, 'claims')] });
const catalogue = buildCatalogue(registry.metrics, registry.claims);

function read(text: string, date: string, figure: string) {
  const found = readText(text, { catalogue, pageDate: parsePeriod(date), hardLineBreaks: true, purpose: 'lint', language: 'en' }).figures.find((f) => f.text === figure || f.text.endsWith(` ${figure}`));
  if (!found) throw new Error(`"${figure}" not read from: ${text}`);
  return found;
}

describe('a baseline said with its year\u2019s possessive, and a span since an event to a day', () => {
  it('"ahead of 2022\u2019s 248,284": the possessive year is the figure\u2019s own, not a bound "ahead of 2022"', () => {
    const found = read('Panama reported Friday that 302,203 migrants crossed the Darién Gap in 2024. It was still the second-highest count on record, ahead of 2022\u2019s 248,284.', '2025-01-03', '248,284');
    expect([found.metric?.id, found.period?.text]).toEqual(['darien-crossings', '2022']);
  });
  it('… but "Before 2022\u2019s surge, about 10,000 crossed each year" is still before 2022', () => {
    const found = read('Before 2022\u2019s surge, about 10,000 people crossed the Darién each year.', '2025-01-03', 'about 10,000');
    expect([found.period, found.reason]).toEqual([null, 'period-unresolved']);
  });
  it('"By July 17, SENAFRONT had counted 11,363 crossings since the inauguration": from the event\u2019s day to the day named', () => {
    const found = read('Mulino took office on July 1, 2024. By July 17, SENAFRONT had counted 11,363 crossings of the Darién since the inauguration.', '2025-01-03', '11,363');
    expect([found.metric?.id, found.period?.text]).toEqual(['darien-crossings', '2024-07-01/2024-07-17']);
  });
});
