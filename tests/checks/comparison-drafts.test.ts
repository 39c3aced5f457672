/**
 * comparison on drafts, as RuleTester runs a rule, against the bundled registry (302,203 crossings
 * in 2024, 3,091 in 2025, about 10,000 in a normal year before the surge, 002): a round multiple in
 * digits is as round as a round count, and "a third of that" after a figure of its own sentence is
 * that figure.
 */
import { describe } from 'vitest';
import { comparison } from '../../src/checks/rules/comparison.js';
import { bundledFindingsOf, datedDraft as draft, draftCaseTester, type DraftCase } from '../helpers/draft-cases.js';

const findingsOf = bundledFindingsOf(comparison.meta.id);
/** A Spanish draft: its front matter says so, and its second line is line 6. */
const draftEs = (date: string, ...lines: string[]): string => `---\ndate: ${date}\nlang: es\n---\n${lines.join('\n')}\n`;

const valid: DraftCase[] = [
  { name: '"a ratio of almost 21 to one" for 133,726 against 6,465 (20.7): the first term is the figure said first', text: draft('2022-04-22', 'SNM counted 133,726 crossings of the Darién in 2021 and 6,465 in 2020, a ratio of almost 21 to one.') },
  { name: '"nearly 100 times" for 302,203 ÷ 3,091 = 97.8', text: draft('2026-01-09', 'And 2024 still saw nearly 100 times as many crossings of the Darién as 2025.') },
  { name: '"less than a third of that": that is the normal year said before it, not a figure of the sentence before', text: draft('2026-01-09', 'On May 22 the embassy handed over 16 boats and 32 motors.', 'Before 2021, the government has said, about 10,000 people crossed the Darién in a normal year, and 2025 came in at less than a third of that.') },
  { name: 'a change that fits the registry\'s figures, set against a draft figure the registry contradicts (the draft\'s 284,000 for 2022 is wrong, not "86%")', text: draft('2023-01-24', 'In 2022, 284,000 migrants crossed the Darién, against 133,726 in 2021.', 'Put another way, the flow grew 86% from one year to the next.') },
  { name: 'a share summed from the registry\'s months that fits: August to October 2021 (25,332 + 25,505 + 25,904 = 76,741) were more than half of 2021\'s 133,726 (57.4%)', text: draft('2022-04-22', 'August, September and October 2021 together made up more than half of the 133,726 crossings of the Darién in 2021.') },
  { name: 'a span set against another year is no share and is not summed: "no year from 2015 to 2020 reached a quarter of 2021\'s total" means each year, not their sum', text: draft('2022-04-22', 'In 2021, 133,726 people crossed the Darién.', 'No year from 2015 to 2020 reached a quarter of 2021\'s total.') },
  { name: 'a difference after a comma against a sum of years is no share and is not summed ("25.904, más que en 2017 y 2018 juntos" is the count itself)', text: draft('2023-02-01', 'En octubre de 2021 cruzaron la selva del Darién 25.904 migrantes.', 'Solo en octubre de aquel año cruzaron 25.904, más que en 2017 y 2018 juntos.') },
  { name: 'a ratio that ends the sentence after two counts compares those two: "133,726 … and in 2019, 22,102: about six times as many" (6.05), not 2019 against 2018', text: draft('2022-09-12', 'In 2021, 133,726 people crossed the Darién and in 2019, 22,102: about six times as many.') },
  { name: 'a share in percent that fits the months summed: August to October 2021 made up more than half of 2021 (57.4%)', text: draft('2022-06-01', 'In 2021, 133,726 people crossed the Darién.', 'August, September and October together made up more than 55% of last year\'s 133,726 crossings of the Darién.') },
  { name: 'a proportion of the year that fits: August to October 2021 (76,741 of 133,726, 57.4%) were "nearly six in ten" of the year\'s crossings', text: draft('2022-02-14', 'In 2021, 133,726 people crossed the Darién.', 'August, September and October made up nearly six in ten of the year\'s crossings.') },
  { name: 'a proportion of a group is no ratio of the year: "one in five of last year\'s crossers was a child" is not set against the year\'s count', text: draft('2022-02-14', 'In 2021, 133,726 people crossed the Darién.', 'One in five of last year\'s crossers was a child, UNICEF said.') },
];

