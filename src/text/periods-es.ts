/**
 * Spanish period phrases, as data: each rule is a pattern, the period kind it names (the kinds of
 * periods.ts), and how its words read in English, the form periods.ts already resolves. "entre
 * enero y el 25 de septiembre" is glossed "between January and September 25" and resolved by the
 * same code as the English phrase, so the two languages cannot drift apart in what they mean.
 *
 * A gloss is a template: `$n` is the rule's n-th group, translated by GLOSSARY (a phrase, then
 * its dates, then word by word); "${n:words}" takes the words when the group is empty. `groups`
 * are the groups the English rule of that kind would have captured, in its order. Each rule
 * carries examples it must read and phrases it must not; tests/text/periods-es.test.ts runs them.
 *
 * A new phrasing is a new row here, not new code.
 */
import type { PeriodKind } from './periods.js';

const MONTH = '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
/** A day of the month in words, as a radio script writes it ("el lunes dieciocho de abril"). */
const DAY_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve', 'treinta', 'treinta y uno'].map((word, i) => [word, i + 1]),
);
/**
 * A day said in words is no day when it ends a larger number: "los dos mil novecientos veintiocho
 * de enero y febrero" is 2,928 crossings of those months, not January 28.
 */
const NOT_A_NUMBERS_END = '(?<!(?:mil|ientos|ientas|ciento|cien|veinte|(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)(?: y)?)\\s)';
const DAY = `(?:[12]\\d|3[01]|0?[1-9])(?:º|°|\\.º)?|primero|${NOT_A_NUMBERS_END}(?:${Object.keys(DAY_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
// To thirty in words: "los primeros diecisiete días de julio", as a radio script says them.
const COUNT = '(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|veintiuno|veintidós|veintitrés|veinticuatro|veinticinco|veintiséis|veintisiete|veintiocho|veintinueve|treinta|\\d{1,2})';
const WEEKDAY = '(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)';
/** "25 de septiembre", "1º de julio de 2024", "17 de julio del 2024". */
// "1 de noviembre de 2024", and as some wires write it, "1 de noviembre 2024" or "1 de noviembre, 2024".
const DATE = `(?:${DAY}) de ${MONTH}(?:,? (?:del? )?${YEAR})?`;
/** Either end of a span: a date, a month (with its year or not), a year. */
const END = `(?:${DATE}|${MONTH}(?: del? ${YEAR})?|${YEAR})`;
/** Not followed by more of a word or number: "2024" in "2024-25" or "1,5" is no period. */
const STOP = '(?![\\p{L}\\p{N}-]|,\\d)';
/** "el año", "este año", "el año pasado": the year a part of the year belongs to. */
const WHICH_YEAR = `(${YEAR}|este año|el año pasado|año pasado|año)`;

/** "el mismo periodo", "las mismas semanas", "igual periodo": a period of another phrase, moved. */
const SAME = '(?:(?:en|durante) )?(?:(?:el|los|las|al|del|con el|ese|esa|este|esta|aquel|aquella|esos|esas|estos|estas|aquellos|aquellas) mism[oa]s?(?: (?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|\\d{1,2}))?|(?:el |un )?(?:igual|similar)) (?:período|periodo|lapso|tramo|mes|meses|semanas|días|fechas|bimestre|trimestre|cuatrimestre|semestre)';

export interface SpanishPeriodRule {
  readonly kind: PeriodKind;
  readonly pattern: RegExp;
  /** The phrase in English, as periods.ts resolves it. */
  readonly words: string;
  /** The groups the English pattern of this kind captures, in its order (null: none). */
  readonly groups: ReadonlyArray<string | null>;
  /** Phrases the rule must read whole, and phrases it must not read at all. */
  readonly examples: readonly string[];
  readonly not: readonly string[];
}

function rule(kind: PeriodKind, source: string, words: string, groups: ReadonlyArray<string | null>, examples: readonly string[], not: readonly string[] = []): SpanishPeriodRule {
  // Made when first asked for: a text in English never asks, and making the rules' patterns (a
  // `u` pattern is parsed as it is made) was some 7 ms of every run of lint, whatever its language.
  let pattern: RegExp | undefined;
  return {
    kind,
    // `d`: the date's own offsets ("el 1 de julio" → "1 de julio") are what dates an event.
    get pattern(): RegExp {
      return (pattern ??= new RegExp(`\\b${source}${STOP}`, 'giud'));
    },
    words,
    groups,
    examples,
    not,
  };
}

export const SPANISH_PERIOD_RULES: readonly SpanishPeriodRule[] = [
  rule('to-date', '(?:hasta (?:la fecha|ahora|el momento))', 'to date', [], ['hasta la fecha', 'hasta el momento']),
  // "hasta ayer habían cruzado 1.710": a running total to that day from a start not named.
  // Glossed "until …" with the day kept, as the English "until Wednesday" is: the day the total stood at
  // ("hasta este miércoles" is "until Wednesday", the last one: "this" is no word English reads here).
  rule('to-date', `hasta (?:(?:el |este |el pasado )(?=${WEEKDAY}))?((?:ayer|hoy|anoche|${WEEKDAY})(?! \\d))`, 'until $1', [], ['hasta ayer', 'hasta este jueves', 'hasta el pasado lunes'], ['hasta el jueves 22 de mayo']),
  rule('so-far', '(?:en |durante )?lo que va del? (?:este |presente )?año', 'so far this year', [null, null], ['en lo que va de año', 'lo que va del año', 'en lo que va de este año', 'en lo que va del presente año']),
  rule('so-far', `(?:en |durante )?lo que va de(?:l año)? (${YEAR})`, 'so far in $1', ['$1', null], ['en lo que va de 2024', 'lo que va del año 2024']),
  rule('so-far', '(?:en |durante )?el año en curso', 'so far this year', [null, null], ['en el año en curso']),
  // "300.549 migrantes reportados hasta lo que va de diciembre": the year so far, to this December;
  // "en lo que va de julio" without "hasta": the month so far.
  rule('so-far', `hasta lo que va de(?:l mes de)? ${MONTH}`, 'so far this year', [null, null], ['hasta lo que va de diciembre']),
  rule('since', `(?:en |durante )?lo que va de(?:l mes de)? (${MONTH})`, 'so far in $1', ['$1'], ['en lo que va de julio', 'lo que va del mes de marzo']),
  // "de enero a la fecha apenas 2 mil 831": from the month's first day to the page's.
  rule('since', `(?:desde|de) (${MONTH}) (?:a|hasta) (?:la fecha|hoy|ahora|el momento)`, 'since $1', ['$1'], ['de enero a la fecha', 'desde marzo hasta hoy']),
  // "para estas mismas fechas el año pasado": last year to the page's day of it.
  // Not "en las mismas fechas del año pasado": after a span, the same dates of it a year back (rule 'same').
  rule('so-far', '(?:(?:para|a|hasta) (?:estas|esas|las)|en (?:estas|esas)) (?:mismas )?(?:fechas|alturas)(?: del?)?,? (?:el )?año pasado', 'by this time last year', [null, null, 'last year'], ['para estas mismas fechas el año pasado', 'a estas alturas del año pasado'], ['en las mismas fechas del año pasado']),
  // "para esta misma fecha en 2021", "a la misma altura de 2023": that year to the page's day of it.
  // (Not "hasta esa fecha en 2023", "la misma fecha de 2022": the span just named, a year back: 'same', below.)
  rule('so-far', `(?:para|a|hasta|en) (?:esta (?:misma )?(?:fecha|altura)|(?:la|esa) (?:misma )?altura)(?: del año)?,? (?:en|de|del) (${YEAR})`, 'by this time in $1', [null, null, null, '$1'], ['para esta misma fecha en 2021', 'a la misma altura de 2023', 'para esta fecha de 2021'], ['hasta esa fecha en 2023', 'hasta la misma fecha de 2022']),
  rule('so-far', '(?:para|a|hasta|en) (?:esta (?:misma )?(?:fecha|altura)|(?:la|esa) (?:misma )?altura) del año (?:pasado|anterior)', 'by this time last year', [null, null, 'last year'], ['para esta misma fecha del año pasado', 'a la misma altura del año anterior']),
  // "respecto al mismo periodo del año pasado": the period the sentence names, a year back.
  rule('same', `${SAME} (?:del?|en(?: el)?) (${YEAR})`, 'the same period of $1', ['$1', null], ['el mismo periodo en el 2022', 'el mismo periodo de 2023', 'en las mismas semanas de 2021', 'en igual periodo de 2022', 'en el mismo bimestre de 2021', 'el mismo trimestre de 2023', 'en esos mismos dos meses de 2021']),
  // "244.243 hasta este lunes, mientras que hasta esa fecha en 2023 fueron 354.299": the same span, in 2023.
  rule('same', `(?:(?:hasta|para|a) )?(?:esa|la misma|igual) (?:misma )?fecha (?:de|en|del) (${YEAR})`, 'the same period of $1', ['$1', null], ['hasta esa fecha en 2023', 'hasta la misma fecha de 2022', 'esa misma fecha del 2023', 'Para igual fecha de 2023']),
  rule('same', `${SAME} (?:del año (?:pasado|anterior|previo|precedente)|de hace un año)`, 'the same period last year', [null, 'last year'], ['el mismo periodo del año pasado', 'al mismo período del año anterior', 'los mismos meses de hace un año', 'en igual periodo del año anterior']),
  // "Hace un año teníamos 36.841 migrantes …, hoy marzo llegamos a 112": "a year ago", the
  // sentence's own period a year back, as in English. Not "desde hace un año" (for a year now).
  rule('same', '(?<!desde )hace (?:un|1) año(?! y)', 'a year ago', [null, 'a year ago'], ['Hace un año', 'hace 1 año'], ['desde hace un año', 'hace un año y medio']),
  // "las más de 126.000 del año anterior en el mismo periodo": the year first, then the period.
  rule('same', `del año (?:pasado|anterior|previo|precedente),? ${SAME}`, 'the same period last year', [null, 'last year'], ['del año anterior en el mismo periodo', 'del año pasado, en igual lapso'], ['del año anterior']),
  // "en lo que va de enero": the month so far, from its first day to the page's.
  rule('since', `(?:en |durante )?lo que va (?:del mes )?de (${MONTH})`, 'since $1 1', ['$1 1'], ['en lo que va de enero', 'lo que va del mes de marzo']),
  // "en esos dos meses", "ese mes", "aquel año": a period named just before, referred back to.
  rule('those-months', `(?:(?:en|durante|para|a lo largo de) )?(?:esos|estos|aquellos) (${COUNT}) meses(?! (?:del?|antes|después)\\b)`, 'during those $1 months', ['$1', null], ['en esos dos meses', 'durante estos tres meses'], ['esos dos meses del año pasado']),
  // "Otros 4.262 ingresos: 8.964 en el bimestre": the two months just named, as "esos dos meses".
  // "Solo en esos dos años atravesaron la selva más de 900.000": the newest whole years named, together.
  rule('those-months', `(?:(?:en|durante|para|a lo largo de) )?(?:esos|estos|aquellos) (${COUNT}) años(?! (?:del?|antes|después|atrás)\\b)`, 'during those $1 years', ['$1', null], ['en esos dos años', 'durante estos tres años'], ['esos dos años de cárcel', 'hace esos dos años']),
  // "Entre los dos años sumaron más de 1,1 millones", "entre ambos años": the two newest years named, summed.
  // Not "la diferencia entre los dos años": a difference.
  rule('those-months', `(?<!(?:diferencia|caída|descenso|brecha|distancia|salto|aumento|alza|baja) )(?:entre|sumando|sumados) (?:los dos|ambos) años`, 'counting both years', [], ['Entre los dos años', 'entre ambos años', 'sumando ambos años'], ['en ambos años', 'la diferencia entre los dos años']),
  rule('those-months', `(?:(?:en|durante) )?(?:el|ese|este) bimestre(?! (?:del?|antes|después|pasado|anterior)\\b)`, 'during those two months', [null, null], ['en el bimestre', 'durante ese bimestre'], ['el bimestre de 2022', 'el bimestre pasado']),
  rule('those-months', `(?:(?:en|durante) )?(?:el|ese|este) trimestre(?! (?:del?|antes|después|pasado|anterior)\\b)`, 'during those three months', [null, null], ['en el trimestre', 'durante ese trimestre'], ['el trimestre de 2022', 'el trimestre pasado']),
  rule('those-months', `(?:(?:en|durante|para|a lo largo de) )?(?:esos|estos|aquellos) (${COUNT}) meses del? (${YEAR})`, 'during those $1 months of $2', ['$1', '$2'], ['En esos dos meses de 2022', 'durante estos tres meses de 2021']),
  // "En esos 17 días": the span of that many days the text just gave ("entre el 1 y el 17 de julio").
  rule('those-months', `(?:(?:en|durante|para|a lo largo de) )?(?:esos|estos|aquellos) (?:primeros )?(${COUNT}|\\d{3}) días(?! (?:del?|antes|después)\\b)`, 'during those $1 days', ['$1', null], ['En esos 17 días', 'durante estos diez días', 'en esos primeros 17 días'], ['esos 17 días de julio']),
  rule('that', '(?:para|por) entonces', 'by then', ['then'], ['para entonces', 'por entonces'], ['desde entonces']),
  // "—5 mil 667 en el mes—": "el mes" after a preposition is the month in discussion, too.
  rule('that', '(?:(?:en|durante|para) )?(?:ese|aquel)(?: mismo)? mes(?! (?:del?|antes|después)\\b)|(?:en|durante) el mes(?! (?:del?|antes|después|pasado|anterior|siguiente|próximo|en curso|actual|que viene)\\b)', 'that month', ['month'], ['en ese mes', 'aquel mes', 'en el mes', 'durante el mes', 'Ese mismo mes'], ['ese mes de 2022', 'en el mes de abril', 'en el mes pasado']),
  // "En los primeros 17 días del mes, … 11.363": the first days of the month named before it (resolve-period.ts).
  rule('first-days', `(?:(?:en|durante) )?(?:los|las) (primer[oa]s) (${COUNT}|\\d{1,2}) (días|semanas) del mes`, 'in the $1 $2 $3 of the month', ['$1', '$2', null, null], ['En los primeros 17 días del mes', 'las primeras dos semanas del mes']),
  rule('that', '(?:(?:en|durante|para) )?(?:ese|aquel) año(?! (?:del?|antes|después)\\b)', 'that year', ['year'], ['en ese año', 'durante aquel año'], ['ese año de 2022']),
  // "En octubre de 2021 … / El año cerró con 133.726 cruces": the year that closed is the one the text is in.
  rule('that', '(?:el|ese|aquel) año (?:se )?(?:cerró|terminó|acabó|concluyó|cerraría|terminaría)', 'that year', ['year'], ['El año cerró', 'el año se cerró', 'aquel año terminó'], ['el año pasado cerró']),
  // "los 520 migrantes que recibió el albergue ese domingo": the Sunday named before.
  rule('that', `(?:(?:el|aquel) )?(?:ese|aquel) (${WEEKDAY})(?! \\d)`, 'that $1', ['$1'], ['ese domingo', 'aquel lunes'], ['ese domingo 5 de mayo']),
  // "Y en todo ese julio la cifra llegó a 20.519": the July the text named last, as "that July".
  rule('that', `(?:(?:en|durante) )?(?:todo )?(?:ese|aquel) (${MONTH})(?! (?:del?|antes|después)\\b)`, 'that $1', ['$1'], ['en todo ese julio', 'aquel agosto'], ['ese julio de 2023']),
  // "En el año récord, el promedio fue de …": the year the text called a record (src/reader/read.ts).
  rule('that', '(?:(?:en|durante) )?(?:el|aquel|ese) año (?:récord|del récord|pico)', 'that record year', ['year'], ['en el año récord', 'el año del récord', 'durante aquel año récord']),
  // "En los primeros 17 días de julio … 11.363; en todo el mes, 20.519": the whole month just named.
  rule('that', '(?:(?:en|durante) )?(?:todo|el) (?:el )?mes (?:completo|entero)|(?:(?:en|durante) )?todo el mes(?! (?:de|del|anterior|siguiente|pasado)\\b)', 'over the whole month', ['month'], ['en todo el mes', 'el mes completo', 'durante todo el mes'], ['todo el mes de julio', 'todo el mes pasado']),
  rule('that', '(?:(?:en|durante|para|a lo largo de) )?(?:ese|este|aquel|dicho) (?:mismo )?(?:periodo|período|lapso|tiempo)(?! (?:del?|antes|después)\\b)', 'during that period', ['period'], ['en ese periodo', 'durante dicho lapso', 'en ese mismo período'], ['ese periodo de 2022']),
  // "En esas jornadas el promedio fue de 668": the days of the span just named.
  rule('that', '(?:(?:en|durante|a lo largo de) )?(?:esas|estas|aquellas) (?:mismas )?jornadas(?! (?:del?|antes|después)\\b)', 'during that period', ['period'], ['En esas jornadas', 'durante estas mismas jornadas'], ['esas jornadas de julio']),
  rule('year-earlier', '(?:un año (?:antes|atrás))', 'a year earlier', [], ['un año antes', 'un año atrás']),
  // "creció un 60 % de un año para otro": on the same period a year back, as "year-on-year".
  rule('year-earlier', '(?:de un año (?:para|a) otro)', 'year-on-year', [], ['de un año para otro', 'de un año a otro']),
  rule('year-earlier', '(?:un año (?:después|más tarde))', 'a year later', [], ['un año después']),
  // "Dos años más tarde, la cifra había caído a 22.102": that many years on from the year named before.
  rule('year-earlier', `(${COUNT}) años (?:antes|atrás)(?! (?:de|del|que)\\b)`, '$1 years earlier', ['$1'], ['Dos años antes', 'tres años atrás'], ['dos años antes de la pandemia']),
  rule('year-earlier', `(${COUNT}) años (?:después|más tarde)(?! (?:de|del|que)\\b)`, '$1 years later', ['$1'], ['Dos años más tarde', 'tres años después'], ['dos años después de su llegada']),
  // "el récord del año precedente, cuando 133.000 …": "del" is "de" and "el".
  // "un descenso del 36 % frente al año anterior": "al" too.
  rule('year-earlier', '(?:(?:d?el|al) año (?:anterior|previo|precedente))', 'the previous year', [], ['el año anterior', 'el año precedente', 'del año anterior', 'al año anterior']),
  rule('year-earlier', '(?:(?:el|al) año (?:siguiente|posterior))', 'the following year', [], ['al año siguiente']),
  // "ese año cruzaron 29.289 personas y al siguiente, 30.055": the year left unsaid after "y", before
  // a comma and the next figure.
  rule('year-earlier', 'y (?:al|el) siguiente(?![ \\p{L}])', 'the following year', [], ['y al siguiente'], ['y al siguiente día', 'el siguiente paso', 'al siguiente']),
  rule('year-earlier', '(?:(?:d?el|al) mes (?:anterior|previo|precedente))', 'the previous month', [], ['el mes anterior', 'el mes precedente', 'del mes anterior', 'al mes anterior']),
  rule('year-earlier', '(?:(?:el|al) mes (?:siguiente|posterior))', 'the following month', [], ['al mes siguiente']),
  // "el martes … fue de 2 mil 665, al día siguiente mil 522": the day after the day named before.
  // Not "un día antes de que aterrizara Blinken": a day counted from an event said after it.
  rule('year-earlier', '(?:(?:el|al) día (?:siguiente|posterior)(?! (?:a|al|de)\\b)|un día (?:después|más tarde)(?=\\s*(?:[,.;:)]|$)))', 'the next day', [], ['al día siguiente', 'un día después'], ['un día después de que llegara']),
  rule('year-earlier', '(?:(?:el|al) día anterior(?! (?:a|al|de)\\b)|un día antes(?=\\s*(?:[,.;:)]|$)))', 'the day before', [], ['el día anterior', 'un día antes'], ['el día anterior a', 'un día antes de que']),
  rule('deictic', '(?:(?:durante|en) )?(?:el|del) año pasado', 'last year', [], ['el año pasado', 'durante el año pasado'], ['el año pasadizo']),
  rule('deictic', '(?:(?:durante|en) )?(?:este|el presente) año', 'this year', [], ['este año', 'en el presente año']),
  rule('deictic', '(?:(?:durante|en) )?(?:el|del) mes pasado', 'last month', [], ['el mes pasado']),
  // "el jueves ingresaron 477 migrantes": a weekday alone, the last one by the page date, as "on Thursday".
  rule('deictic', `(?:el |este |el pasado |este pasado )(${WEEKDAY})(?! \\d| de\\b)`, 'on $1', [], ['el jueves', 'este lunes', 'el pasado martes'], ['el jueves 22 de mayo', 'el miércoles 17']),
  // "asumirá el próximo lunes", "el lunes próximo": the coming one, as "next Monday".
  rule('deictic', `(?:(?:el|este) próximo (${WEEKDAY})|el (${WEEKDAY}) próximo)(?! \\d| de\\b)`, 'next ${1:}${2:}', [], ['el próximo lunes', 'el lunes próximo', 'este próximo viernes'], ['el próximo 11 de agosto', 'el próximo lunes 1 de julio']),
  // "durmieron 73 migrantes la noche del miércoles": a part of a day named by its weekday is that day.
  rule('deictic', `(?:(?:en|durante) )?la (?:noche|mañana|tarde|madrugada) del (${WEEKDAY})(?! \\d| de\\b)`, 'on $1', [], ['la noche del miércoles', 'en la mañana del jueves', 'durante la madrugada del domingo'], ['la noche del miércoles 17']),
  rule('deictic', '(?:(?:durante|en) )?este mes', 'this month', [], ['este mes']),
  rule('deictic', '(?:(?:durante|en) )?la semana pasada', 'last week', [], ['la semana pasada']),
  rule('deictic', '(?:actualmente|en la actualidad)', 'currently', [], ['actualmente']),
  rule('deictic', 'hoy', 'today', [], ['hoy'], ['hoyo']),
  rule('deictic', 'ayer', 'yesterday', [], ['ayer']),
  rule('month-span', `(?:de|desde) (${MONTH})(?: del? (${YEAR}))? (?:a|hasta) (${MONTH})(?: del? (${YEAR}))?`, 'from $1 $2 to $3 $4', ['$1', '$2', '$3', '$4'], ['de enero a marzo', 'desde enero hasta marzo de 2024', 'de noviembre de 2023 a febrero de 2024']),
  // "hasta junio pasado", "hasta marzo": the year's running count to the end of that month, from
  // January 1 (of the year before when the month has not come yet this year; resolved in periods.ts).
  // With a year ("hasta junio de 2023") the start is not said: left to the month's rule.
  rule('month-span', `hasta (?:el mes de )?(${MONTH})(?: pasado)?(?! del? (?:año )?\\d)`, 'from January to $1', ['January', null, '$1', null], ['hasta junio pasado', 'hasta marzo', 'hasta el mes de diciembre'], ['hasta junio de 2023', 'hasta el 17 de julio']),
  // "hasta julio del año pasado": last year's running count to the end of that month.
  rule('month-span', `hasta (?:el mes de )?(${MONTH}) del año (?:pasado|anterior)`, 'from January to $1 last year', ['January', null, '$1', 'last year'], ['hasta julio del año pasado', 'hasta el mes de julio del año anterior']),
  // "desde el 1 al 10 de julio 2024": "desde el" for "del", and a year with or without "de".
  rule('between', `(?:del|desde el|desde) (${DAY}) (?:al|hasta el|a) (${DAY}) de (${MONTH})(?:,? (?:del? )?(${YEAR}))?`, 'between $3 $1 and $3 $2', ['$3 $1, $4', '$3 $2, $4'], ['del 1 al 17 de julio', 'del 1 al 17 de julio de 2024', 'desde el 1 al 10 de julio 2024', 'desde el 1 hasta el 10 de julio']),
  // "desde enero hasta el 10 de julio": from the month's first day to that day.
  // "De enero hasta el 5 de julio un total de 201 mil 167": "de" opens the span as "desde" does.
  rule('between', `(?:desde|de) (${MONTH}) (?:hasta el|al) (${DAY}) de (${MONTH})(?:,? (?:del? )?(${YEAR}))?`, 'between $1 1 and $3 $2', ['$1 1, $4', '$3 $2, $4'], ['desde enero hasta el 10 de julio', 'desde enero al 10 de julio de 2024', 'De enero hasta el 5 de julio', 'de enero al 5 de julio']),
  rule('between', `entre (?:el )?(${DAY}) y (?:el )?(${DAY}) de (${MONTH})(?: del? (${YEAR}|este año|año pasado))?`, 'between $3 $1 and $3 $2', ['$3 $1, $4', '$3 $2, $4'], ['entre el 1 y el 17 de julio', 'entre el 1 y el 14 de enero de este año']),
  // "Entre junio y octubre del año pasado": the months of last year, as "between June and October last year".
  rule('between', `entre (${MONTH}) y (${MONTH}) del? año (?:pasado|anterior)`, 'between $1 and $2 last year', ['$1', '$2, last year'], ['entre junio y octubre del año pasado', 'entre enero y marzo del año anterior']),
  rule('between', `entre (?:el )?(${END}) y (?:el )?(${END})`, 'between $1 and $2', ['$1', '$2'], ['entre enero y el 25 de septiembre', 'entre 2022 y 2023', 'entre enero y abril de 2022'], ['entre Colombia y Panamá']),
  // "Del 1 de enero hasta hoy 28 de agosto de 2023": "del" opens the span too, and "hoy" may name its end.
  // "Desde el 1 de enero hasta la madrugada de este miércoles, 8 de febrero": a part of the last day may be said.
  rule('between', `(?:desde (?:el )?|del )(?:${WEEKDAY},? )?(${DATE}) (?:hasta|a|al) (?:la (?:madrugada|mañana|tarde|noche) (?:de |del ))?(?:el |este |hoy,? )?(?:${WEEKDAY},? )?(${DATE})`, 'from $1 to $2', ['$1', '$2'], ['desde el 1 de julio hasta el 17 de julio', 'desde el lunes 1 de julio hasta el miércoles 17 de julio', 'Del 1 de enero hasta hoy 28 de agosto de 2023', 'Desde el 1 de enero hasta la madrugada de este miércoles, 8 de febrero']),
  // "De 2009 a 2020 cruzaron 117.887": a span of years, as "from 2009 to 2020" is.
  rule('between', `(?:del?|desde(?: el)?) (${YEAR}) (?:a|al|hasta)(?: el)? (${YEAR})`, 'between $1 and $2', ['$1', '$2'], ['de 2009 a 2020', 'desde 2021 hasta 2023', 'del 2021 al 2023'], ['de 2022', 'de 2022 y 2023']),
  rule('since', `(?:desde(?: el)?|a partir del?(?: el)?) (${END})`, 'since $1', ['$1'], ['desde el 1 de julio', 'desde enero', 'a partir del 1 de julio', 'desde 2021'], ['desde Colombia']),
  rule('date', `(?:hasta|para) (?:el |este |el pasado )?(?:${WEEKDAY},? )?(${DATE})`, 'until $1', ['$1'], ['hasta el 17 de julio', 'hasta este miércoles, 5 de julio', 'Para el 17 de julio']),
  // "a 31 de octubre se reportaron unas 255 mil": a running total as of that day, from a start not named.
  rule('date', `(?:^|(?<=[,;:] ))a (${DATE})`, 'as of $1', ['$1'], ['a 31 de octubre'], ['llegaron a 31 de octubre']),
  // "hasta el miércoles 17.": a day named by its weekday and number only, the latest such day by
  // the page date (periods.ts checks the weekday). Only before a stop: "el lunes 17 migrantes" is no date.
  rule('date', `hasta (?:el )?(${WEEKDAY}) ((?:[12]\\d|3[01]|0?[1-9]))(?=\\s*(?:[.,;:)]|$))`, 'until $1 the $2', ['$2', null], ['hasta el miércoles 17'], ['hasta el miércoles 17 migrantes']),
  // "solo el jueves 7 se registró una cifra inferior": a clitic or a verb after the day ends the date too.
  rule('date', `(?:el |este |el pasado )(${WEEKDAY}) ((?:[12]\\d|3[01]|0?[1-9]))(?=\\s*(?:[.,;:)]|$)|\\s+(?:se|cuando|hubo|fue|fueron|ya|no|para|con|durante|tras|y\\s+(?:ese|esa|el|la|al|luego|después|allí|ahí))(?![\\p{L}]))`, 'on $1 the $2', ['$2', null], ['el miércoles 17', 'este lunes 1'], ['el lunes 17 migrantes', 'el martes 19 y 20 migrantes']),
  // "**Sábado 16.** Un sondeo …": a weekday and its day as a roundup's label, closed by a stop or a colon.
  rule('date', `(${WEEKDAY}) ((?:[12]\\d|3[01]|0?[1-9]))(?=\\s*[*_]*\\s*(?:[.:]|$))`, 'on $1 the $2', ['$2', null], ['Sábado 16', 'lunes 4'], ['sábado 16 migrantes']),
  // "En abril, Blinken llegó a Panamá el día 19": a day of the month the sentence named before it
  // (resolve-period.ts dates it); "el día 19 de abril" is a date of its own.
  rule('date', `el día ((?:[12]\\d|3[01]|0?[1-9]))(?=\\s*(?:[.,;:)]|$)|\\s+(?:y|e|se|para|con|en|a|cuando|tras)(?![\\p{L}]))`, 'on the $1', ['$1', null], ['el día 19'], ['el día 19 de abril', 'el día 19 migrantes']),
  // "se reunirán el próximo 11 de agosto": the next such day after the page, as "next August 11" is.
  rule('date', `(?:el )?próximo (${DATE})`, 'next $1', ['$1'], ['el próximo 11 de agosto', 'próximo 3 de julio'], ['el próximo lunes']),
  rule('date', `(?:(?:el|al|este|el pasado) )?(?:${WEEKDAY},? )?(${DATE})`, 'on $1', ['$1'], ['el 1 de julio', 'el 25 de septiembre de 2024', 'este jueves 22 de mayo', '2 de diciembre de 2020']),
  // "Hasta los primeros días de marzo habían cruzado …": a few days of the month, not counted, so
  // unresolved (read whole, not as "marzo").
  rule('first-days', `(?:(?:hasta|en|durante) )?(?:los|las) (primer[oa]s|últim[oa]s) (días|semanas) del? (${MONTH})(?: del? (${YEAR}))?`, 'the $1 $2 of $3 $4', ['$1', null, '$3', '$4'], ['hasta los primeros días de marzo', 'en las últimas semanas de diciembre de 2023']),
  // "durante los meses de enero, febrero y marzo de 2023": three months that run on, their span.
  rule('month-list', `(?:(?:en|durante) )?(?:(?:los|el) meses? de )?(${MONTH}), (${MONTH}),? y (${MONTH})(?: del? (${YEAR}|año pasado|pasado año))?`, 'in $1, $2 and $3 $4', ['$1, $2 and $3', '$4'], ['durante los meses de enero, febrero y marzo de 2023', 'en julio, agosto y septiembre']),
  rule('month-pair', `(?:(?:en|durante|para|a lo largo de) )?(${MONTH}) y (${MONTH})(?: del? (${YEAR}))?`, 'in $1 and $2', ['$1', '$2', '$3'], ['en enero y febrero', 'enero y febrero de 2022', 'para enero y febrero de 2022']),
  rule('first-days', `(?:(?:en|durante) )?(?:los|las) (primer[oa]s|últim[oa]s) (${COUNT}|\\d{1,3}) días de(?:l mes de)? (${MONTH})(?: del? (${YEAR}))?`, 'the $1 $2 days of $3', ['$1', '$2', '$3', '$4'], ['los primeros 17 días de julio', 'en los últimos diez días de diciembre de 2023']),
  rule('first-days', `(?:(?:en|durante) )?(?:los|las) (${COUNT}|\\d{1,3}) (primer[oa]s|últim[oa]s) días de(?:l mes de)? (${MONTH})(?: del? (${YEAR}))?`, 'the $2 $1 days of $3', ['$2', '$1', '$3', '$4'], ['los 17 primeros días de julio']),
  // "11.363 lo hicieron en los primeros 17 días": the days of the month the sentence said (resolve-period.ts).
  // "11.363 en los primeros 17 días y unos 12.000 en las dos semanas restantes": the rest of the month.
  rule('first-days', `(?:(?:en|durante) )?(?:el (resto) del mes|(?:l[oa]s) (?:${COUNT} )?(?:días|semanas) (restantes)(?! del?\\s+(?:año|mes|periodo|período)\\b))`, 'in the rest of the month', ['rest', null, null, null], ['en el resto del mes', 'en las dos semanas restantes', 'los días restantes'], ['las semanas restantes del año']),
  // "casi 2.000 en el primer trimestre y unos 1.400 en los nueve meses siguientes", "en el resto del
  // año": the months after the span before (resolve-period.ts monthsAfter).
  rule('first-days', `(?:(?:en|durante) )?el (resto) del año(?! (?:pasado|anterior|próximo)\\b)`, 'in the rest of the year', ['rest', null, null], ['en el resto del año', 'durante el resto del año'], ['el resto del año pasado']),
  // Not "los próximos seis meses" (what is to come), nor "los seis meses siguientes a la investidura".
  rule('first-days', `(?:(?:en|durante) )?(?:los (${COUNT}) meses (?:siguientes|posteriores|que siguieron)(?! (?:a|al|a la|de|del)\\b)|los siguientes (${COUNT}) meses)`, 'in the following ${1:}${2:} months', [null, '${1:}${2:}', null], ['en los nueve meses siguientes', 'los tres meses posteriores', 'durante los siguientes seis meses'], ['los nueve meses de 2023', 'los primeros tres meses', 'los próximos seis meses', 'los seis meses siguientes a la investidura']),
  // Not "en los últimos 10 días": the days to now ('past').
  rule('first-days', `(?:(?:en|durante) )?(?:los|las) (primer[oa]s) (${COUNT}|\\d{1,3}) (días|semanas)(?! del?\\b| (?:tras|después|desde|de su|en el cargo)\\b)`, 'in the $1 $2 $3', ['$1', '$2', null, null], ['en los primeros 17 días', 'durante las primeras dos semanas'], ['en los últimos 10 días', 'en los primeros 10 días tras']),
  // A count is needed: "los primeros meses de este año" says no how many, and is 'vague' below.
  rule('first-months', `(?:(?:en|durante) )?(?:los|esos|sus|estos) (${COUNT}) (primeros|últimos) meses del? ${WHICH_YEAR}`, 'the $2 $1 months of $3', ['$2', '$1', '$3'], ['esos dos primeros meses del año pasado', 'los tres primeros meses de 2024']),
  rule('first-months', `(?:(?:en|durante) )?(?:los|esos|sus|estos) (primeros|últimos) (${COUNT}) meses del? ${WHICH_YEAR}`, 'the $1 $2 months of $3', ['$1', '$2', '$3'], ['los primeros seis meses del año'], ['los primeros meses de este año']),
  // "los dos primeros meses dejan 8.964 cruces" with no year: the page's year, as "este año" is.
  rule('first-months', `(?:(?:en|durante) )?(?:los|esos|estos) (${COUNT}) (primeros) meses(?! del?\\b)`, 'the $2 $1 months of this year', ['$2', '$1', 'this year'], ['los dos primeros meses', 'en los tres primeros meses'], ['los dos primeros meses de su gobierno', 'los dos primeros meses del mandato']),
  rule('first-months', `(?:(?:en|durante) )?(?:los|las|esos|esas|sus|estos|estas) (primer[oa]s|últim[oa]s) (${COUNT}|\\d{1,3}) (días|semanas) del? ${WHICH_YEAR}`, 'the $1 $2 $3 of $4', ['$1', '$2', '$3', '$4'], ['los primeros 40 días del año', 'durante los primeros 100 días de 2025']),
  // "En los 225 días de 2023, Panamá registra un promedio diario de 1.250": days counted in a
  // year from its first, as a running total is told.
  rule('first-months', `(?:en|durante) (?:los|las) (\\d{1,3}) (días|semanas) del? ${WHICH_YEAR}`, 'the first $1 $2 of $3', ['first', '$1', '$2', '$3'], ['En los 225 días de 2023', 'durante las 30 semanas de este año'], ['los 225 días de selva']),
  rule('first-months', `(?:(?:en|durante) )?el (primer|último) mes del? ${WHICH_YEAR}`, 'the $1 month of $2', ['$1', null, '$2'], ['el primer mes del año']),
  // "un promedio de 140 migrantes en el último mes": the month before the page date, as "the past month".
  rule('past', `(?:(?:en|durante) )?el último mes(?! del?\\b)`, 'the past month', ['', null, 'month'], ['en el último mes'], ['el último mes del año', 'el último mes de gobierno']),
  rule('past', `(?:(?:en|durante) )?la última semana(?! del?\\b)`, 'the past week', ['', null, 'week'], ['durante la última semana'], ['la última semana de julio']),
  rule('past', `(?:(?:en|durante) )?el último año(?! del?\\b)`, 'the past year', ['', null, 'year'], ['en el último año'], ['el último año de su mandato']),
  rule('past', `(?:(?:en|durante) )?(?:los|las) últim[oa]s (${COUNT}|\\d{1,3}) (días|semanas|meses|años)(?! del?\\b)`, 'the past $1 $2', ['$1', null, '$2'], ['los últimos 12 meses', 'en las últimas dos semanas'], ['los últimos años']),
  // "en los 12 meses hasta junio de este año": a year to a month, not the month ("hasta junio").
  rule('months-to', `(?:(?:en|durante) )?(?:los|sus) (${COUNT}) meses (?:hasta|a|terminados en|que terminaron en) (${MONTH})(?:(?: de| del)? (${YEAR}|año pasado|pasado año)| de(?:l)? (?:este|presente) año)?`, 'the $1 months to $2 $3', ['$1', '$2', '$3'], ['en los 12 meses hasta junio de este año', 'los doce meses hasta junio de 2024', 'durante los 12 meses terminados en marzo', 'los 12 meses hasta junio del año pasado']),
  // "los seis años desde 2015", "los cuatro años a partir de 2021": whole years from the one named.
  rule('years-from', `(?:(?:en|durante) )?(?:los|sus) (${COUNT}) años (?:desde|a partir de|iniciados en|contados desde) (${YEAR})(?! ?(?:a|al|hasta|y|[–—-]) ?[\\p{L}\\d])`, 'the $1 years from $2', ['$1', '$2'], ['los seis años desde 2015', 'en los cuatro años a partir de 2021'], ['los seis años desde 2015 hasta 2020', 'los años desde 2015']),
  // "en la primera mitad del año": a half, said as "mitad" as often as "semestre".
  rule('half', `(?:(?:en|durante) )?(?:la|a la) (primera|segunda) (mitad)(?: del? ${WHICH_YEAR})?`, 'the $1 $2 of ${3:the year}', ['$1', '$2', '${3:the year}'], ['en la primera mitad del año', 'la segunda mitad de 2023', 'durante la primera mitad de este año']),
  rule('half', `(?:(?:en|durante) )?(?:el|del|al) (primer|segundo|tercer|cuarto|quinto|sexto) (semestre|trimestre|cuatrimestre|bimestre)(?: del? ${WHICH_YEAR})?`, 'the $1 $2 of ${3:the year}', ['$1', '$2', '${3:the year}'], ['el primer trimestre', 'el segundo semestre de 2023', 'en el tercer trimestre del año pasado', 'del primer cuatrimestre de 2023', 'El primer bimestre de 2022']),
  // "El último trimestre de 2022 sumó 96.702": the year's last part; with its year only ("el último
  // trimestre" alone may be the one before the page's).
  rule('half', `(?:(?:en|durante) )?(?:el|del|al) (último) (semestre|trimestre|cuatrimestre|bimestre) del? ${WHICH_YEAR}`, 'the $1 $2 of ${3:the year}', ['$1', '$2', '${3:the year}'], ['el último trimestre de 2022', 'en el último semestre del año pasado'], ['el último trimestre', 'los últimos tres meses de 2022']),
  // "en octubre pasado", "el pasado mes de mayo": the latest such month before the page, whatever
  // year the sentences before named (as "last October" is); on a page of that month, the month so far.
  rule('month', `(?:(?:en|durante|para) )?(?:el )?(?:pasado (?:mes de )?(${MONTH})|(?:el mes de )?(${MONTH}) pasado)(?! del? (?:año )?\\d)`, 'this past $1$2', ['$1$2', null], ['en octubre pasado', 'el pasado octubre', 'el pasado mes de mayo', 'durante el mes de marzo pasado'], ['hasta junio pasado']),
  rule('month', `(?:(?:en|durante|hasta|para|a lo largo de) )?(?:(?:todo )?el mes de )?(${MONTH})(?: del?(?: año)? (${YEAR}|año pasado|pasado año|este año|presente año)| (${YEAR}))?`, 'in $1 $2$3', ['$1', '$2$3'], ['en enero', 'en enero 2024', 'durante el mes de julio de 2024', 'en marzo del año pasado', 'octubre de 2021', 'octubre del pasado año', 'en enero de este año', 'en marzo del presente año']),
  rule('years-ago', `hace (${COUNT}) años`, '$1 years ago', ['$1'], ['hace dos años']),
  // "2021 y 2022 juntos", "en 2022 y 2023 sumados": the two years summed ("2022 and 2023 combined").
  rule('between', `(?:(?:en|durante) )?(${YEAR}) y (${YEAR}),? (?:juntos|juntas|en conjunto|sumados|sumadas|combinados|combinadas)`, 'in $1 and $2 combined', ['$1', '$2'], ['2021 y 2022 juntos', 'en 2022 y 2023 sumados', '2022 y 2023, en conjunto']),
  rule('year-pair', `(?:(?:en|durante) )?(${YEAR}) y (${YEAR})`, 'in $1 and $2', ['$1', '$2'], ['en 2023 y 2024']),
  rule('year', `(?:(?:en|durante|a lo largo de) )?todo (?:el año )?(${YEAR})`, 'in all of $1', ['$1'], ['en todo 2024', 'durante todo el año 2023']),
  rule('year', `(?:(?:en|durante|a lo largo de|para) )?(?:el año )?(${YEAR})`, 'in $1', ['$1'], ['en 2023', 'durante el año 2022'], ['2024-25']),
  // "entre enero y mediados de julio", "de enero a finales de junio": a span whose last day is known
  // only to within a month, read as a window to that month's end (periods.ts, "between January and mid-July").
  rule('vague', '(?:(?:en|durante) )?el año (?:de la pandemia|del covid(?:-19)?|de las elecciones)', '', [], ['en el año de la pandemia', 'durante el año de las elecciones']),
  // "ese día 3", "aquel día 19": a day of a month named before, never a count; darien does not date
  // it on its own ("el día 19" after a month its sentence named is the 'date' rule's).
  rule('vague', '(?:el|ese|aquel) día (?:[12]\\d|3[01]|0?[1-9])(?! de\\b)(?![\\d.,]\\d)', '', [], ['ese día 3', 'aquel día 19'], ['el día 19 de abril']),
  // "29.259 en abril del año anterior": April of the year before whichever year the text is in, which
  // darien does not work out: unresolved, never the page's April.
  rule('vague', `(?:(?:en|durante|de) )?(?:(?:el )?mes de )?(${MONTH}) del? (?:año|ejercicio) (?:anterior|previo|precedente)`, '', [], ['en abril del año anterior', 'de marzo del año previo']),
  rule('vague', `(?:entre|desde|de) (${MONTH})(?: del? (${YEAR}))? (?:y|hasta|a) mediados del? (?:mes de )?(${MONTH})(?: del? (${YEAR}))?`, 'between $1 $2 and mid-$3 $4', [], ['entre enero y mediados de julio', 'de enero a mediados de julio de 2024', 'desde enero hasta mediados de julio'], ['entre Colombia y mediados']),
  rule('vague', `(?:entre|desde|de) (${MONTH})(?: del? (${YEAR}))? (?:y|hasta|a) (?:principios|comienzos|inicios) del? (?:mes de )?(${MONTH})(?: del? (${YEAR}))?`, 'between $1 $2 and early $3 $4', [], ['entre enero y principios de julio', 'de marzo a comienzos de junio']),
  rule('vague', `(?:entre|desde|de) (${MONTH})(?: del? (${YEAR}))? (?:y|hasta|a) (?:finales|fines) del? (?:mes de )?(${MONTH})(?: del? (${YEAR}))?`, 'between $1 $2 and late $3 $4', [], ['entre enero y finales de junio', 'de enero a fines de junio de 2024']),
  rule('vague', `(?:(?:a|hacia|para|desde) )?(?:mediados|principios|finales|fines|comienzos|inicios) del? (?:(?:mes de )?${MONTH}(?: del? (?:${YEAR}|aquel año|ese año|este año|año pasado))?|${YEAR}|(?:este |el |aquel |ese )?año(?: pasado)?)`, '', [], ['a mediados de julio de aquel año', 'a mediados de 2024', 'a principios de año', 'a finales de julio']),
  rule('vague', '(?:(?:en )?(?:los|estos) últimos años|(?:en )?(?:los )?años recientes)', '', [], ['en los últimos años']),
  // "fueron 20.519 en todo julio, y de esas, 11.363 cruzaron entre el 1 y el 17": days of a month
  // named elsewhere; not resolved, but no day is read as a figure.
  rule('vague', `entre (?:el )?(?:${DAY}) y (?:el )?(?:${DAY})(?! de(?:l mes de)? ${MONTH})(?![\\p{L}\\d])`, '', [], ['entre el 1 y el 17'], ['entre el 1 y el 17 de julio']),
  // "en lo que va del año, hasta el corte de julio": a cut-off somewhere in the month, not the month.
  // With "con" only after the year so far it cuts ("En lo que va de año, con el corte de abril, …"):
  // "Con el corte de abril, Migración informó que ese mes …" names April.
  rule('vague', `(?:(?:hasta|a|al) |(?<=en lo que va (?:del?|de este) año,? )con )(?:el |su )?corte (?:de|del|a|al) (?:mes de )?${MONTH}`, '', [], ['hasta el corte de julio', 'al corte de marzo'], ['Con el corte de abril']),
  // "Cada año desde 2021 el Darién superó los 100.000 cruces": a floor for every year, no one period.
  rule('vague', `(?:cada año|todos los años) desde ${YEAR}`, '', [], ['cada año desde 2021', 'todos los años desde 2019']),
  // "durante este fin de semana se contabilizó la llegada de 4.910": a weekend, which darien does not place.
  rule('vague', '(?:(?:durante|en) )?(?:este|el|ese|el pasado|el último) fin de semana', '', [], ['durante este fin de semana', 'el pasado fin de semana']),
  // "este invierno", "el verano pasado": a season, which darien does not place.
  rule('vague', '(?:(?:durante|en) )?(?:este|ese|el|aquel) (?:invierno|verano|otoño|primavera)(?: pasado)?', '', [], ['este invierno', 'durante el verano pasado']),
  rule('vague', `(?:(?:en|durante) )?(?:los|sus) (?:primeros|últimos) meses del? ${WHICH_YEAR}`, '', [], ['en los primeros meses de este año', 'los últimos meses de 2023']),
  rule('bound', `(?:antes|después) de(?:l| la| las)? (?:(?:${MONTH} de )?${YEAR}|(?:pandemia|crisis|oleada|ola|avalancha|elecciones)(?: (?:que )?(?:comenzó|empezó|estalló|arrancó))?(?: (?:del?|en) ${YEAR})?|covid(?:-19)?)`, '', [], ['antes de la pandemia', 'antes de 2019', 'antes de la oleada de 2021', 'antes de la oleada que comenzó en 2021']),
  rule('since-then', 'desde entonces', 'since then', [], ['desde entonces']),
  // "Para el 17 de julio … En lo que iba de año ya eran más de 212.000": the year to the day named before.
  rule('so-far-then', '(?:en )?lo que (?:iba|llevaba) (?:de|del) año', 'so far that year', [], ['En lo que iba de año', 'lo que llevaba del año']),
  rule('since-event', '(?:desde que (?:el |la )?(?:presidente|presidenta|mandatario|ministro|ministra|gobierno)[^,.;\\d]{0,60}?(?:asumió|tomó posesión|llegó al poder|juró))', '', [], ['desde que el presidente José Raúl Mulino asumió']),
  // "Desde que Mulino asumió el 1 de julio han cruzado 11.363": since someone named took office, as
  // "Since Mulino took office" is.
  rule('since-event', '(?:desde que \\p{Lu}[\\p{L}.’\'-]*(?: \\p{Lu}[\\p{L}.’\'-]*){0,3} (?:asumió|tomó posesión|llegó al poder|juró))', '', [], ['desde que Mulino asumió', 'Desde que José Raúl Mulino tomó posesión'], ['desde que la selva se vació']),
  // "contaba 11.363 cruces desde la toma de posesión": since the day the term began, whose the text
  // said just before (src/reader/event-periods.ts), as "since the inauguration".
  rule('since-event', '(?:desde (?:la|su) (?:toma de posesión|investidura|juramentación|asunción)(?! de (?:l[oa]s )?(?:migrantes|personas)))', '', [], ['desde la toma de posesión', 'desde su investidura'], ['desde la toma de posesión de los migrantes']),
  // "desde la llegada de Joe Biden a la Casa Blanca", "desde que Biden llegó al poder": from a day
  // darien does not know, so what is counted since is unchecked, never given another start.
  rule('since-event', '(?:desde (?:la llegada|el ascenso|el regreso) de(?:l)? [^,.;\\d]{1,60}?(?:a la Casa Blanca|al poder|a la presidencia|al gobierno)|desde que [^,.;\\d]{1,60}?(?:llegó a la Casa Blanca|llegó al poder|llegó a la presidencia|asumió el cargo|asumió la presidencia))', '', [], ['desde la llegada de Joe Biden a la Casa Blanca', 'desde que Biden llegó al poder'], ['desde la llegada de los migrantes a Necoclí']),
  // "en sus primeros 17 días de gobierno": a span from the day the term began (src/reader/event-periods.ts).
  rule('term-days', `(?:en |durante )?(?:sus|los) primer[oa]s (${COUNT}|\\d{1,3}) (días|semanas|meses) (?:de (?:su |la )?(?:gobierno|mandato|gestión|administración)|en el (?:cargo|poder))`, 'his first $1 $2 in office', ['$1', '$2'], ['en sus primeros 17 días de gobierno', 'los primeros 100 días de mandato', 'En los primeros 17 días de su mandato']),
  // "Asumió la presidencia el 1 de julio, y en sus primeros diecisiete días cruzaron 11.363": "sus"
  // says whose, as "his first 17 days" does, without "de gobierno".
  rule('term-days', `(?:en |durante )?sus primer[oa]s (${COUNT}|diecisiete|\\d{1,3}) (días|semanas)(?! de (?:vida|edad|clases|escuela))`, 'his first $1 $2', ['$1', '$2'], ['en sus primeros diecisiete días', 'durante sus primeras dos semanas'], ['sus primeros días de vida']),
];

const GLOSSARY: Readonly<Record<string, string>> = {
  enero: 'January', febrero: 'February', marzo: 'March', abril: 'April', mayo: 'May', junio: 'June', julio: 'July',
  agosto: 'August', septiembre: 'September', setiembre: 'September', octubre: 'October', noviembre: 'November', diciembre: 'December',
  dos: 'two', tres: 'three', cuatro: 'four', cinco: 'five', seis: 'six', siete: 'seven', ocho: 'eight', nueve: 'nine', diez: 'ten', once: 'eleven', doce: '12',
  // Thirteen to thirty in digits, as doce is: the English rules read them so.
  ...Object.fromEntries(Object.entries(DAY_WORDS).filter(([, n]) => n >= 13 && n <= 30).map(([word, n]) => [word, String(n)])),
  primer: 'first', primero: 'first', primeros: 'first', primeras: 'first', segundo: 'second', tercer: 'third', cuarto: 'fourth',
  último: 'last', últimos: 'last', últimas: 'last',
  semestre: 'half', mitad: 'half', trimestre: 'quarter', cuatrimestre: 'third', bimestre: 'bimester', quinto: 'fifth', sexto: 'sixth',
  primera: 'first', segunda: 'second',
  días: 'days', semanas: 'weeks', meses: 'months', años: 'years',
  lunes: 'Monday', martes: 'Tuesday', miércoles: 'Wednesday', miercoles: 'Wednesday', jueves: 'Thursday', viernes: 'Friday',
  sábado: 'Saturday', sabado: 'Saturday', domingo: 'Sunday',
  // "hasta ayer", "hasta hoy": the day a running total runs to, as "until Thursday" names one.
  ayer: 'yesterday', anoche: 'yesterday', hoy: 'today',
  año: 'the year', 'este año': 'this year', 'presente año': 'this year', 'año pasado': 'last year', 'el año pasado': 'last year', 'pasado año': 'last year',
};

const DATE_PARTS = new RegExp(`^(${DAY}) de (${MONTH})(?:,? (?:del? )?(${YEAR}))?$`, 'i');
const MONTH_YEAR = new RegExp(`^(${MONTH}) del? (${YEAR})$`, 'i');

/** A group's words in English: "25 de septiembre de 2024" → "September 25, 2024". */
export function glossSpanish(words: string): string {
  const lower = words.toLowerCase();
  const phrase = GLOSSARY[lower];
  if (phrase !== undefined) return phrase;
  const date = DATE_PARTS.exec(lower);
  if (date) {
    const day = date[1] === 'primero' ? '1' : DAY_WORDS[date[1]!] !== undefined ? String(DAY_WORDS[date[1]!]) : date[1]!.replace(/\D/g, '');
    return `${GLOSSARY[date[2]!]} ${day}${date[3] ? `, ${date[3]}` : ''}`;
  }
  const monthYear = MONTH_YEAR.exec(lower);
  if (monthYear) return `${GLOSSARY[monthYear[1]!]} ${monthYear[2]}`;
  return lower.split(' ').map((word) => GLOSSARY[word] ?? word.replace(/(\d)(?:º|°|\.º)$/, '$1')).join(' ');
}

/** A template filled with a match's groups in English; undefined when it comes out empty. */
export function fillGloss(template: string, match: RegExpExecArray): string | undefined {
  const filled = template
    .replace(/\$\{(\d):([^}]*)\}|\$(\d)/g, (_, n: string | undefined, fallback: string | undefined, bare: string | undefined) => {
      const group = match[Number(n ?? bare)];
      return group ? glossSpanish(group) : (fallback ?? '');
    })
    .replace(/\s+/g, ' ')
    .replace(/[ ,]+$/, '')
    .trim();
  return filled === '' ? undefined : filled;
}
