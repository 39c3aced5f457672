/**
 * rate-total on drafts, as RuleTester runs a rule, against the bundled registry (25,332 crossings
 * in August 2021; 2,461 a day "at its peak in August", 002): a draft's rate the registry holds as
 * that time's peak, said without the word, is held as a peak; one the draft says is an average is
 * held to the month's total.
 */
import { describe } from 'vitest';
import { rateTotal } from '../../src/checks/rules/rate-total.js';
import { bundledFindingsOf, datedDraft as draft, draftCaseTester, type DraftCase } from '../helpers/draft-cases.js';

const findingsOf = bundledFindingsOf(rateTotal.meta.id);

const valid: DraftCase[] = [
  { name: '"By August 2021 the count had reached 25,332, some 820 a day": the average of the count before it, which fits', text: draft('2022-03-01', 'By August 2021 the monthly count of Darién crossings had reached 25,332, some 820 a day.') },
  { name: 'the registry\'s peak of August 2021, said without the word ("fell from 2,461 a day in August 2021 to 140")', text: draft('2022-03-01', 'The foreign minister said the daily flow through the Darién had fallen from 2,461 people in August 2021 to 140.') },
  { name: 'a normal year "before the surge began in 2021" is no rate over 2021', text: draft('2024-07-19', 'Before the surge began in 2021, about 10,000 people passed through the Darién in a normal year, according to the government.') },
  { name: 'a normal year "before the surge of 2021" is no rate over 2021', text: draft('2025-01-06', 'Before the surge of 2021, the Panamanian government has said, about 10,000 people passed through the Darién in a normal year.') },
  { name: 'a daily average that fits the month\'s total (about 817 a day in August 2021)', text: draft('2022-03-01', 'In August 2021, about 817 people a day crossed the Darién on average.') },
  { name: 'a rate per hour that fits the month\'s total (25,332 in August 2021 is about 34 an hour)', text: draft('2022-03-01', 'In August 2021, about 34 people an hour crossed the Darién.') },
  { name: 'the registry\'s spot rate of February 2022 ("just 140 today"), said without the word, is no average of the month', text: draft('2023-10-02', 'In February 2022, Foreign Minister Erika Mouynes put the flow through the Darién at just 140 a day.') },
  { name: 'a bound ending in 5 is a round half unit: "more than 750 a day" in February 2023 agrees with the draft\'s "more than 22,000" for the month (785 a day)', text: draft('2023-03-06', 'In February 2023, more than 22,000 people crossed the Darién.', 'On average, more than 750 people a day came out of the jungle in February 2023.') },
  { name: 'a rate a year fell to, far below the year\'s average, is no slip: a flow can collapse within a year ("in 2025 … fell to about 10 a month")', text: draft('2026-01-12', 'In 2025, crossings of the Darién fell to about 10 a month.') },
];

const invalid: DraftCase[] = [
  {
    name: '"By August 2021 the count had reached 25,332, some 1,200 a day": a rate set after a count by a comma is its average, though the period is said with "by"',
    text: draft('2022-03-01', 'By August 2021 the monthly count of Darién crossings had reached 25,332, some 1,200 a day.'),
    errors: [{ messageId: 'averageMismatch', line: 4, column: 74, severity: 'error' }],
  },
  {
    name: 'a rate a year fell to, ten times the year\'s average ("en 2020 el tránsito cayó a unas 6.465 personas al mes": the year\'s total said per month)',
    text: draft('2023-06-12', 'In 2020, with the pandemic, crossings of the Darién fell to about 6,465 a month.'),
    errors: [{ messageId: 'spotFarAboveTotal', line: 4, column: 61, severity: 'warning' }],
  },
  {
    name: 'a February 2022 rate the registry does not give as said at a moment is held to the month\'s total (4,262)',
    text: draft('2023-10-02', 'In February 2022, some 300 people a day crossed the Darién.'),
    errors: [{ messageId: 'averageMismatch', line: 4, column: 19, severity: 'error' }],
  },
  {
    name: 'the same figure said to be the month\'s average ("August 2021 as a whole averaged 2,461 crossings a day")',
    text: draft('2022-03-01', 'Crossings of the Darién peaked in 2021.', 'August 2021 as a whole averaged 2,461 crossings a day.'),
    errors: [{ messageId: 'averageMismatch', line: 5, column: 33, severity: 'warning' }],
  },
  {
    name: 'a daily rate given per hour ("817 people every hour" in August 2021: 24 times the month\'s total)',
    text: draft('2022-03-01', 'In August 2021, some 817 people crossed the Darién every hour.'),
    // 817 × 24 a day over the month is more than the whole year's 133,726, too.
    errors: [
      { messageId: 'exceedsEnclosing', line: 4, column: 17, severity: 'error' },
      { messageId: 'averageMismatch', line: 4, column: 17, severity: 'error' },
    ],
  },
];

describe('rate-total on drafts', () => {
  draftCaseTester(findingsOf, { valid, invalid });
});