const invalid: DraftCase[] = [
  {
    name: 'a share in percent of a whole: "more than 70% of last year\'s 133,726 crossings" for August to October 2021, whose months add up to 57.4%',
    text: draft('2022-06-01', 'In 2021, 133,726 people crossed the Darién.', 'August, September and October together made up more than 70% of last year\'s 133,726 crossings of the Darién.'),
    errors: [{ messageId: 'mismatch', line: 5, column: 48, severity: 'warning' }],
  },
  {
    name: '… and one that does not fit them is reported against them: "about three times as many" for 133,726 ÷ 22,102 = 6.05',
    text: draft('2022-09-12', 'In 2021, 133,726 people crossed the Darién and in 2019, 22,102: about three times as many.'),
    errors: [{ messageId: 'mismatch', line: 4, column: 65, severity: 'error' }],
  },
  {
    name: 'a share of a year by months no source totals: "more than two-thirds" for August to October 2021, whose months add up to 76,741 of 133,726 (57.4%)',
    text: draft('2022-04-22', 'In August, September and October 2021, 25,332, 25,505 and 25,904 migrants crossed the Darién.', 'Those three months alone accounted for more than two-thirds of 2021\'s 133,726.'),
    errors: [{ messageId: 'mismatch', line: 5, column: 40, severity: 'warning' }],
  },
  {
    name: '"those first 17 days" of a month said before are that span, and the month named after a baseline in 2023 is still 2024\'s: 11,363 of July 2024\'s 20,519 is 55.4%, not more than two-thirds',
    text: draft('2024-10-21', 'In the first 17 days of July, 11,363 migrants came through the Darién jungle.', 'That was some 19,000 fewer than in the same stretch of 2023.', 'July as a whole closed with 20,519 crossings.', 'More than two-thirds of the month\'s arrivals came in those first 17 days.'),
    errors: [{ messageId: 'mismatch', line: 7, column: 1, severity: 'warning' }],
  },
  {
    name: '"more than double that figure" after "248,284, nearly triple the 2021 total": only the "triple" is wrong; that figure is the count, not the "triple" after it',
    text: draft('2024-12-09', 'The surge began in 2021, when 133,726 people crossed the Darién.', 'The next year the count reached 248,284, nearly triple the 2021 total.', 'Then came 2023, when more than half a million crossed, more than double that figure.'),
    errors: [{ messageId: 'mismatch', line: 5, column: 42, severity: 'warning' }],
  },
  {
    name: '"a ratio of almost 40 to one" for 133,726 and 6,465, which are 20.7 to one',
    text: draft('2022-04-22', 'SNM counted 133,726 crossings of the Darién in 2021 and 6,465 in 2020, a ratio of almost 40 to one.'),
    errors: [{ messageId: 'mismatch', line: 4, column: 83, severity: 'error' }],
  },
  {
    name: '"nearly 50 times" for 97.8',
    text: draft('2026-01-09', 'And 2024 still saw nearly 50 times as many crossings of the Darién as 2025.'),
    errors: [{ messageId: 'mismatch', line: 4, column: 20, severity: 'error' }],
  },
  {
    name: '… but a change that fits neither the draft\'s figures nor the registry\'s is reported ("60%" against 112% and 85.7%)',
    text: draft('2023-01-24', 'In 2022, 284,000 migrants crossed the Darién, against 133,726 in 2021.', 'Put another way, the flow grew 60% from one year to the next.'),
    errors: [{ messageId: 'mismatch', line: 5, column: 32, severity: 'warning' }],
  },
  {
    name: 'a proportion of the year by months no source totals: "nearly nine in ten" for August to October 2021, 76,741 of 133,726 (57.4%)',
    text: draft('2022-02-14', 'In 2021, 133,726 people crossed the Darién.', 'August, September and October made up nearly nine in ten of the year\'s crossings.'),
    errors: [{ messageId: 'mismatch', line: 5, column: 39, severity: 'warning' }],
  },
  {
    name: 'a Spanish proportion of "aquel año" after a count: "casi nueve de cada diez" for 76,741 of 133,726 (57.4%)',
    text: draftEs('2022-02-14', 'En 2021 cruzaron el Darién 133.726 personas.', 'Agosto, septiembre y octubre de 2021 sumaron 76.741 cruces, casi nueve de cada diez de aquel año.'),
    errors: [{ messageId: 'mismatch', line: 6, column: 61, severity: 'error' }],
  },
  {
    name: 'a Spanish proportion with the flow\'s noun after it and no count: "tres de cada cuatro ingresos de ese año" for the months August to October 2021 (57.4%)',
    text: draftEs('2022-02-14', 'En 2021 cruzaron el Darién 133.726 personas.', 'Los tres meses de agosto a octubre concentraron tres de cada cuatro ingresos de ese año.'),
    errors: [{ messageId: 'mismatch', line: 6, column: 49, severity: 'warning' }],
  },
];

describe('comparison on drafts', () => {
  draftCaseTester(findingsOf, { valid, invalid });
});
