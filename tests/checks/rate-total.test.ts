import { describe } from 'vitest';
import { rateTotal } from '../../src/checks/rules/rate-total.js';
import { checkTester, figureClaim as total, header, rateClaim as rate, WITH_TYPICAL } from '../helpers/registry.js';

describe('rate-total', () => {
  checkTester(rateTotal, {
    valid: [
      {
        name: 'a peak rate bounds the month from above (2,461 a day at the peak of August against 25,332)',
        files: { 'a.yaml': header('a') + rate('a1', '2,461', 2461, '2021-08', 'peak') + total('a2', '25,332', 25332, '2021-08') },
      },
      {
        name: 'a spot rate ("140 today") says nothing about a total',
        files: { 'a.yaml': header('a') + rate('a1', '140', 140, '2022-02', 'spot') + total('a2', '4,262', 4262, '2022-02') },
      },
      {
        name: 'a spot rate as of a month within three times its average (140 a day by February 2022 against 4,262: 152 a day)',
        files: { 'a.yaml': header('a') + rate('a1', 'about 140', 140, '2022-02', 'spot') + total('a2', '4,262', 4262, '2022-02') },
      },
      {
        name: 'a spot rate as of the page date is not held to the page\u2019s month (no month of its own)',
        files: { 'a.yaml': header('a') + rate('a1', 'about 640', 640, '2022-02', 'spot').replace('"in the period"', '"(none: as of the page date)"') + total('a2', '4,262', 4262, '2022-02') },
      },
      {
        name: 'a spot rate as of a year is not held to the year (a flow can collapse within it: 150 a day by December 2025 against 3,091)',
        files: { 'a.yaml': header('a') + rate('a1', '150', 150, '2025', 'spot') + total('a2', '3,091', 3091, '2025') },
      },
      {
        name: 'a spot rate with no period of its own (as of the page date) is not held to that day\u2019s count ("more than 2,500 a day" against 2,765 on Thursday)',
        files: { 'a.yaml': header('a') + rate('a1', 'more than 2,500', 2500, '2023-08-24', 'spot').replace('"in the period"', '"(none: as of the page date)"') + total('a2', '2,765', 2765, '2023-08-24') },
      },
      {
        name: 'a spot rate over one of its own units is that unit\u2019s count, and agrees with it (140 a day on February 14 against 140 that day)',
        files: { 'a.yaml': header('a') + rate('a1', '140', 140, '2022-02-14', 'spot') + total('a2', '140', 140, '2022-02-14') },
      },
      {
        name: 'an average rate that agrees with the total (about 150 a day in a 31-day month)',
        files: { 'a.yaml': header('a') + rate('a1', 'about 150', 150, '2021-01', 'average') + total('a2', '4,650', 4650, '2021-01') },
      },
      {
        name: 'a month\u2019s average that fits inside the year\u2019s total (660 a day in July against 302,203 in 2024)',
        files: { 'a.yaml': header('a') + rate('a1', '660', 660, '2024-07', 'average') + total('a2', '302,203', 302203, '2024') },
      },
      {
        name: 'a peak a few times the average (4,000 a day at the 2023 peak against 520,085 for the year: 2.8 times)',
        files: { 'a.yaml': header('a') + rate('a1', 'some 4,000', 4000, '2023', 'peak') + total('a2', '520,085', 520085, '2023') },
      },
      {
        name: 'a rate that fits one of two totals in dispute is not failed for the other (1,425 a day in 2023 against 520,085 and 511,103: figure-conflict reports the dispute)',
        files: { 'a.yaml': header('a') + rate('a1', 'roughly 1,425', 1425, '2023', 'average') + total('a2', '520,085', 520085, '2023') + total('a3', '511,103', 511103, '2023') },
      },
      {
        name: 'a rate and a total for different periods are not compared',
        files: { 'a.yaml': header('a') + rate('a1', '140', 140, '2022-02', 'average') + total('a2', '8,964', 8964, '2022-01/2022-02') },
      },
      {
        name: 'an average over months the registry holds one by one, near their sum (about 830 a day from August to October 2021 against 25,332 + 25,505 + 25,904)',
        files: { 'a.yaml': header('a') + rate('a1', 'about 830', 830, '2021-08/2021-10', 'average'), 'b.yaml': header('b') + total('b1', '25,332', 25332, '2021-08') + total('b2', '25,505', 25505, '2021-09') + total('b3', '25,904', 25904, '2021-10') },
      },
      {
        name: 'a typical year\u2019s rate is no average of the years its period names (10,000 in a normal year, 2015 to 2020, against their sum)',
        files: { 'metrics.yaml': WITH_TYPICAL, 'a.yaml': header('a') + rate('a1', 'about 10,000', 10000, '2015/2020', 'average').replace('crossings-daily', 'crossings-typical-year'), 'b.yaml': header('b') + ['2015', '2016', '2017', '2018', '2019', '2020'].map((year, i) => total(`b${i}`, '17,000', 17000, year)).join('') },
      },
      {
        name: 'months that leave a gap are no sum of the period (August and October only)',
        files: { 'a.yaml': header('a') + rate('a1', 'about 1,100', 1100, '2021-08/2021-10', 'average'), 'b.yaml': header('b') + total('b1', '25,332', 25332, '2021-08') + total('b3', '25,904', 25904, '2021-10') },
      },
    ],
    invalid: [
      {
        name: 'an average over months the registry holds one by one, far from their sum (about 1,100 a day from August to October 2021 against 76,741)',
        files: { 'a.yaml': header('a') + rate('a1', 'about 1,100', 1100, '2021-08/2021-10', 'average'), 'b.yaml': header('b') + total('b1', '25,332', 25332, '2021-08') + total('b2', '25,505', 25505, '2021-09') + total('b3', '25,904', 25904, '2021-10') },
        errors: [{ messageId: 'averageMismatchParts', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'a spot rate as of when it was said, in a month, far from that month\u2019s average (640 a day said in February 2022 against 4,262)',
        files: { 'a.yaml': header('a') + rate('a1', 'about 640', 640, '2022-02', 'spot').replace('"in the period"', '"(none: as of when it was said, \\"in February\\")"') + total('a2', '4,262', 4262, '2022-02') },
        errors: [{ messageId: 'spotFarFromTotal', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'a spot rate as of a month far from the month\u2019s average: a month\u2019s count given per day (10 a day by June 2025 against 10 in June)',
        files: { 'a.yaml': header('a') + rate('a1', 'only 10', 10, '2025-06', 'spot') + total('a2', '10', 10, '2025-06') },
        errors: [{ messageId: 'spotFarFromTotal', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'a peak over one of its own units is that unit\u2019s count ("annual crossings reached 620,085 in 2023" against 520,085)',
        files: { 'a.yaml': header('a') + rate('a1', '620,085', 620085, '2021-08-14', 'peak') + total('a2', '520,085', 520085, '2021-08-14') },
        errors: [{ messageId: 'averageMismatch', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'an average rate that disagrees with the total (140 a day against 140,000 a month)',
        files: { 'a.yaml': header('a') + rate('a1', '140', 140, '2021-08', 'average') + total('a2', '140,000', 140000, '2021-08') },
        errors: [{ messageId: 'averageMismatch', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'a month\u2019s average that alone would pass the year\u2019s total (12,000 a day in July against 302,203 in 2024)',
        files: { 'a.yaml': header('a') + rate('a1', '12,000', 12000, '2024-07', 'average') + total('a2', '302,203', 302203, '2024') },
        errors: [{ messageId: 'exceedsEnclosing', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'a spot rate over one of its own units that disagrees with that unit\u2019s count (140 a day on February 14 against 1,400 that day)',
        files: { 'a.yaml': header('a') + rate('a1', '140', 140, '2022-02-14', 'spot') + total('a2', '1,400', 1400, '2022-02-14') },
        errors: [{ messageId: 'averageMismatch', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'a total above what the peak allows',
        files: { 'a.yaml': header('a') + rate('a1', '100', 100, '2021-08', 'peak') + total('a2', '25,332', 25332, '2021-08') },
        errors: [{ messageId: 'peakTooLow', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'a peak twenty times the average or more (43,000 a day at the 2023 peak against 520,085: a month\u2019s figure per day)',
        files: { 'a.yaml': header('a') + rate('a1', 'some 43,000', 43000, '2023', 'peak') + total('a2', '520,085', 520085, '2023') },
        errors: [{ messageId: 'peakTooHigh', file: 'a.yaml', line: 6, column: 12 }],
      },
    ],
  });
});
