import { describe } from 'vitest';
import { partWhole } from '../../src/checks/rules/part-whole.js';
import { checkTester, figureClaim as claim, header } from '../helpers/registry.js';

describe('part-whole', () => {
  checkTester(partWhole, {
    valid: [
      {
        name: '11,363 since July 1 inside over 212,000 so far this year',
        files: {
          'a.yaml': header('a') + claim('a1', '11,363', 11363, '2024-07-01/2024-07-17') + claim('a2', 'over 212,000', 212000, '2024-01-01/2024-07-17'),
        },
      },
      {
        name: 'months of one source that add up to the whole',
        files: {
          'a.yaml': header('a') + claim('a1', '2,928', 2928, '2021-01/2021-02'),
          'b.yaml': header('b') + claim('b1', '1,071', 1071, '2021-01') + claim('b2', '1,857', 1857, '2021-02'),
        },
      },
      {
        name: 'parts that do not cover the whole may add up to less',
        files: {
          'a.yaml': header('a') + claim('a1', '133,726', 133726, '2021'),
          'b.yaml': header('b') + claim('b1', '1,071', 1071, '2021-01') + claim('b2', '25,332', 25332, '2021-08'),
        },
      },
      {
        name: 'parts from different sources that miss the whole by less than a tenth (how far agencies differ)',
        files: {
          'a.yaml': header('a') + claim('a1', 'more than 400,000', 400000, '2021/2022'),
          'b.yaml': header('b') + claim('b1', '133,726', 133726, '2021'),
          'c.yaml': header('c') + claim('c1', '248,284', 248284, '2022'),
        },
      },
      {
        name: 'parts from different sources with a gap are not summed',
        files: {
          'a.yaml': header('a') + claim('a1', 'more than 1.5 million', 1500000, '2021/2024'),
          'b.yaml': header('b') + claim('b1', '133,726', 133726, '2021') + claim('b2', '248,284', 248284, '2022'),
          'c.yaml': header('c') + claim('c1', '302,203', 302203, '2024'),
        },
      },
      {
        name: 'parts from different sources are not summed',
        files: {
          'a.yaml': header('a') + claim('a1', '8,456', 8456, '2022-01/2022-02'),
          'b.yaml': header('b') + claim('b1', '4,702', 4702, '2022-01'),
          'c.yaml': header('c') + claim('c1', '4,262', 4262, '2022-02'),
        },
      },
      {
        name: 'a part said as at most some figure above the whole ("fewer than 140,000" in a year of 133,726) bounds it from above only',
        files: {
          'a.yaml': header('a') + claim('a1', '133,726', 133726, '2021') + claim('a2', 'fewer than 140,000', 140000, '2021-07/2021-12'),
        },
      },
      {
        name: 'a hedged part said below the whole ("some 130,000" in a year of 133,726)',
        files: {
          'a.yaml': header('a') + claim('a1', '133,726', 133726, '2021') + claim('a2', 'some 130,000', 130000, '2021-07/2021-12'),
        },
      },
    ],
    invalid: [
      {
        name: 'a hedged part said above the whole, though its hedge lets it fit ("some 140,000" in a year of 133,726)',
        files: {
          'a.yaml': header('a') + claim('a1', '133,726', 133726, '2021') + claim('a2', 'some 140,000', 140000, '2021-07/2021-12'),
        },
        errors: [{ messageId: 'partRoughlyExceedsWhole', file: 'a.yaml', line: 14, column: 12 }],
      },
      {
        name: '"nearly 134,000" in half of a year of 133,726',
        files: {
          'a.yaml': header('a') + claim('a1', '133,726', 133726, '2021') + claim('a2', 'nearly 134,000', 134000, '2021-01/2021-06'),
        },
        errors: [{ messageId: 'partRoughlyExceedsWhole', file: 'a.yaml', line: 14, column: 12 }],
      },
      {
        name: 'one part above its whole',
        files: {
          'a.yaml': header('a') + claim('a1', '20,519', 20519, '2024-07') + claim('a2', '30,000', 30000, '2024-07-01/2024-07-17'),
        },
        errors: [{ messageId: 'partExceedsWhole', file: 'a.yaml', line: 14, column: 12 }],
      },
      {
        name: 'a part alone above the whole is reported at that part, not again as a sum with the parts that are right',
        files: {
          'a.yaml': header('a') + claim('a1', '133,726', 133726, '2021'),
          'b.yaml': header('b') + claim('b1', '1,071', 1071, '2021-01') + claim('b2', '141,000', 141000, '2021-07/2021-12'),
        },
        errors: [{ messageId: 'partExceedsWhole', file: 'b.yaml', line: 14, column: 12 }],
      },
      {
        name: 'monthly parts add up to more than the two-month whole (8,964 against 8,456)',
        files: {
          'a.yaml': header('a') + claim('a1', '8,456', 8456, '2022-01/2022-02'),
          'b.yaml': header('b') + claim('b1', '4,702', 4702, '2022-01') + claim('b2', '4,262', 4262, '2022-02'),
        },
        errors: [{ messageId: 'partsExceedWhole', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'parts covering the whole add up to less',
        files: {
          'a.yaml': header('a') + claim('a1', '10,000', 10000, '2022-01/2022-02'),
          'b.yaml': header('b') + claim('b1', '1,000', 1000, '2022-01') + claim('b2', '2,000', 2000, '2022-02'),
        },
        errors: [{ messageId: 'partsFallShort', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'years from different sources add up to far less than the span (1,204,298 against more than 1.5 million)',
        files: {
          'a.yaml': header('a') + claim('a1', 'more than 1.5 million', 1500000, '2021/2024'),
          'b.yaml': header('b') + claim('b1', '133,726', 133726, '2021') + claim('b2', '248,284', 248284, '2022'),
          'c.yaml': header('c') + claim('c1', '520,085', 520085, '2023') + claim('c2', '302,203', 302203, '2024'),
        },
        errors: [{ messageId: 'partsFallShortAcross', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'each part\'s highest figure from any source is taken: 511,103 and 520,085 for 2023 still fall short',
        files: {
          'a.yaml': header('a') + claim('a1', 'more than 870,000', 870000, '2022/2023'),
          'b.yaml': header('b') + claim('b1', '248,284', 248284, '2022'),
          'c.yaml': header('c') + claim('c1', '520,085', 520085, '2023'),
          'd.yaml': header('d') + claim('d1', '511,103', 511103, '2023'),
        },
        errors: [{ messageId: 'partsFallShortAcross', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'years from different sources add up to far more than the span',
        files: {
          'a.yaml': header('a') + claim('a1', '250,000', 250000, '2021/2022'),
          'b.yaml': header('b') + claim('b1', '133,726', 133726, '2021'),
          'c.yaml': header('c') + claim('c1', '248,284', 248284, '2022'),
        },
        errors: [{ messageId: 'partsExceedWholeAcross', file: 'a.yaml', line: 6, column: 12 }],
      },
    ],
  });
});
