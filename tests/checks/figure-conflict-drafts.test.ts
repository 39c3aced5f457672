/**
 * figure-conflict on drafts, as RuleTester runs a rule: drafts that must pass, and drafts that must
 * be reported with the message id, line, column and severity of each finding, against the bundled
 * registry (20 other representatives at the April 2022 ministerial; 248,284 for 2022; 133,726 for
 * 2021). The rough rule: intervals that meet only at their edges, neither figure inside the other's.
 */
import { describe } from 'vitest';
import { figureConflict } from '../../src/checks/rules/figure-conflict.js';
import { bundledFindingsOf, datedDraft as draft, draftCaseTester, type DraftCase } from '../helpers/draft-cases.js';

const findingsOf = bundledFindingsOf(figureConflict.meta.id);

const MINISTERIAL = 'Blinken and Foreign Minister Erika Mouynes sat down with';

const valid: DraftCase[] = [
  { name: 'the registry\'s own figure, hedged ("some 20")', text: draft('2022-04-21', `${MINISTERIAL} some 20 other representatives from across the hemisphere.`) },
  { name: 'a hedged figure whose reading holds the registry\'s ("about 21" holds 20)', text: draft('2022-04-21', `${MINISTERIAL} about 21 other representatives from across the hemisphere.`) },
  { name: 'a bound is held to its bound, not its figure ("fewer than 30")', text: draft('2022-04-21', `${MINISTERIAL} fewer than 30 other representatives from across the hemisphere.`) },
  { name: 'counts a unit apart are how agencies differ (248,283 against 248,284)', text: draft('2023-02-01', 'In 2022, 248,283 migrants crossed the Darién Gap.') },
  { name: 'a running total to a vague day that meets the registry\'s count to a day in it ("By mid-July of last year, more than 200,000")', text: draft('2025-03-01', 'By mid-July of last year, more than 200,000 people had crossed the Darién Gap in 2024.') },
  { name: 'a figure of its own vague period after a running total is not held to the running total\'s span ("which leaves about 90,000 for the rest of the year")', text: draft('2025-01-03', 'Between January and mid-July more than 212,000 had already crossed the Darién Gap, which leaves at most about 90,000 for the rest of the year.') },
  { name: 'a running total a day after the registry\'s, the same figure ("more than 7 million since Biden took office", the registry\'s to July 17)', text: draft('2024-07-18', 'More than 7 million migrants have crossed the U.S.-Mexico border illegally since President Joe Biden took office.') },
  { name: 'a running total two days later, grown a little ("more than 214,000 so far this year" on July 19)', text: draft('2024-07-19', 'More than 214,000 migrants have crossed the Darién Gap so far this year.') },
  { name: 'a running total "through mid-December" is not held to the whole year\'s total, which ends on the 31st', text: draft('2021-12-16', 'Through mid-December, 126,675 migrants had entered Panama after crossing the Darien Gap, according to the latest data.') },
  { name: 'a rate reached by a vague day is no running total', text: draft('2025-03-01', 'By mid-July of last year, about 500 people a day were crossing the Darién Gap.') },
  { name: 'a round mark the count passed is its bound ("topped 240,000" of 2022\'s 248,284), not the count', text: draft('2023-01-19', 'In 2022 the number of migrants who crossed the Darién Gap topped 240,000.') },
  { name: '… in Spanish, where the mark takes an article ("superó los 240.000")', text: draft('2023-01-19', 'En 2022, el número de migrantes que cruzaron la selva del Darién superó los 240.000.') },
];

const invalid: DraftCase[] = [
  {
    name: 'the draft against itself where the registry\'s figure is rated wrong and its verdict settles it with months that add up to one side: only the other side is reported ("more than 10,000" against "8,964" for January and February 2022; the 8,964 line keeps the info that cites the verdict on 004\'s 8,456)',
    text: draft('2023-03-01', 'In the first two months of 2022, 8,964 migrants crossed the Darién Gap.', 'That was 4,702 in January and 4,262 in February, more than 10,000 in those two months.'),
    errors: [
      { messageId: 'conflict', line: 5, column: 50, severity: 'warning' },
      { messageId: 'conflict', line: 4, column: 34, severity: 'info' },
    ],
  },
  {
    name: 'a mark the count never passed ("surpassed 300,000" of 2022\'s 248,284)',
    text: draft('2023-01-19', 'In 2022 crossings of the Darién Gap surpassed 300,000.'),
    errors: [{ messageId: 'conflict', line: 4, column: 47, severity: 'error' }],
  },
  {
    name: '"By mid-July of last year, about 180,000 had crossed in 2024" against 212,000 for January 1 to July 17, 2024',
    text: draft('2025-03-01', 'By mid-July of last year, about 180,000 people had crossed the Darién Gap in 2024.'),
    errors: [{ messageId: 'conflictByThen', line: 4, column: 27, severity: 'warning' }],
  },
  {
    name: '"between January and mid-July" is a running total from January 1 to a day in July',
    text: draft('2024-10-01', 'Panama counted about 150,000 crossings of the Darién Gap between January and mid-July.'),
    errors: [{ messageId: 'conflictByThen', line: 4, column: 16, severity: 'warning' }],
  },
  {
    name: 'a count only grows: "By mid-December of last year, 350,000" is more than the whole year\'s 302,203',
    text: draft('2025-03-01', 'By mid-December of last year, 350,000 people had crossed the Darién Gap in 2024.'),
    errors: [{ messageId: 'conflictByThen', line: 4, column: 31, severity: 'warning' }],
  },
  {
    name: '"As of late July 2024", the year in the phrase: a running total too',
    text: draft('2025-03-01', 'As of late July 2024, about 150,000 people had crossed the Darién Gap.'),
    errors: [{ messageId: 'conflictByThen', line: 4, column: 23, severity: 'warning' }],
  },
  {
    name: 'a running total a day after the registry\'s that no pace could reach ("more than 9 million" against "more than 7 million" to July 17)',
    text: draft('2024-07-18', 'More than 9 million migrants have crossed the U.S.-Mexico border illegally since President Joe Biden took office.'),
    errors: [{ messageId: 'conflictNearDay', line: 4, column: 1, severity: 'warning' }],
  },
  {
    name: '"some 30" against the registry\'s 20: the readings meet at their edges, neither figure in the other\'s',
    text: draft('2022-04-21', `${MINISTERIAL} some 30 other representatives from across the hemisphere.`),
    errors: [{ messageId: 'conflictRoughly', line: 4, column: 58, severity: 'warning' }],
  },
  {
    name: 'a plain figure whose reading does not reach the registry\'s is the error it always was',
    text: draft('2022-04-21', `${MINISTERIAL} 30 other representatives from across the hemisphere.`),
    errors: [{ messageId: 'conflict', line: 4, column: 58, severity: 'warning' }],
  },
];

describe('figure-conflict on drafts', () => {
  draftCaseTester(findingsOf, { valid, invalid });
});
