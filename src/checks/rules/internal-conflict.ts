/**
 * internal-conflict: a draft that contradicts itself about something the registry does not hold.
 * "Those 90 patients" two paragraphs after "60 patients in a single morning"; "nearly five times"
 * between the draft's own 113 and 40. The registry can say neither is wrong, so without this the
 * figures are only `unchecked`; but both cannot be right, and the later one is the one a reader
 * meets second, so it is the one reported.
 *
 * A draft check: it runs on one draft's figures (src/drafts/own-figures.ts sets them out), not
 * on the registry.
 */
import { formatInterval, intervalsOverlap } from '../../model/figure.js';
import type { DraftFigure } from '../../reader/record.js';
import type { Measure } from '../../reader/measures.js';
import type { Leg } from '../../reader/fares.js';
import { docsPath, type DraftCheck, type OwnComparison } from '../types.js';
import { computeComparison, inWords, shownResult, statedInterval } from './comparison.js';

const ID = 'internal-conflict';

/** How a message names each measure of a place (src/reader/measures.ts). */
const MEASURE_WORDS: Readonly<Record<Measure, string>> = { capacity: 'capacity (how many it can take)', residents: 'population', length: 'length' };

/** How a message names the leg a fare is for (src/reader/fares.ts). */
const LEG_WORDS: Readonly<Record<Leg, string>> = { 'leg-boat': ' of the boat', 'leg-bus': ' of the bus', 'leg-guide': ' of the guides', 'leg-flight': ' of the flight', 'leg-other': ' of that ride' };

/** "60 (line 23)": a draft figure as an editor would find it. */
function at(figure: DraftFigure): string {
  return `${figure.text} (line ${figure.line})`;
}

function arithmetic(comparison: OwnComparison): string {
  const s = at(comparison.subject);
  const b = at(comparison.baseline);
  if (comparison.kind === 'ratio') return `${s} ÷ ${b}`;
  if (comparison.kind === 'difference') return `${s} − ${b}`;
  return `${s} against ${b}`;
}

/**
 * Whether two counts of one set can be the same: their intervals overlap by more than a point.
 * "three children" (2.5 to 3.5) and "her four children" (3.5 to 4.5) touch only where no count
 * of children lies.
 */
function sameCount(a: readonly [number, number], b: readonly [number, number]): boolean {
  const shared = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  // An exact figure is a point: it agrees with any interval that holds it.
  return shared > 0 || (shared === 0 && (a[0] === a[1] || b[0] === b[1]));
}

