/**
 * rate-total: a rate times the length of its period should agree with a total for that period.
 * An average rate must match it; a peak rate only bounds it from above (the busiest day times the
 * days cannot be less than the total); a spot rate ("140 today") says nothing about a total.
 */
import { formatInterval, formatNumber, intervalsOverlap, type Interval } from '../../model/figure.js';
import { calendarYearOf, dayNumber, lengthInDays } from '../../model/period.js';
import type { Claim, RateUnit } from '../../model/types.js';
import { docsPath, type Check, type CheckContext } from '../types.js';
import { seriesKeyOf, type Series } from '../claim-index.js';
import { describeRange, isDraftClaim, sourceName, wholeCounts } from '../shared.js';
import { ACROSS_MARGIN, seriesTiles, sumAcross } from '../tiles.js';

const ID = 'rate-total';

/** Days in each unit of a rate, on average. */
export const DAYS_PER: Record<RateUnit, number> = { hour: 1 / 24, day: 1, week: 7, month: 365.2425 / 12, year: 365.2425 };

/** How many rate units a period holds: whole calendar months count as months exactly. */
export function unitsIn(claim: Claim, per: RateUnit): number {
  const period = claim.period!;
  if (per === 'month' && (period.precision === 'month' || period.precision === 'year')) {
    const from = new Date(period.start * 86_400_000);
    const to = new Date(period.end * 86_400_000);
    return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
  }
  if (per === 'year' && period.precision === 'year') return Math.round(lengthInDays(period) / 365);
  return lengthInDays(period) / DAYS_PER[per];
}

/**
 * Totals for periods that hold the rate's and are longer: "12,000 a day in July 2024" cannot be
 * right if all of 2024 saw 302,203. Periods are few per series; each is looked at once per rate.
 */
function enclosingTotals(byPeriod: ReadonlyMap<string, readonly Claim[]>, rate: Claim): Claim[] {
  const out: Claim[] = [];
  const { start, end } = rate.period!;
  for (const claims of byPeriod.values()) {
    const period = claims[0]?.period;
    if (period && period.start <= start && period.end >= end && (period.start < start || period.end > end)) out.push(...claims);
  }
  return out;
}

/** An average rate over its period makes at least its low end; no enclosing total may be below that. */
function reportEnclosing(context: CheckContext, rate: Claim, implied: Interval, totals: readonly Claim[]): void {
  const quantity = rate.quantity!;
  for (const total of totals) {
    if (total.quantity!.interval[1] >= implied[0]) continue;
    context.report({
      messageId: 'exceedsEnclosing',
      field: 'value',
      data: { rate: rate.figure, per: quantity.per!, period: rate.period!.text, implied: formatNumber(Math.round(implied[0])), enclosing: total.period!.text, total: `${total.figure} (${total.source.id}, ${describeRange(total)})` },
      claims: [{ claim: rate, role: 'rate' }, { claim: total, role: 'total' }],
    });
  }
}

