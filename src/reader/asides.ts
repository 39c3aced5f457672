/**
 * Finish stage, figures set aside: one group's count ("10,348 from China", "Venezuelans (113,244)"),
 * a forecast ("expected to cross"), and what a correction says an earlier version claimed.
 */
import { spanishForecast, spanishGroup } from './aside-es.js';
import { because, type Because } from './reasons.js';
import type { Building } from './record.js';
import { clauseBounds } from './clauses.js';
import { leadsToBaselineFigure } from './baselines.js';
import { EN } from './lexicon/en.js';
import { keyed } from '../text/keyed.js';
import { lengthInDays, yearOfDay, type Period } from '../model/period.js';
import { ES } from './lexicon/es.js';
import { cut } from '../text/one-byte.js';
import { GROUPS, stem } from '../drafts/metrics.js';

/** A sentence's first noun, after its article: "Los menores …", "Children …". */
const GROUP_OPENS = /^[\s*_#>-]*(?:(?:los|las|the)\s+)?(\p{L}+)/iu;

/** Nationalities and other groups of people, as words: a count of one is not the flow's. */
// Demonyms by their endings ("Venezuelans", "Haitians", "Chinese"), not any capitalised plural:
// "the United Nations", "Paris" are no group of people.
const GROUP_WORD = EN.pattern('group-word');
const NATIONALITY_PEOPLE_AFTER = EN.pattern('nationality-people-after');
const SHARE_OF_TOTAL_AFTER = EN.pattern('share-of-total-after');
const DEMONYM_LABEL_BEFORE = EN.pattern('demonym-label-before');
const DEMONYM_LABEL_BEFORE_ES = ES.pattern('demonym-label-before');
const ORIGIN_AFTER = EN.pattern('origin-after');
const MONTH_WORD = EN.pattern('month-word');
const ORIGIN_PREDICATE = keyed(EN.pattern('origin-predicate'), /from/);
const GROUP_PREDICATE = EN.pattern('group-predicate');
const ELIDED_GROUP = EN.pattern('elided-group');
/** Words without one of which no figure of a sentence is a group's, a forecast or an origin's. */
const FORECAST_WORDS = EN.pattern('forecast-words');
// Case matters for the rest ("from [A-Z]"), so the forecast's words are tried apart, in any case:
// a headline's "400,000 Migrants May Cross Darien Gap".
// A bracket, and the endings of words for groups of people ("Venezuelans", "Chinese"), are looked
// for apart: they are in most sentences that have any of these words, and the one pattern of all
// the words took twice as long to say no.
export const hasAsideWords = (body: string): boolean => body.includes('(') || GROUP_ENDINGS.test(body) || ASIDE_WORDS.test(body) || FORECAST_WORDS.test(body);
const GROUP_ENDINGS = /[a-z](?:ns|se|sh|is|ren|ors|men|les|ies|rls|oys)\b|[a-z](?:an|ese|ish) d/;
const ASIDE_WORDS = new RegExp(`from [A-Z]|(?:%|percent|per cent|por ciento) (?:del|de l[oa]s|de todos|of the|of all) |(?:figure|number|count|total) of \\d|\\d (?:figure|number|count|total)\\b|from other|(?:low|high|peak|maximum|minimum|mínimo|máximo|pico)s? (?:of|de) |(?:peak(?:ed|s)?|out) (?:at|near|around|with) |never (?:went|got|rose|climbed|fell|dropped|sank) |as (?:low|high) as |of whom|of which|of them|de l[oa]s cuales|de ell[oa]s|entre ell[oa]s|(?:gap|difference|discrepancy|margin|diferencia|brecha|discrepancia|margen) (?:of|de) |(?:[Gg]ap|[Dd]ifference|[Dd]iscrepancy|[Dd]iferencia|[Bb]recha|[Dd]iscrepancia) (?:between|entre|is|was|stands|comes|es|fue|era|ronda|alcanza|llega|supera|equivale) |rang(?:ed|ing|es?) |var(?:ied|ying|y|ies) |vari(?:ó|aron|aba|aban|ando) |fluctuat|oscil|swung|swinging|(?:stayed|remained|held|kept|stuck|mantuvo|mantuvieron|permaneció|permanecieron) (?:[a-z]+ )?(?:between|entre) |[,;(—–] ?(?:and |y )?(?:not|no) |[Rr]ather than|[Ii]nstead of|iffer(?:s|ed)? by|iverge[sd]? by|moved? by|moves by|shift(?:s|ed)? by|(?:is|are|was|were) off by|ifieren en|ifiere en|before the (?:year|month) |antes de (?:que )?(?:terminara|acabara|cerrara|concluyera|finalizara)|eplacing|eplaces|upersed|[Ww]e (?:wrote|said|reported|published|stated|gave) |scribimos |ijimos |ublicamos |nformamos |firmamos |ndicamos |evised (?:up |down )?from|orrected from|eemplazando|ustituyendo|n sustitución de|[Ee]n lugar de|\\w (?:of the|de l[oa]s) [\\w.,]+[,;:)]|(?:[Ee]very|[Ee]ach|[Aa]ll|[Nn]o|[Aa]ny|[Cc]ada|[Tt]od[oa]s l[oa]s|[Nn]ingún) (?:[a-z]+ )?(?:month|year|week|mes|año|semana)| each (?:topped|exceeded|passed|surpassed|reached|cleared|broke|brought|saw) |cada un[oa] (?:registraron|sumaron|trajo) |(?:superaron|superó|rebasaron|rebasó|alcanzaron|pasaron de|registraron|sumaron|topped|exceeded|passed|surpassed) (?:each|cada un[oa]) |[Ee]n vez de|apacity|apacidad|[Pp]ermit|[Aa]llow|[Aa]dmit|utoriz|room for| sleeps |(?:[Ee]llos|[Ee]llas|[Nn]osotr[oa]s|[Ww]e|[Tt]hey) (?:eran|éramos|son|somos|fueron|fuimos|were|are) |can (?:hold|house|sleep|shelter) |cupo para|plazas para| built for| made for| designed for| meant for|(?:hech|construid|diseñad|pensad|habilitad)[oa]s? para|pasar un|ejará pasar|ejarán pasar| cap of| quota| limit of| ceiling of|cupo|tope|(?:were|are|eran|son|fueron) (?:all |mostly |mainly )?(?:adult|child|minor|women|men|girl|boy|adolesc|teen|famil|niñ|menor|mujer|hombr|[A-Z])`);
// "Officials expect as many as 200,000 to cross": a verb of expecting whose object is the figure.
const FORECAST_OBJECT = EN.pattern('forecast-object');
const SOMEONE_ELSES_CHANGE = EN.pattern('someone-elses-change');
const FORECAST_BEFORE = EN.pattern('forecast-before');
const GAP_BEFORE = keyed(EN.pattern('gap-before'), /gap|differ|discrepanc|diferencia|brecha|diverge|move|shift|var|off|difier/iu);
/**
 * "on pace to well exceed the 9,678 who made the passage last year": the figure a forecast is set
 * against, told in the past, is what happened, not the forecast.
 */
function setAgainstInThePast(before: string, after: string): boolean {
  const lead = before.slice(-48);
  return (leadsToBaselineFigure(lead) || SET_AGAINST_BEFORE.test(lead)) && TOLD_IN_THE_PAST_AFTER.test(after);
}
const SET_AGAINST_BEFORE = /(?:^|[^\p{L}])(?:exceed|surpass|top|beat|pass|outstrip|eclipse|match|superar|supere|rebasar|igualar)\p{L}*\s+(?:the|los|las|el|la|a\s+los|a\s+las)\s+$/iu;
const TOLD_IN_THE_PAST_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:who|that|which|que|quienes)\s+(?:[\p{L}-]+\s+)?(?:made|came|took|went|crossed|passed|arrived|were|did|had|[\p{L}]+ed|cruzaron|llegaron|pasaron|hicieron|fueron)(?![\p{L}])/iu;
const GAP_LABEL_BEFORE = EN.pattern('gap-label-before');
const MARGIN_BEFORE = keyed(EN.pattern('margin-before'), /margin|margen/iu);
const EXTREME_BEFORE = EN.pattern('extreme-before');
const RECORD_TOTAL_BEFORE = EN.pattern('record-total-before');
const EACH_UNIT_BEFORE = EN.pattern('each-unit-before');
const SET_SIZE_BEFORE = EN.pattern('set-size-before');
const WE_WERE_BEFORE = EN.pattern('we-were-before');
const SPREAD_BEFORE = keyed(EN.pattern('spread-before'), /rang|var|fluctu|oscil|swung|swing|stayed|remained|held|kept|stuck|mantuv|permaneci/iu);
const NEGATED_BEFORE = EN.pattern('negated-before');
const WE_WROTE_BEFORE = keyed(EN.pattern('we-wrote-before'), /we\s+(?:wrote|said|reported|published|stated|gave)|escribimos|dijimos|publicamos|informamos|afirmamos|indicamos/iu);
const CAPACITY_BEFORE = keyed(EN.pattern('capacity-before'), /capacity|room|space|beds|shelter|sleeps|can |built|designed|meant|made for|capacidad|cupo|espacio|plazas|hech|construid|diseñad|pensad|habilitad|permit|autoriz|admit|allow|pasar|cap|quota|limit|ceiling|tope|límite/iu);
const BOUND_HEDGES = EN.words('bound-hedges');