export const internalConflict: DraftCheck = {
  meta: {
    id: ID,
    description: 'The draft contradicts itself: a figure that refers back to an earlier one ("those 90 patients") does not agree with it, a comparison does not fit the draft\u2019s own figures it compares, or a part is more than the group its sentence names ("Of the 300 …, 450 were …").',
    severity: 'error',
    docs: docsPath(ID),
    messages: {
      restated: '"{{figure}}" refers back to the {{earlier}} {{noun}} of line {{line}}, but does not agree with it ({{range}} against {{earlierRange}}, allowing for rounding and hedges).',
      remeasured: '"{{figure}}" gives the {{measure}} that line {{line}} gave as "{{earlier}}", at another value ({{range}} against {{earlierRange}}, allowing for rounding and hedges): what a place is does not change from one paragraph to the next.',
      fare: '"{{figure}}" gives the fare{{leg}} that line {{line}} gave as "{{earlier}}", at another value ({{range}} against {{earlierRange}}, allowing for rounding and hedges): one seat has one price unless the text says it changed.',
      transposed: '"{{figure}}" has the digits of the {{earlier}} {{noun}} of line {{line}} in another order: one of the two may be mistyped.',
      comparison: '"{{figure}}" does not fit the draft\u2019s own figures it compares: {{arithmetic}} is {{actual}}, and "{{figure}}" reads as {{stated}}.',
      partOfGroup: '"{{figure}}" counts part of the group of {{group}} its sentence names, but is more than the whole group ({{range}} against {{groupRange}}, allowing for rounding and hedges).',
      partsOfGroup: '"{{figure}}" and the parts before it split the group of {{group}} its sentence names into spans of time that do not overlap ({{parts}}), but add up to more than the whole ({{sum}} against {{groupRange}}, allowing for rounding and hedges).',
    },
  },
  run(context) {
    const reported = new Set<DraftFigure>();
    for (const { figure, earlier, counted } of context.restatements) {
      if (sameCount(figure.interval!, earlier.interval!)) continue;
      reported.add(figure);
      // Which earlier figure "those 90 patients" restates is the reader's pairing, not the text's
      // word: a warning, never a failed build.
      context.report({
        messageId: 'restated',
        severity: 'warning',
        data: { figure: figure.text, earlier: earlier.text, noun: counted.words, line: earlier.line, range: range(figure), earlierRange: range(earlier) },
        at: figure,
        against: [{ figure: earlier, role: 'earlier' }],
      });
    }
    // A measure of a place, or a fare, given again at another value. Which two figures measure one
    // place or price one seat is the reader's pairing (two stations, two boats may be meant): a warning.
    const givenAgain = [
      ...context.remeasured.map(({ figure, earlier, measure }) => ({ figure, earlier, messageId: 'remeasured', said: { measure: MEASURE_WORDS[measure] } })),
      ...context.fares.map(({ figure, earlier, fare }) => ({ figure, earlier, messageId: 'fare', said: { leg: fare.leg ? LEG_WORDS[fare.leg] : '' } })),
    ];
    for (const { figure, earlier, messageId, said } of givenAgain) {
      if (reported.has(figure)) continue;
      reported.add(figure);
      context.report({
        messageId,
        severity: 'warning',
        data: { figure: figure.text, earlier: earlier.text, ...said, line: earlier.line, range: range(figure), earlierRange: range(earlier) },
        at: figure,
        against: [{ figure: earlier, role: 'earlier' }],
      });
    }
    for (const { figure, earlier, counted } of context.transpositions) {
      // One finding a figure: "those 131 patients" after 113 already says it disagrees.
      if (reported.has(figure)) continue;
      // Both may be right (312 one day, 213 the next): a warning to look, never a failed build.
      context.report({
        messageId: 'transposed',
        severity: 'warning',
        data: { figure: figure.text, earlier: earlier.text, noun: counted.words, line: earlier.line },
        at: figure,
        against: [{ figure: earlier, role: 'earlier' }],
      });
    }
    for (const { part, group } of context.parts) {
      if (part.interval![0] <= group.interval![1]) continue;
      // Both figures stand in one sentence, which says the one is a part of the other.
      context.report({
        messageId: 'partOfGroup',
        data: { figure: part.text, group: group.text, range: range(part), groupRange: range(group) },
        at: part,
        against: [{ figure: group, role: 'group' }],
      });
    }
    reportPartsTooMany(context);
    for (const comparison of context.comparisons) {
      const { figure, subject, baseline, kind } = comparison;
      const actual = computeComparison(kind, subject.interval!, baseline.interval!);
      if (actual === null) continue;
      const expected = statedInterval(figure.interval!, figure.hedge, comparison, figure.text);
      if (intervalsOverlap(actual, expected)) continue;
      context.report({
        messageId: 'comparison',
        data: { figure: figure.text, arithmetic: arithmetic(comparison), actual: shownResult(kind, subject.value!, baseline.value!, actual), stated: inWords(kind, expected) },
        at: figure,
        against: [
          { figure: subject, role: 'subject' },
          { figure: baseline, role: 'baseline' },
        ],
        // A side taken from another sentence or looked up by period may be the reader's pairing, not the draft's.
        severity: comparison.fromContext ? 'warning' : undefined,
      });
    }
  },
};

/**
 * "De los 20.519 que cruzaron en julio, 11.363 lo hicieron en los primeros 17 días y unos 12.000 en
 * las dos semanas restantes": parts of one group, each of a span of time of its own inside the
 * group's, none overlapping, cannot add up to more than the group. Which span each part is of is
 * the reader's reading: a warning.
 */
function reportPartsTooMany(context: Parameters<typeof internalConflict.run>[0]): void {
  const byGroup = new Map<DraftFigure, DraftFigure[]>();
  for (const { part, group } of context.parts) (byGroup.get(group) ?? byGroup.set(group, []).get(group)!).push(part);
  for (const [group, parts] of byGroup) {
    if (parts.length < 2 || !group.period || parts.some((p) => !p.period || p.period.start < group.period!.start || p.period.end > group.period!.end)) continue;
    const spans = parts.map((p) => p.period!).sort((a, b) => a.start - b.start);
    if (spans.some((span, i) => i > 0 && span.start <= spans[i - 1]!.end)) continue;
    const least = parts.reduce((sum, p) => sum + p.interval![0], 0);
    if (least <= group.interval![1]) continue;
    const last = parts.at(-1)!;
    context.report({
      messageId: 'partsOfGroup',
      severity: 'warning',
      data: { figure: last.text, group: group.text, parts: parts.map((p) => `${p.text} in ${p.period!.text}`).join(', '), sum: `≥ ${Math.round(least).toLocaleString('en-US')}`, groupRange: range(group) },
      at: last,
      against: [{ figure: group, role: 'group' }, ...parts.slice(0, -1).map((figure) => ({ figure, role: 'part' as const }))],
    });
  }
}

/** "= 676", "55 – 65": what a count allows, with its hedge and rounding. */
function range(figure: DraftFigure): string {
  return formatInterval(figure.interval!, true);
}