export const rateTotal: Check = {
  meta: {
    id: ID,
    description: 'A rate times the length of its period disagrees with a total for that period (a peak rate only bounds it from above).',
    severity: 'error',
    docs: docsPath(ID),
    messages: {
      averageMismatch: '{{rate}} per {{per}} over {{period}} makes {{implied}}, but the total stated for that period is {{total}}.',
      averageMismatchParts: '{{rate}} per {{per}} over {{period}} makes {{implied}}, but the parts of that period add up to {{sum}} whichever source each is taken from ({{sources}}).',
      peakTooLow: 'At a peak of {{rate}} per {{per}}, {{period}} could hold at most {{implied}}, but the total stated is {{total}}.',
      peakTooHigh: 'A peak of {{rate}} per {{per}} over {{period}} is {{factor}} times the average the total stated for that period makes ({{total}}: {{average}} per {{per}}); a peak is seldom more than a few times its period\u2019s average, so it may be a total, or a figure for another unit of time.',
      exceedsEnclosing: '{{rate}} per {{per}} over {{period}} makes at least {{implied}} in that period alone, more than the total stated for {{enclosing}}: {{total}}.',
      spotFarFromTotal: 'A rate of {{rate}} per {{per}} as of {{period}} is {{factor}} times the average the total stated for that period makes ({{total}}: {{average}} per {{per}}); a rate at a point of a month is seldom that far from the month\u2019s average, so it may be a total, or a figure for another unit of time.',
      spotFarAboveTotal: 'A rate of {{rate}} per {{per}} at some point of {{period}} is {{factor}} times the average the total stated for that period makes ({{total}}: {{average}} per {{per}}); one {{per}} at that rate would hold nearly the whole total, so it may be the total itself, or a figure for another unit of time.',
    },
  },
  run(context) {
    for (const series of context.index.series.values()) {
      for (const rate of series.claims) {
        const quantity = rate.quantity!;
        if (quantity.per === null) continue;
        const units = unitsIn(rate, quantity.per);
        const series = context.index.series.get(seriesKeyOf(rate.metric.rateOf ?? rate.metric.id, rate.place, quantity.unit, ''));
        const totals = series?.byPeriod.get(`${rate.period!.start}:${rate.period!.end}`);
        // A spot rate ("140 today") says nothing of a total, unless its period is one of its own
        // units: "by June 2025 the monthly count had fallen to about 100" is June's count.
        // Not a spot rate with no period of its own ("more than 2,500 a day", as of the page date):
        // the rate then, which one day's count ("2,765 arrived on Thursday") does not contradict.
        if ((quantity.basis === 'spot' && (units !== 1 || AS_OF.test(rate.periodWords ?? ''))) || isKnownSpot(context, rate)) {
          spotWithinItsMonth(context, rate, units, totals ?? []);
          continue;
        }
        // "In 2023, annual crossings reached 620,085": a peak over one of its own units is that
        // unit's count, held to it as an average is.
        const basis = quantity.basis === 'peak' && units === 1 ? 'average' : isKnownPeak(context, rate) ? 'peak' : quantity.basis;
        const implied: Interval = [quantity.interval[0] * units, quantity.interval[1] * units];
        if (series && basis !== 'peak') reportEnclosing(context, rate, implied, enclosingTotals(series.byPeriod, rate));
        if (!totals) {
          // A typical year's rate ("10,000 in a normal year before the surge") is no average of its years.
          if (series && basis === 'average' && !rate.metric.typical) reportAgainstParts(context, rate, implied, series);
          continue;
        }
        // Totals of the registry that disagree with each other (520,085 and 511,103 for 2023) are
        // figure-conflict's to report: a rate that fits one of them is not wrong for missing the
        // other. A draft's own total vouches for nothing: it may be as wrong as the rate.
        const fitsOne = basis !== 'peak' && totals.some((total) => !isDraftClaim(total) && intervalsOverlap(total.quantity!.interval, implied));
        if (fitsOne) continue;
        for (const total of totals) {
          const [low, high] = total.quantity!.interval;
          const data = { rate: rate.figure, per: quantity.per, period: rate.period!.text, implied: formatInterval(wholeCounts(implied)), total: `${total.figure} (${total.source.id}, ${describeRange(total)})` };
          const claims = [{ claim: rate, role: 'rate' }, { claim: total, role: 'total' }];
          if (basis === 'peak') {
            if (low > implied[1]) context.report({ messageId: 'peakTooLow', field: 'value', data, claims });
            // "at the 2023 peak, some 43,000 people a day": 30 times the year's average, a month's
            // figure given per day. Only a warning: a flow that collapses can peak far above its year.
            else if (high > 0 && implied[0] >= PEAK_FACTOR * high && !collapsed(series!, rate, implied[0] / units)) {
              const average = formatNumber(Number((high / units).toPrecision(3)));
              context.report({ messageId: 'peakTooHigh', field: 'value', severity: 'warning', data: { ...data, factor: String(Math.round(implied[0] / high)), average }, claims });
            }
          } else if (low > implied[1] || high < implied[0]) {
            context.report({ messageId: 'averageMismatch', field: 'value', data, claims });
          }
        }
      }
    }
  },
};

/**
 * "el flujo diario bajó de 2.461 personas en agosto de 2021 a 140": a draft's rate that the registry
 * holds as the peak of a time it falls in (2,461 a day "at its peak in August") is that peak, said
 * without the word, and is held to what a peak may be, not to the month's average.
 */
function isKnownPeak(context: CheckContext, rate: Claim): boolean {
  const q = rate.quantity!;
  // "August 2021 as a whole averaged 2,461 a day" says it is the month's average: held to that.
  if (!isDraftClaim(rate) || rate.averageSaid || q.basis === 'peak' || q.per === null) return false;
  return saysTheSame(rate, context.index.series.get(seriesKeyOf(rate.metric.id, rate.place, q.unit, `${q.per}:peak`))?.claims ?? []);
}

/** Whether a registry claim among `claims` gives the draft's rate: a period that overlaps it, a figure within its rounding. */
function saysTheSame(rate: Claim, claims: readonly Claim[]): boolean {
  const { start, end } = rate.period!;
  return claims.some((other) => !isDraftClaim(other) && other.period!.start <= end && start <= other.period!.end && intervalsOverlap(other.quantity!.interval, rate.quantity!.interval));
}

/**
 * Whether a draft's rate is one the registry gives as said at a moment ("In February 2022 she put
 * the flow at just 140 a day" is the minister's "140 today"): the draft restates it, and a rate at
 * a point of a month is held to the month only when it is far from it (spotWithinItsMonth), as the
 * registry's own is.
 */
function isKnownSpot(context: CheckContext, rate: Claim): boolean {
  const q = rate.quantity!;
  // A rate with no word of its basis is read as an average; one said as an average ("averaged") is held to it.
  if (!isDraftClaim(rate) || rate.averageSaid || q.basis === 'peak' || q.basis === 'spot' || q.per === null) return false;
  // "decreased from 2,461 per day … to just 140 today": a spot rate the registry gives as the end of a change is indexed as a comparison.
  const spots = [...(context.index.series.get(seriesKeyOf(rate.metric.id, rate.place, q.unit, `${q.per}:spot`))?.claims ?? []), ...context.index.comparisons.filter((claim) => claim.metric === rate.metric && claim.place === rate.place && claim.period && claim.quantity?.basis === 'spot' && claim.quantity.per === q.per)];
  return saysTheSame(rate, spots);
}

