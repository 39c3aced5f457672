/**
 * "Medio millón de migrantes cruzaron la selva del Darién" in a headline and "medio millón … en lo
 * que va del año" below it; "De los 59 mil 733 que cruzaron la selva" after "un total de 59 mil 733"
 * in October: a figure with no period that says again the very number of the same metric another
 * figure of the text gave a period is that figure again, over that period. Read after the stages,
 * from what they return.
 *
 * Only the same number said the same way (value and interval), or a precise number a rounded one's
 * interval holds ("249,000" for 248,901, either said first), of a flow or a rate, and only where
 * every figure of that number and metric with a period agrees on it: two periods, and the repeat
 * could be either, so it stays unchecked.
 */
import { samePeriod } from '../model/period.js';
import { blame, type Building } from './record.js';
import type { Metric } from '../model/types.js';

/** How near a precise figure must be to a rounded one to be the one it rounds: three significant digits agree. */
const CLOSE = 0.005;

export function periodFromRepeat(figures: readonly Building[]): void {
  let byMetric: Map<Metric, Building[]> | null = null;
  for (const figure of figures) {
    if (figure.reason !== 'no-period' || figure.kind !== 'quantity' || !figure.metric || figure.value === null || !figure.interval) continue;
    // Only a figure of the same metric and a value within CLOSE can be a twin (said below): those
    // are looked up by value, not among every figure of the text, which was quadratic in a long draft.
    byMetric ??= figuresByMetric(figures);
    // "Cae un 93 % el cruce de migrantes por el Darién" over "… cayó un 93 % en 2025 frente a
    // 2024": a headline's change says again the body's change of the same kind and way.
    const change = figure.comparisonDraft;
    const sameChange = (f: Building): boolean => change ? f.comparisonDraft?.kind === change.kind && f.comparisonDraft.direction === change.direction : !f.comparisonDraft;
    // "Halfway Into Year, 249,000 Migrants Cross Darien Gap" over "As of Sunday, 248,901 migrants
    // had walked through": a rounded figure says again a precise one its rounding holds.
    const [low, high] = figure.interval;
    // Within half a percent: "about 10,000" holds 11,363 in its interval, but says no such figure.
    // Or within half its step, said to two significant digits or more: "Cerca de 250 mil" in a
    // headline over "un total de 248 mil" in the story rounds it to the nearest ten thousand.
    const reach = Math.max(Math.abs(figure.value) * CLOSE, figure.step > 0 && Math.abs(figure.value) / figure.step >= 10 ? figure.step / 2 : 0);
    // "Just over 20,500 … in July. / The exact count, 20,519, works out to …": the other way round
    // too, an exact count the rounded one's interval holds (not a rounded one: "249,000" in a
    // headline is no exact count of whichever wide figure holds it).
    const holds = (outer: readonly [number, number], inner: readonly [number, number]): boolean => outer[0] <= inner[0] && inner[1] <= outer[1] && inner[1] - inner[0] < outer[1] - outer[0];
    const said = (f: Building): boolean => f.value === figure.value ? f.interval?.[0] === low && f.interval?.[1] === high : f.value !== null && f.interval !== null && (holds([low, high], f.interval) || (figure.step === 1 && holds(f.interval, [low, high]))) && Math.abs(f.value - figure.value!) <= Math.max(reach, Math.abs(f.value) * CLOSE);
    const twins = near(byMetric.get(figure.metric) ?? [], figure.value, reach).filter((f) => f !== figure && f.period && f.metric === figure.metric && f.per === figure.per && said(f) && sameChange(f));
    const twin = twins[0];
    if (!twin || !twins.every((f) => samePeriod(f.period!, twin.period!))) continue;
    figure.period = twin.period;
    figure.periodWords = `${twin.periodWords ?? ''} (said of the same figure on line ${twin.line})`;
    figure.periodFrom = 'context';
    if (change && twin.comparisonDraft && !change.baselinePeriod && !change.subject && !change.baseline) figure.comparisonDraft = { ...change, baselinePeriod: twin.comparisonDraft.baselinePeriod, baselineWords: twin.comparisonDraft.baselineWords };
    blame(figure, null);
    rateOfTheRepeat(figures, figure);
  }
}

/**
 * "The exact count, 20,519, works out to about 760 crossings a day": a rate of the repeated count's
 * flow, later in its sentence and with no period of its own, is over the count's period too.
 */
function rateOfTheRepeat(figures: readonly Building[], count: Building): void {
  for (const rate of figures) {
    if (rate.sentence !== count.sentence || rate.start <= count.end || rate.reason !== 'no-period' || rate.per === null || rate.metric?.rateOf !== count.metric!.id) continue;
    rate.period = count.period;
    rate.periodWords = `${count.periodWords ?? ''} (the rate of ${count.text})`;
    rate.periodFrom = 'context';
    blame(rate, null);
  }
}

/** The quantities with a value, by metric, each list sorted by value and, of equal values, in the text's order. */
function figuresByMetric(figures: readonly Building[]): Map<Metric, Building[]> {
  const byMetric = new Map<Metric, Building[]>();
  const order = new Map<Building, number>();
  figures.forEach((f, i) => {
    if (!f.metric || f.value === null || Number.isNaN(f.value)) return;
    order.set(f, i);
    const list = byMetric.get(f.metric);
    if (list) list.push(f);
    else byMetric.set(f.metric, [f]);
  });
  for (const list of byMetric.values()) list.sort((a, b) => a.value! - b.value! || order.get(a)! - order.get(b)!);
  for (const list of byMetric.values()) orderOf.set(list, list.map((f) => order.get(f)!));
  return byMetric;
}
const orderOf = new WeakMap<readonly Building[], number[]>();

/**
 * The figures of a metric's list whose value may be within CLOSE of `value` (a little wider, for
 * rounding: `said` decides), in the text's order.
 */
function near(list: readonly Building[], value: number, within: number): Building[] {
  const reach = within * 1.01 + 1e-9;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.value! < value - reach) lo = mid + 1;
    else hi = mid;
  }
  const order = orderOf.get(list)!;
  const found: number[] = [];
  for (let i = lo; i < list.length && list[i]!.value! <= value + reach; i++) found.push(i);
  return found.sort((a, b) => order[a]! - order[b]!).map((i) => list[i]!);
}
