/** A claim as a report holds it (004's 8,456 for January–February 2022), for the format tests. */
import type { ReportedClaim } from '../../src/report.js';

export function reportedClaim(overrides: Partial<ReportedClaim> = {}): ReportedClaim {
  return {
    id: 'a1',
    role: 'disputed',
    figure: '8,456',
    value: 8456,
    range: '= 8,456',
    interval: [8455.5, 8456.5],
    unit: 'people',
    per: null,
    metric: 'darien-crossings',
    place: 'Darién Gap',
    period: '2022-01/2022-02',
    periodWords: 'the same period of 2022',
    quote: 'Figures soared from 2,928 in the first two months of last year, to 8,456 in the same period of 2022.',
    attribution: 'The Epoch Times ← United Nations',
    citation: 'The Epoch Times, "Blinken", 2022-04-20 (date inferred)',
    source: { id: '004', kind: 'article', outlet: 'The Epoch Times', title: 'Blinken', author: 'A', pageDate: '2022-04-20', pageDateInferred: true, republishedFrom: null },
    location: { file: 'claims/sources/004.yaml', line: 129, column: 12 },
    ...overrides,
  };
}
