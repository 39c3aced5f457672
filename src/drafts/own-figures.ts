/**
 * A draft's figures set against each other, for the draft checks (internal-conflict): the figures
 * that refer back to an earlier one, and the comparisons whose two sides are the draft's own
 * figures where no registry check weighs them (a side is no claim of a catalogue metric).
 *
 * A comparison that names its baseline only by period ("double the number of 2022") is looked up
 * among the draft's own figures of that period counting what its subject counts, as lint looks up
 * the registry's (linkComparisons in lint.ts) when the registry holds that metric.
 */
import type { OwnComparison, OwnPart } from '../checks/types.js';
import { periodKey, type Period } from '../model/period.js';
import type { DraftFigure, Settled } from '../reader/record.js';
import { restatedDurations } from '../reader/durations.js';
import { countedNoun, restatedFigures, sameCounted, type Restatement } from '../reader/restated.js';
import { leadsToBaselineFigure } from '../reader/baselines.js';
import { transposedFigures } from '../reader/transposed.js';
import { saidOtherwise } from '../reader/said-otherwise.js';
import { measuredAgain, type Remeasured } from '../reader/measures.js';
import { faresSaidAgain, type Refared } from '../reader/fares.js';
import { EN } from '../reader/lexicon/en.js';
import type { Draft } from './draft.js';

export interface OwnFigures {
  readonly restatements: readonly Restatement[];
  readonly transpositions: readonly Restatement[];
  readonly remeasured: readonly Remeasured[];
  readonly fares: readonly Refared[];
  readonly comparisons: readonly OwnComparison[];
  readonly parts: readonly OwnPart[];
}

function samePeriod(a: Period | null, b: Period | null): boolean {
  return a !== null && b !== null && a.start === b.start && a.end === b.end;
}

/** A figure that can be one side of a comparison: a plain quantity with a value. */
function isSide(figure: DraftFigure | null): figure is DraftFigure {
  return figure !== null && figure.kind === 'quantity' && figure.value !== null && figure.interval !== null && !figure.comparison && !figure.mention?.change;
}

/**
 * The draft's figure a comparison's baseline period names: of that period, counting what the
 * subject counts (the same catalogue metric, or else the same noun), the nearest before the
 * comparison. None when there is none before it.
 */
function baselineByPeriod(sidesByPeriod: ReadonlyMap<string, readonly DraftFigure[]>, figure: DraftFigure, subject: DraftFigure, period: Period, noun: (f: DraftFigure) => ReturnType<typeof countedNoun>): DraftFigure | null {
  const counts = (other: DraftFigure): boolean => (subject.metric && other.metric ? subject.metric === other.metric : sameCounted(noun(subject), noun(other)));
  const candidates = (sidesByPeriod.get(periodKey(period)) ?? []).filter((other) => other !== subject && other.start < figure.start && samePeriod(other.period, period) && other.per === subject.per && other.unit === subject.unit && counts(other));
  return candidates.at(-1) ?? null;
}

/**
 * The draft's figures that can be a side, by their period's first and last day: a 1 MB draft holds
 * thousands of figures and hundreds of comparisons, and a scan of all of them for each comparison
 * cost a tenth of lint's time there.
 */
function sidesByPeriod(draft: Draft): Map<string, DraftFigure[]> {
  const by = new Map<string, DraftFigure[]>();
  for (const figure of draft.read.figures) {
    if (!isSide(figure) || !figure.period) continue;
    const key = periodKey(figure.period);
    (by.get(key) ?? by.set(key, []).get(key)!).push(figure);
  }
  return by;
}

/**
 * The draft's comparisons between its own figures. `weighed`: comparison figures the registry's
 * comparison check already weighs (their claim names both sides), left to it.
 */
export function ownComparisons(draft: Draft, weighed: ReadonlySet<DraftFigure>): OwnComparison[] {
  const m = draft.read.masked.masked;
  const nouns = new Map<DraftFigure, ReturnType<typeof countedNoun>>();
  const noun = (f: DraftFigure): ReturnType<typeof countedNoun> => {
    if (!nouns.has(f)) nouns.set(f, countedNoun(m, f, draft.source.language));
    return nouns.get(f)!;
  };
  let sides: Map<string, DraftFigure[]> | null = null;
  const out: OwnComparison[] = [];
  for (const figure of draft.read.figures) {
    const spec = figure.comparison;
    if (!spec || spec.kind === 'change' || figure.value === null || figure.interval === null || weighed.has(figure)) continue;
    const subject = spec.subject;
    if (!isSide(subject)) continue;
    // "… a quarter of a million since January. / Venezuelans were more than half of July's
    // arrivals": a share that counts one group has the group for its subject, not the figure a
    // sentence before; only a figure of its own sentence ("28,000 were Venezuelans, more than
    // half") is the group's count.
    if (figure.reason === 'one-group' && subject.sentence !== figure.sentence) continue;
    const looked = !spec.baseline && spec.baselinePeriod ? baselineByPeriod((sides ??= sidesByPeriod(draft)), figure, subject, spec.baselinePeriod, noun) : null;
    const baseline = spec.baseline ?? looked;
    // A rate against a total, or a percentage against a count: not comparable without a metric's units.
    if (!isSide(baseline) || baseline.unit !== subject.unit || baseline.per !== subject.per) continue;
    const elsewhere = (side: DraftFigure): boolean => side.sentence !== figure.sentence || side.periodFrom === 'context';
    out.push({ figure, kind: spec.kind, direction: spec.direction, subject, baseline, fromContext: looked !== null || elsewhere(subject) || elsewhere(baseline) });
  }
  return out;
}