/**
 * A period of more than one calendar year: its low or high is one year's. (Within a year, "a peak
 * of 520,085 in 2023" is the year's own count, the peak among years.)
 */
function spansUnits(period: Period): boolean {
  return yearOfDay(period.start) !== yearOfDay(period.end);
}
const PARTITIVE_BEFORE = keyed(EN.pattern('partitive-before'), /of whom|of which|of them|of th(?:ose|ese|at)|de los cuales|de las cuales|de ellos|de ellas|entre ellos|entre ellas|de es[aeo]|de est[ao]s|\(/iu);
// "As many as 400,000 migrants may cross the Darién this year": a modal after the figure's noun.
// "may have crossed" is an estimate of what happened, and "the 32 boats will be based at" is no
// forecast of how many: only verbs of the count itself are.
const FORECAST_AFTER = EN.pattern('forecast-after');
const PAST_WHEN = EN.pattern('past-when');

/** "from South America, Africa and Asia": several origins listed are the whole flow. */
const SEVERAL_ORIGINS = EN.pattern('several-origins');

/** "the return of 9,000 migrants from Mexico": a reverse flow comes back from its route. */
const REVERSE_FLOW = EN.pattern('reverse-flow');

/** Capitalised words that end like a group's name but name none. */
const NOT_A_GROUP = EN.pattern('not-a-group');

/** "The crossings - most by Haitian families - reached 9,300": who most of the flow were, not the group counted. */
const COMPOSITION_ASIDE = EN.pattern('composition-aside');

/** Words between a group and its figure that make the figure everyone's: "Venezuelans and other migrants, 150,000 in all". */
const WHOLE_FLOW = EN.pattern('whole-flow');
const EVERYONE_IN_PAIRS = EN.pattern('everyone-in-pairs');

/**
 * "an increase of up to 20% is expected compared to last year": a change to come, not one that
 * happened. Only a forecast is asked of a change; a group or an origin is its subject's business.
 */
export function forecastChange(figure: Building, m: string, sentenceStart: number, spanish = false): Because | null {
  if (forecastAfter(cut(m, figure.end, figure.end + 60))) return because('forecast');
  // "Los menores de edad que cruzaron … en 2023 superaron en más de 70.000 a los de 2022": a change of
  // the count of the group that opens the figure's own clause (a plural noun, the change's subject),
  // not of the whole flow. Not "Families queue for buses north; the 2022 flow … was more than triple"
  // (another clause), "Colombian authorities said …" (an adjective), nor a group that reports the change
  // or a when-clause between (someone-elses-change).
  const clause = cut(m, sentenceStart, figure.start).split(/[;:—]/).at(-1)!;
  const opening = GROUP_OPENS.exec(clause);
  if (opening && /s$/i.test(opening[1]!) && GROUPS.has(stem(opening[1]!)) && !SOMEONE_ELSES_CHANGE.test(clause)) return because('one-group', { group: opening[1]! });
  // "is expected to rise by 20%", "se espera un aumento de hasta un 20 %": expected before it.
  const before = cut(m, Math.max(sentenceStart, figure.start - 80), figure.start);
  const expected = (FORECAST_WORDS.test(before) && FORECAST_BEFORE.test(before)) || (spanish && spanishForecast(before, ''));
  return expected ? because('forecast') : null;
}

/** A forecast said after the figure ("… are expected to cross"), looked for only where its words are. */
function forecastAfter(after: string): boolean {
  return FORECAST_WORDS.test(after) && FORECAST_AFTER.test(after);
}

/**
 * "La cifra de 8.456 … no coincide con nuestros registros", "The 8,456 figure is wrong": the
 * figure right after "the figure of" (or before "figure"), in a sentence that says it is wrong.
 */
function disputed(figure: Building, m: string, sentenceStart: number): boolean {
  if (!DISPUTED_LEAD.test(cut(m, Math.max(sentenceStart, figure.start - 24), figure.start))) return false;
  const found = DISPUTED.exec(cut(m, Math.max(sentenceStart, figure.start - 24), Math.min(m.length, figure.end + 200)));
  const number = found?.[1] ?? found?.[2];
  // "The figure of 300,000 … shows the UN forecast was wrong": the wrong one is another's subject.
  return number !== undefined && figure.text.includes(number) && !SHOWS.test(found![0]);
}
const DISPUTED = EN.pattern('disputed-figure');
const RELEASED_EARLY = keyed(EN.pattern('released-early-after'), /released|published|issued|announced|given\s+out|antes\s+de/iu);
const DISPUTED_LEAD = EN.pattern('disputed-lead');
const SHOWS = EN.pattern('shows-verbs');

/** A figure the sentence names only to set it aside: a corrected, disputed or early figure. */
function setAsideByTheSentence(figure: Building, m: string, sentenceStart: number): Because | null {
  // "3,091 crossings in 2025, not 30,910": the figure a correction sets aside. Not a bound: "no
  // more than 6,780", "not fewer than 500,000" (the hedge is the figure's).
  if (!BOUND_HEDGES.has(figure.text.split(/\s/, 1)[0]!.toLowerCase()) && NEGATED_BEFORE.test(cut(m, Math.max(sentenceStart, figure.start - 60), figure.start))) return because('negated');
  // "Escribimos que … unas 100.000 personas: en realidad fueron 133.726": what a correction says the outlet wrote.
  if (WE_WROTE_BEFORE.test(cut(m, Math.max(sentenceStart, figure.start - 120), figure.start))) return because('negated');
  if (disputed(figure, m, sentenceStart)) return because('disputed');
  // "the 300,549 … was released in mid-December, before the year was out": part of its period.
  const early = RELEASED_EARLY.exec(cut(m, figure.end, figure.end + 110));
  return early && ofItsPeriod(early[1] ?? early[2]!, figure.period) ? because('period-unresolved', { words: early[1] ?? early[2]! }) : null;
}

/**
 * "before the year was out" of a figure said for a year, "before the month was out" of one for a
 * month: the release cut its own period short. "The 2024 total was released in January, before the
 * month was out" says nothing of 2024's.
 */
function ofItsPeriod(words: string, period: Period | null): boolean {
  if (!period) return true;
  const [start, end] = [new Date(period.start * 86_400_000), new Date(period.end * 86_400_000)];
  return /\b(?:year|año)\b/i.test(words) ? lengthInDays(period) >= 365 || start.getUTCMonth() === 0 : start.getUTCMonth() === end.getUTCMonth() && lengthInDays(period) <= 31;
}

/**
 * A low or a high within a span, each month's bound, or the size of a set, or null.
 * "In three of the six, 2017, 2018 and 2020, …": the size of a set named before, with no noun of
 * its own; "every month from August through October topped 25,000": a bound said of each month of
 * a span, the lowest (or highest) of them, not the span's total.
 */
function eachUnitOrSetSize(figure: Building, m: string, sentenceStart: number, after: string): Because | null {
  // "from a low of 6,465 to a high of 30,055" between 2015 and 2020: one year's, not the span's.
  // "has hit a record high of 402,300 people in the year to September": a record total of one year
  // or less is that period's count; over several years a record high is one of them.
  const lead = cut(m, Math.max(sentenceStart, figure.start - 40), figure.start);
  if (figure.period && spansUnits(figure.period) && EXTREME_BEFORE.test(lead) && !(RECORD_TOTAL_BEFORE.test(lead) && lengthInDays(figure.period) <= 366)) return because('extreme');
  if (SET_SIZE_BEFORE.test(cut(m, Math.max(sentenceStart, figure.start - 30), figure.start)) && /^\s*[,;:)]/.test(after)) return because('group-size');
  // Only a group's size (under a hundred): "in 2023 they were 520,085" still counts the flow.
  if (figure.value !== null && figure.value < 100 && WE_WERE_BEFORE.test(cut(m, Math.max(sentenceStart, figure.start - 30), figure.start))) return because('group-size');
  if (figure.period && figure.period.end - figure.period.start > 31 && EACH_UNIT_BEFORE.test(cut(m, Math.max(sentenceStart, figure.start - 120), figure.start))) return because('extreme');
  return null;
}