/**
 * Whether a year before a peak's year was busy enough to make the peak plausible: "at its 2025
 * peak, in early January, about 250 a day" is 29 times 2025's average, but 2025 is the year the
 * flow collapsed, and 2024 averaged 826 a day. Only calendar years are looked back on.
 */
function collapsed(totals: Series, rate: Claim, peakPerDay: number): boolean {
  const year = calendarYearOf(rate.period!);
  if (year === null) return false;
  const before = totals.byPeriod.get(`${dayNumber(year - 1, 1, 1)}:${dayNumber(year - 1, 12, 31)}`) ?? [];
  return before.some((total) => peakPerDay < PEAK_FACTOR * (total.quantity!.interval[1] / lengthInDays(total.period!)));
}

/** The period words of a claim dated by its page, the registry's convention ("(none: as of the page date)"). */
const AS_OF = /^\(none: as of\b/;
const AS_OF_PAGE = /^\(none: as of the page date\b/;
/** How far a rate at a point of a month may stand from the month's average before it is reported. */
const SPOT_FACTOR = 3;
/** The share of a longer period's total that one unit of a spot rate must reach to be reported. */
const SPOT_WHOLE_SHARE = 0.9;
/** The longest period a rate at a point of it is held to: a month. A year's flow can collapse. */
const SPOT_DAYS = 31;

/**
 * "By June 2025, only 10 migrants crossed per day", where June's total is 10: a rate as of a month
 * said for that month is the rate within it, which cannot be three times its average or a third of
 * it (10 a day is 30 times June's). A warning: a rate on one day of a month can differ from its
 * average, but not by that much.
 */
function spotWithinItsMonth(context: CheckContext, rate: Claim, units: number, totals: readonly Claim[]): void {
  const quantity = rate.quantity!;
  const period = rate.period!;
  // As of the page date, a rate has no month of its own to be held to; as of when it was said
  // ("said in February that the flow was down to about 640 a day") it has that month.
  if (AS_OF_PAGE.test(rate.periodWords ?? '') || units <= 1) return;
  // Within a longer period (a year) the flow may have collapsed, so a rate far from its average is
  // no slip (150 a day at the start of 2025, whose total was 3,091); but a rate whose one unit
  // alone nearly holds the whole period's total is ("en 2020 el tránsito cayó a unas 6.465 personas
  // al mes": the year's total said per month).
  const withinAMonth = period.end - period.start + 1 <= SPOT_DAYS;
  const [above, below] = withinAMonth ? [SPOT_FACTOR, SPOT_FACTOR] : [SPOT_WHOLE_SHARE * units, Number.POSITIVE_INFINITY];
  for (const total of totals) {
    const [low, high] = total.quantity!.interval;
    const average = [low / units, high / units] as const;
    const factor = quantity.interval[0] >= above * average[1] ? quantity.interval[0] / average[1] : quantity.interval[1] * below <= average[0] ? average[0] / quantity.interval[1] : 0;
    if (factor === 0 || average[1] <= 0) continue;
    const data = { rate: rate.figure, per: quantity.per!, period: period.text, total: `${total.figure} (${total.source.id}, ${describeRange(total)})`, factor: formatNumber(Number(factor.toPrecision(2))), average: formatNumber(Number((high / units).toPrecision(3))) };
    context.report({ messageId: withinAMonth ? 'spotFarFromTotal' : 'spotFarAboveTotal', field: 'value', severity: 'warning', data, claims: [{ claim: rate, role: 'rate' }, { claim: total, role: 'total' }] });
    return;
  }
}

/**
 * "an average of about 1,100 a day across those three months" (August to October 2021), where no
 * source states the three months' total but the registry holds each month: the rate is held to
 * their sum, the loosest the registry allows, and reported only past ACROSS_MARGIN, as a whole is
 * against parts from several sources (part-whole).
 */
function reportAgainstParts(context: CheckContext, rate: Claim, implied: Interval, series: Series): void {
  const across = sumAcross(seriesTiles(series), rate.period!.start, rate.period!.end);
  if (!across || (implied[0] <= across.high * (1 + ACROSS_MARGIN) && implied[1] * (1 + ACROSS_MARGIN) >= across.low)) return;
  const quantity = rate.quantity!;
  context.report({
    messageId: 'averageMismatchParts',
    field: 'value',
    data: { rate: rate.figure, per: quantity.per!, period: rate.period!.text, implied: formatInterval(wholeCounts(implied)), sum: formatInterval(wholeCounts([across.low, across.high])), sources: [...new Set(across.parts.map(sourceName))].join(', ') },
    claims: [{ claim: rate, role: 'rate' }, ...across.parts.map((claim) => ({ claim, role: 'part' }))],
  });
}

/** How many times its period's average a peak must be to be reported: far above what a peak can be. */
const PEAK_FACTOR = 20;