/** "3,500 of the 3,091 people": the group follows the part, right after "of the". */
const GROUP_AFTER = /^\s+(?:of|de)\s+(?:the|those|these|its|their|los|las|esos|esas|estos|estas)\s+$/i;
/** "3,091 people crossed, 3,500 of whom …", "… of them": the group came before the part. */
const GROUP_BEFORE = /^\s+(?:of\s+(?:whom|which|them)|de\s+(?:ellos|ellas|los\s+cuales|las\s+cuales))\b/i;

/** A count a part or a group can be: a plain quantity, not a rate, a share or a comparison. */
function isCount(figure: DraftFigure | undefined): figure is DraftFigure {
  return figure !== undefined && isSide(figure) && figure.per === null && figure.unit !== 'percent';
}

/**
 * The group a part belongs to, in the part's own sentence: for "Of the 3,091 who crossed, 1,500
 * were …" the sentence's first figure; for "3,500 of the 3,091" the figure right after "of the";
 * for "3,500 of whom" the nearest figure before. None when the sentence does not number the group.
 */
function groupOf(figures: readonly DraftFigure[], i: number, m: string): DraftFigure | null {
  const part = figures[i]!;
  // A group of people ("300 patients", "the 3,091 who crossed"), never of countries or stations,
  // and never the figure a comparison is made against ("up from 248,284 in 2022; 328,667 of them").
  const group = (f: DraftFigure | undefined): f is DraftFigure => f !== undefined && f.sentence === part.sentence && isCount(f) && PEOPLE_AFTER.test(m.slice(f.end, f.end + 40)) && !leadsToBaselineFigure(m.slice(Math.max(f.sentence.start, f.start - 30), f.start));
  // The figures of the part's sentence before it, nearest first: walked back from the part, not
  // searched from the start of the text for each part.
  const before = (): DraftFigure[] => {
    const out: DraftFigure[] = [];
    for (let j = i - 1; j >= 0 && figures[j]!.sentence === part.sentence; j--) out.push(figures[j]!);
    return out;
  };
  if (part.reason === 'part-of-opening') {
    const first = before().reverse().find((f) => f.reason !== 'part-of-opening');
    return group(first) ? first : null;
  }
  if (part.reason !== 'part-of-group') return null;
  const next = figures[i + 1];
  if (group(next) && GROUP_AFTER.test(m.slice(part.end, next.start))) return next;
  if (!GROUP_BEFORE.test(m.slice(part.end, part.end + 40))) return null;
  const previous = before()[0];
  return group(previous) && !/[;]/.test(m.slice(previous.end, part.start)) ? previous : null;
}
const PEOPLE_AFTER = EN.pattern('people-after');

/** The draft's figures counted as part of a group its sentence numbers, with that group. */
export function ownParts(draft: Draft): OwnPart[] {
  const m = draft.read.masked.masked;
  const figures = draft.read.figures;
  const out: OwnPart[] = [];
  figures.forEach((part, i) => {
    if (part.reason !== 'part-of-opening' && part.reason !== 'part-of-group') return;
    if (!isCount(part)) return;
    const group = groupOf(figures, i, m);
    if (group) out.push({ part, group });
  });
  return out;
}

/** One restatement a figure: the first reading of it kept (restated.ts's own pairing before said-otherwise.ts's). */
function withoutTwice(restatements: readonly Restatement[]): Restatement[] {
  const seen = new Set<DraftFigure>();
  return restatements.filter(({ figure }) => !seen.has(figure) && seen.add(figure) !== undefined);
}

/** Which figures the registry settles itself, for each pass that pairs the draft's own figures (src/drafts/lint.ts). */
export interface SettledBy {
  readonly transposed: Settled;
  readonly restated: Settled;
}
const NONE_SETTLED: SettledBy = { transposed: () => false, restated: () => false };

export function ownFigures(draft: Draft, weighed: ReadonlySet<DraftFigure>, settled: SettledBy = NONE_SETTLED): OwnFigures {
  return {
    restatements: withoutTwice([...restatedFigures(draft.read, draft.source.language), ...restatedDurations(draft.read), ...saidOtherwise(draft.read, draft.source.language, settled.restated)]),
    transpositions: transposedFigures(draft.read, draft.source.language, settled.transposed),
    remeasured: measuredAgain(draft.read),
    fares: faresSaidAgain(draft.read),
    comparisons: ownComparisons(draft, weighed),
    parts: ownParts(draft),
  };
}