/** A figure said to be a share of the total (a group's), or how many a place holds. */
function shareOrCapacity(figure: Building, m: string, sentenceStart: number): Because | null {
  // "28 mil 344 cruzaron …, lo que representa el 22.3% del total": a share of the total is a group's.
  if (SHARE_OF_TOTAL_AFTER.test(cut(m, figure.end, figure.end + 200))) return because('one-group', { group: 'a share of the total' });
  // "tenían capacidad para 2.000 personas": how many a place holds.
  if (CAPACITY_BEFORE.test(cut(m, Math.max(sentenceStart, figure.start - 40), figure.start))) return because('capacity', { figure: figure.text });
  return null;
}

/** Why a figure is one group's count or a forecast, or null. */
export function groupOrForecast(figure: Building, m: string, sentenceStart: number, breaks: ReadonlyArray<readonly [number, number]>, length: number, spanish = false): Because | null {
  // The clause before the figure, at most its last 120 characters: what is searched stays short
  // on a long sentence.
  const [clauseStart] = clauseBounds(breaks, length, figure.start - sentenceStart);
  // "at the monthly average (about 30,000)": a figure that opens a bracket is read with the clause it glosses.
  const glossed = /\(\s*$/.test(cut(m, Math.max(sentenceStart, figure.start - 3), figure.start));
  const before = cut(m, Math.max(glossed ? sentenceStart : sentenceStart + clauseStart, figure.start - 120), figure.start);
  const after = cut(m, figure.end, figure.end + 60);
  // A cheap look for the words a forecast needs before the patterns that place them.
  // "on pace to be second to 2021, when 133,726 took the route": the when-clause of a year gone by
  // says what happened then, whatever the sentence forecasts.
  const eachOrSet = eachUnitOrSetSize(figure, m, sentenceStart, after) ?? shareOrCapacity(figure, m, sentenceStart);
  if (eachOrSet) return eachOrSet;
  const setAside = setAsideByTheSentence(figure, m, sentenceStart);
  if (setAside) return setAside;
  // "ranged from 6,465 to 30,055", "oscilaron entre 1.500 y 3.000 al día": the low and the high
  // of the values within whatever period the sentence gives, each of them. Said as one range of a
  // rate ("varied between 2,000 and 3,000 a day") it still holds the period's average, and is checked.
  if ((!figure.mention?.range || figure.per === null) && SPREAD_BEFORE.test(cut(m, Math.max(sentenceStart, figure.start - 60), figure.start))) return because('extreme');
  // "de los cuales 16.864 eran venezolanos", "el 63,28 % (44.943)": part of the group before it.
  // Not a part in time ("de los cuales 25.332 lo hicieron en agosto"): that is its month's count.
  if (PARTITIVE_BEFORE.test(cut(m, Math.max(sentenceStart, figure.start - 40), figure.start)) && !(figure.periodMention && figure.periodMention.start >= figure.end)) return because('part-of-group', { figure: figure.text });
  // A gap paired with the two figures it lies between is a difference (attach-comparison.ts).
  if (GAP_BEFORE.test(before) || (figure.unit === null && MARGIN_BEFORE.test(before)) || GAP_LABEL_BEFORE.test(cut(m, Math.max(sentenceStart, figure.start - 140), figure.start))) return figure.comparisonDraft ? null : because('gap');
  const pastWhen = PAST_WHEN.test(before) || setAgainstInThePast(before, after);
  if (!pastWhen && ((FORECAST_WORDS.test(before) && (FORECAST_BEFORE.test(before) || FORECAST_OBJECT.test(before))) || forecastAfter(after))) return because('forecast');
  if (spanish && spanishForecast(before, after)) return because('forecast');
  const groupEs = spanish ? spanishGroup(before, after, cut(m, sentenceStart, figure.start)) : null;
  if (groupEs) return because('one-group', { group: groupEs });
  const broken = breakdownGroup(m, sentenceStart, figure.start, spanish);
  if (broken) return because('one-group', { group: broken });
  // "(406,905 were adults and 113,180 were girls, boys and adolescents)": the predicate names the group.
  // "406,905 fueron adultos y 113,180, niñas, niños y adolescentes": the verb said once for both.
  const predicate = GROUP_PREDICATE.exec(after) ?? (/\b(?:y|and)\s+$/i.test(before) ? ELIDED_GROUP.exec(after) : null);
  if (predicate) return because('one-group', { group: predicate[1]! });
  // "around 11,219 migrants from Colombia", "10,348 from China": counted by where they came from.
  // "25,105 travelers who transited through the jungle were from Ecuador": the origin may be the predicate's.
  const origin = ORIGIN_AFTER.exec(after) ?? ORIGIN_PREDICATE.exec(cut(m, figure.end, figure.end + 120));
  // "the return of 9,000 migrants from Mexico": where a reverse flow comes back from is its route.
  // "from South America, Africa and Asia": several origins listed are the whole flow.
  const severalOrigins = (): boolean => SEVERAL_ORIGINS.test(after.slice(0, 60));
  if (origin && !MONTH_WORD.test(origin[1]!) && !severalOrigins() && !REVERSE_FLOW.test(before)) return because('one-group', { group: `from ${origin[1]}` });
  // "a total of 562 Venezuelans making the crossing daily": the noun the figure counts names a group.
  // "some 19,000 migrant children", "2,000 unaccompanied minors": a word that only says they are
  // migrants may stand before the group's noun.
  const noun = /^\s+(?:(?:migrant|refugee|undocumented|irregular|unaccompanied|asylum-seeking|young)\s+)?(\p{L}+)/u.exec(after)?.[1];
  // Not the first of a list ("720,085 men, women and children"): several groups are the flow.
  if (!spanish && noun && GROUP_WORD.test(noun) && !NOT_A_GROUP.test(noun) && !/^\s+\p{L}+\s*(?:,|and\b|&)/u.test(after)) return because('one-group', { group: noun });
  const nationality = spanish ? null : NATIONALITY_PEOPLE_AFTER.exec(after);
  if (nationality) return because('one-group', { group: nationality[1]! });
  const labelled = groupLabelled(figure, m, sentenceStart, spanish);
  if (labelled) return labelled;
  const opening = groupBeforeTheBreak(m, sentenceStart, figure.start);
  if (opening) return because('one-group', { group: opening });
  // The clause's subject: a group named before the figure with no count of its own ("Venezuelans
  // dominated the flow with more than 150,000 crossings").
  // Only a word that can name a group (a plural, a nationality) is worth splitting the clause for.
  if (!/(?:ns|se|sh|is|ren|ors|men|les|ies|rls|oys)\b/.test(before)) return null;
  const words = before.replace(COMPOSITION_ASIDE, ' ').match(/[\p{L}]+/gu) ?? [];
  const subject = words.slice(-12).find((w) => GROUP_WORD.test(w) && !NOT_A_GROUP.test(w));
  if (subject && !WHOLE_FLOW.test(before.slice(before.lastIndexOf(subject))) && !EVERYONE_IN_PAIRS.test(before)) return because('one-group', { group: subject });
  return null;
}

/** A group a bracket or a label names just before the figure: "Venezuela (150,327)", "Venezuelan 69,568". */
function groupLabelled(figure: Building, m: string, sentenceStart: number, spanish: boolean): Because | null {
  const paren = /\(\s*$/.test(cut(m, Math.max(sentenceStart, figure.start - 4), figure.start)) ? /([\p{L}]+)\s*\(\s*$/u.exec(cut(m, Math.max(sentenceStart, figure.start - 40), figure.start)) : null;
  if (paren && GROUP_WORD.test(paren[1]!)) return because('one-group', { group: paren[1]! });
  // "mostly citizens of Venezuela (150,327), Ecuador (29,356) and Haiti": a country's figure in a list of origins.
  // "la nacionalidad venezolana (150 mil 327)": a nationality said as the adjective, lower case.
  if (paren && ORIGIN_LIST.test(cut(m, Math.max(sentenceStart, figure.start - 160), figure.start))) return because('one-group', { group: /^\p{Lu}/u.test(paren[1]!) ? `from ${paren[1]!}` : paren[1]! });
  // "Venezuelan 69,568, Ecuadorian 8,912, Haitian 7,253": a nationality said right before the
  // figure, as a table's label is, names the group it counts.
  const label = (spanish ? DEMONYM_LABEL_BEFORE_ES : DEMONYM_LABEL_BEFORE).exec(cut(m, Math.max(sentenceStart, figure.start - 24), figure.start))?.[1];
  if (label && !NOT_A_GROUP.test(`${label}s`)) return because('one-group', { group: label });
  return null;
}

/**
 * "siendo la nacionalidad venezolana la más numerosa con 55.589; seguida de Haití, 28.610;
 * Ecuador, 16.992", "followed by Haiti, 28,610": a figure of a breakdown by origin, in a sentence
 * that breaks a total down so, is one group's. The words before it up to 60 characters back, across
 * the semicolons that a clause stops at.
 */
function breakdownGroup(m: string, sentenceStart: number, figureStart: number, spanish: boolean): string | null {
  const lexicon = spanish ? BREAKDOWN_ES : BREAKDOWN_EN;
  const tail = cut(m, Math.max(sentenceStart, figureStart - 120), figureStart);
  const found = lexicon.before.exec(tail);
  // "followed by October with 25,904": a month in a breakdown by time, not an origin.
  if (found && MONTH_WORD.test(/\p{Lu}\p{L}+/u.exec(found[0])?.[0] ?? '')) return null;
  return found && lexicon.cue.test(cut(m, sentenceStart, figureStart)) ? found[0].replace(/^[;\s]+|[\s,]+$/g, '') : null;
}
const BREAKDOWN_EN = { before: EN.pattern('breakdown-before'), cue: EN.pattern('breakdown-cue') };
const BREAKDOWN_ES = { before: ES.pattern('breakdown-before'), cue: ES.pattern('breakdown-cue') };

/**
 * "in 2022 it's Venezuelans who cross the most — 80,000 so far this year", "Haitians led the
 * list, with 22,435": a figure that opens its clause after a dash, a colon or ", with" says how
 * many of the group the clause before named last.
 */
function groupBeforeTheBreak(m: string, sentenceStart: number, figureStart: number): string | null {
  const lead = OPENS_AFTER_BREAK.exec(cut(m, Math.max(sentenceStart, figureStart - 12), figureStart));
  if (!lead) return null;
  const previous = cut(m, Math.max(sentenceStart, figureStart - 110), figureStart - lead[0].length);
  const words = previous.replace(COMPOSITION_ASIDE, ' ').match(/[\p{L}]+/gu) ?? [];
  // Several groups named ("Venezuelans, Ecuadorians and Haitians: 520,085 people") are the flow.
  const groups = words.slice(-8).filter((w) => GROUP_WORD.test(w) && !NOT_A_GROUP.test(w));
  // "is from Venezuelan citizens: 69,568": a nationality said as an adjective of its people.
  const group = groups.length === 1 ? groups[0]! : groups.length === 0 ? (NATIONALITY_PEOPLE.exec(previous)?.[1] ?? null) : null;
  return group && !WHOLE_FLOW.test(previous.slice(previous.lastIndexOf(group))) ? group : null;
}
const ORIGIN_LIST = EN.pattern('origin-list');
const OPENS_AFTER_BREAK = EN.pattern('opens-after-break');
const NATIONALITY_PEOPLE = EN.pattern('nationality-people');

/** A correction's account of what an earlier version of the story said. */
export const RETRACTED = EN.pattern('retracted');
