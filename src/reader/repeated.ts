/**
 * "Medio millón de migrantes cruzaron la selva del Darién" in a headline and "medio millón … en lo
 * que va del año" below it; "De los 59 mil 733 que cruzaron la selva" after "un total de 59 mil 733"
 * in October: a figure with no period that says again the very number of the same metric another
 * figure of the text gave a period is that figure again, over that period. Read after the stages,
 * from what they return.
 *
 * Only the same number said the same way (value and interval), or a precise number a rounded one's
 * interval holds ("249,000" for 248,901), of a flow or a rate, and only where
 * every figure of that number and metric with a period agrees on it: two periods, and the repeat
 * could be either, so it stays unchecked.
 */
import { samePeriod } from '../model/period.js';
import { blame, type Building } from './record.js';

/** How near a precise figure must be to a rounded one to be the one it rounds: three significant digits agree. */
const CLOSE = 0.005;

export function periodFromRepeat(figures: readonly Building[]): void {
  for (const figure of figures) {
    if (figure.reason !== 'no-period' || figure.kind !== 'quantity' || !figure.metric || figure.value === null || !figure.interval) continue;
    // "Cae un 93 % el cruce de migrantes por el Darién" over "… cayó un 93 % en 2025 frente a
    // 2024": a headline's change says again the body's change of the same kind and way.
    const change = figure.comparisonDraft;
    const sameChange = (f: Building): boolean => change ? f.comparisonDraft?.kind === change.kind && f.comparisonDraft.direction === change.direction : !f.comparisonDraft;
    // "Halfway Into Year, 249,000 Migrants Cross Darien Gap" over "As of Sunday, 248,901 migrants
    // had walked through": a rounded figure says again a precise one its rounding holds.
    const [low, high] = figure.interval;
    // Within half a percent: "about 10,000" holds 11,363 in its interval, but says no such figure.
    const said = (f: Building): boolean => f.value === figure.value ? f.interval?.[0] === low && f.interval?.[1] === high : f.value !== null && f.interval !== null && low <= f.interval[0] && f.interval[1] <= high && f.interval[1] - f.interval[0] < high - low && Math.abs(f.value - figure.value!) <= Math.abs(figure.value!) * CLOSE;
    const twins = figures.filter((f) => f !== figure && f.period && f.metric === figure.metric && f.per === figure.per && said(f) && sameChange(f));
    const twin = twins[0];
    if (!twin || !twins.every((f) => samePeriod(f.period!, twin.period!))) continue;
    figure.period = twin.period;
    figure.periodWords = `${twin.periodWords ?? ''} (said of the same figure on line ${twin.line})`;
    figure.periodFrom = 'context';
    if (change && twin.comparisonDraft && !change.baselinePeriod && !change.subject && !change.baseline) figure.comparisonDraft = { ...change, baselinePeriod: twin.comparisonDraft.baselinePeriod, baselineWords: twin.comparisonDraft.baselineWords };
    blame(figure, null);
  }
}
