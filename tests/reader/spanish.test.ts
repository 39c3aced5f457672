/**
 * Spanish news text, read as the English is: each row a sentence written for these tests in the
 * ways Spanish-language wires and Panamanian papers phrase figures, and what the reader must make
 * of the figure (metric, period, value, hedge, comparison, attribution), or that it must leave it
 * unchecked. A row names the class of phrasing it stands for.
 */
import { dirname, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftLanguage, draftProblems, readDraft } from '../../src/drafts/draft.js';
import { lintDrafts } from '../../src/drafts/lint.js';
import { buildCatalogue } from '../../src/drafts/metrics.js';
import { readText } from '../../src/reader/read.js';
import type { HedgeKind } from '../../src/model/figure.js';
import { parsePeriod } from '../../src/model/period.js';
import { loadRegistry } from '../../src/registry/load.js';
import { InputError } from '../../src/registry/problems.js';
import { detectLanguage } from '../../src/text/language.js';
import { readFrontMatter } from '../../src/text/markdown.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const registry = loadRegistry({ cwd: root });
const catalogue = buildCatalogue(registry.metrics);

/** What the reader must make of a figure. */
interface Reading {
  readonly metric: string | null;
  readonly period: string | null;
  readonly value?: number;
  readonly hedge?: HedgeKind;
  /** "percent-change/decrease", "ratio/increase" … */
  readonly comparison?: string;
  /** The period compared with. */
  readonly baseline?: string;
  readonly attribution?: string;
  /** "peak", "average" …: what a rate is of. */
  readonly basis?: string;
}

/** A sentence, its page date, the figure as written, and its reading. */
type Row = { readonly why: string; readonly text: string; readonly date: string; readonly figure: string; readonly reads: Reading };

function read(text: string, date: string, figure: string) {
  const { figures } = readText(text, { catalogue, pageDate: parsePeriod(date), hardLineBreaks: true, purpose: 'lint', language: 'es' });
  const found = figures.find((f) => f.text === figure || f.text.endsWith(` ${figure}`));
  if (!found) throw new Error(`"${figure}" not read from: ${text} (read: ${figures.map((f) => f.text).join(' | ')})`);
  return found;
}

const ROWS: Row[] = [
  { why: '"menos de los que registraría 2021 por sí solo": a year after "menos de los que" and its verb is what is compared with, not the figure\u2019s', text: 'Entre 2016 y 2019 el paso fue modesto. Aquellos cuatro años dejaron unos 70.000 cruces, menos de los que registraría 2022 en solo cuatro meses.', date: '2024-02-15', figure: 'unos 70.000', reads: { metric: null, period: '2016/2019' } },
  { why: '"unas 200 por día, 6.000 en el mes": "el mes" after a preposition is the month just named', text: 'En abril cruzaron la selva del Darién unas 200 personas por día, 6.000 en el mes, y en los primeros cuatro meses del año 19.925.', date: '2022-05-10', figure: '6.000', reads: { metric: 'darien-crossings', period: '2022-04' } },
  { why: '"Es cuatro veces todo lo que cruzó en 2020": a year named as what is compared with gives no year to a bare month after it', text: 'En octubre atravesaron el Darién 25.904 personas. Es cuatro veces todo lo que cruzó en 2020. Solo octubre duplica el total de 2019.', date: '2021-11-20', figure: 'duplica', reads: { metric: 'darien-crossings', period: '2021-10', comparison: 'ratio/increase', baseline: '2019' } },
  { why: '"Desde el 1 de enero y hasta este jueves": a span from the day named to the weekday the count stood at, not to the page', text: 'Desde el 1 de enero y hasta este jueves, unas 40.000 personas habían cruzado la selva del Darién.', date: '2024-03-04', figure: 'unas 40.000', reads: { metric: 'darien-crossings', period: '2024-01/2024-02' } },
  { why: '"el flujo diario había bajado a unas 140 personas": the flow said per day is a rate, whatever noun the figure has', text: 'En febrero, la canciller aseguró que el flujo diario por el Darién había bajado a unas 140 personas.', date: '2022-04-20', figure: 'unas 140', reads: { metric: 'darien-crossings-daily', period: '2022-02' } },
  { why: '"Y en todo ese julio la cifra llegó a 20.519": the July the text named last', text: 'Mulino asumió la presidencia el 1 de julio de 2024.\n\nEn los primeros 17 días de su mandato cruzaron el Darién 11.363 personas.\n\nY en todo ese julio la cifra de cruces del Darién llegó a 20.519.', date: '2026-01-15', figure: '20.519', reads: { metric: 'darien-crossings', period: '2024-07' } },
  { why: '"citó en enero de 2025 una cifra algo menor, 511.103": when he spoke, not the figure\'s period', text: 'El SNM registró 520.085 cruces del Darién en 2023; el presidente Mulino citó en enero de 2025 una cifra algo menor, 511.103.', date: '2026-01-15', figure: '511.103', reads: { metric: 'darien-crossings', period: null } },
  { why: '"El año pasado arrancó con 4.702 cruces en enero": the sentence\'s own year is the month\'s', text: 'El año pasado arrancó con 4.702 cruces del Darién en enero, según el Servicio Nacional de Migración.', date: '2023-03-14', figure: '4.702', reads: { metric: 'darien-crossings', period: '2022-01' } },
  { why: '"… en enero. Febrero trajo otros 4.262": a later month told right after, in the same paragraph, goes on in that year', text: 'El año pasado arrancó con 4.702 cruces del Darién en enero. Febrero trajo otros 4.262 cruces del Darién.', date: '2023-03-14', figure: '4.262', reads: { metric: 'darien-crossings', period: '2022-02' } },
  { why: '"Agosto, septiembre y octubre … dan más de 90.000 personas en apenas un trimestre": a figure that sums the months named', text: 'Agosto, septiembre y octubre, con más de 25.000 cruces del Darién cada uno, dan más de 90.000 personas en apenas un trimestre.', date: '2021-11-18', figure: 'más de 90.000', reads: { metric: 'darien-crossings', period: '2021-08/2021-10' } },
  { why: '"En el año récord" is the year the text called "el récord absoluto"', text: 'En 2023 habían sido 520.085, el récord absoluto de la serie.\nEn 2024 cruzaron el Darién 302.203 personas.\nEn el año récord, en cambio, el promedio fue de unas 2.000 personas diarias.', date: '2025-01-07', figure: 'unas 2.000', reads: { metric: 'darien-crossings-daily', period: '2023' } },
  { why: '"Entre junio y octubre del año pasado": the months of last year', text: 'Entre junio y octubre del año pasado entraban aproximadamente 2 mil 400 migrantes diarios por el Darién.', date: '2022-02-02', figure: 'aproximadamente 2 mil 400', reads: { metric: 'darien-crossings-daily', period: '2021-06/2021-10' } },
  { why: '"En 2024 fueron 302.203, de modo que la caída fue del 99 %": a clause of what follows from the figure names nothing counted', text: 'La selva del Darién cerró 2025 con apenas 3.091 cruces, según el Ministerio. En 2024 fueron 302.203, de modo que la caída fue del 99 %.', date: '2026-01-05', figure: '302.203', reads: { metric: 'darien-crossings', period: '2024' } },
  { why: '"Un año antes, en 2024, habían sido 302.203, de modo que la caída … fue del 99 %": a year said looking back is the earlier end of the change', text: 'La selva del Darién cerró 2025 con apenas 3.091 cruces. Un año antes, en 2024, habían sido 302.203, de modo que la caída interanual fue del 99 %.', date: '2026-01-05', figure: '99 %', reads: { metric: 'darien-crossings', period: '2025', comparison: 'percent-change/decrease', baseline: '2024' } },
  { why: '"La reducción supera el 99 %. En términos absolutos, pasaron unas 250.000 personas menos": a share is no count a difference is of', text: 'La selva del Darién cerró 2025 con apenas 3.091 cruces.\n\nFrente a 2023, la reducción supera el 99 %.\n\nEn términos absolutos, por la selva pasaron unas 250.000 personas menos que en 2024.', date: '2026-01-05', figure: 'unas 250.000', reads: { metric: 'darien-crossings', period: null } },
  { why: '"4.702 en enero y 4.262 en febrero. Los mismos dos meses de 2021": the months named in turn just before, not a two-month span named further back', text: 'Entre septiembre y octubre de 2021 cruzaron más de 50.000 personas por el Darién.\nEn enero de 2022 cruzaron el Darién 4.702 personas, y en febrero, 4.262.\nLos mismos dos meses de 2021 habían sumado 2.928, de modo que el total casi se triplicó.', date: '2023-01-05', figure: 'triplicó', reads: { metric: 'darien-crossings', period: '2022-01/2022-02', comparison: 'ratio/increase', baseline: '2021-01/2021-02' } },
  { why: '"la cifra diaria … al pasar de un promedio de N a M este año": a subject that is a rate makes both ends rates', text: 'Mientras tanto, la cifra diaria de migrantes en tránsito por el Darién en enero también bajó significativamente, al pasar de un promedio de 2.400 a 140 este año.', date: '2022-02-01', figure: '140', reads: { metric: 'darien-crossings-daily', period: '2022-01-01/2022-02-01' } },
  { why: '"en sus primeros 17 días de gobierno": from the day the catalogue dates his taking office', text: 'Mulino asumió la presidencia de Panamá.\nEn sus primeros 17 días de gobierno cruzaron el Darién 11.363 personas.', date: '2024-07-25', figure: '11.363', reads: { metric: 'darien-crossings', period: '2024-07-01/2024-07-17' } },
  { why: '"Dicho de otro modo, el total de 2025 equivale a unas N personas al día": the tally of the flow, per day', text: 'En 2025 apenas 3.091 personas cruzaron el Darién.\nDicho de otro modo, el total de 2025 equivale a unas 258 personas al día.', date: '2026-01-05', figure: 'unas 258', reads: { metric: 'darien-crossings-daily', period: '2025' } },
  { why: '"sextuplica a la de N registrada en 2022" against the first four months of 2023: the same months of 2022', text: 'La cifra del primer cuatrimestre de 2023 sextuplica a la de 19.925 registrada en 2022, cuando el año cerró con un total de 248.284 personas que atravesaron la selva del Darién.', date: '2023-05-03', figure: '19.925', reads: { metric: 'darien-crossings', period: '2022-01/2022-04' } },
  { why: '"del año anterior en el mismo periodo": the same period, the year first', text: 'Solo dos mil 904 personas han cruzado el Darién en lo que va de 2025, frente a las más de 126.000 del año anterior en el mismo periodo.', date: '2025-04-25', figure: '126.000', reads: { metric: 'darien-crossings', period: '2024-01-01/2024-04-25' } },
  { why: '"en lo que va de enero": the month so far', text: 'Solo 1.710 personas cruzaron el Darién en lo que va de enero.', date: '2025-01-24', figure: '1.710', reads: { metric: 'darien-crossings', period: '2025-01-01/2025-01-24' } },
  { why: '"sextuplica a la de N registrada en 2022": a ratio of six, its baseline the figure after "a la de"', text: 'En el primer cuatrimestre de 2023 cruzaron el Darién 127.687 personas, cifra que sextuplica a la de 19.925 registrada en 2022.', date: '2023-05-03', figure: 'sextuplica', reads: { metric: 'darien-crossings', period: '2023-01/2023-04', comparison: 'ratio/increase', value: 6 } },
  { why: '"del primer cuatrimestre de 2023": January to April', text: 'La cifra del primer cuatrimestre de 2023 fue de 127.687 personas que cruzaron el Darién.', date: '2023-05-03', figure: '127.687', reads: { metric: 'darien-crossings', period: '2023-01/2023-04' } },
  { why: '"entre unos 2.000 y 3.000 al día": a range is one rate', text: 'En 2023 cruzaron el Darién entre unos 2.000 y 3.000 migrantes al día.', date: '2024-01-10', figure: '2.000 y 3.000', reads: { metric: 'darien-crossings-daily', period: '2023' } },
  { why: '"De 2009 a 2020 cruzaron N": a span of years, not the last year alone', text: 'De 2009 a 2020 cruzaron la selva del Darién 117.887 migrantes.', date: '2024-07-17', figure: '117.887', reads: { metric: 'darien-crossings', period: '2009/2020', value: 117887 } },
  { why: 'a change "entre 2021 y 2022" is the later year\'s, against the earlier', text: 'El flujo por el Darién creció un 85 % entre 2021 y 2022.', date: '2024-07-17', figure: '85 %', reads: { metric: 'darien-crossings', period: '2022', comparison: 'percent-change/increase', baseline: '2021' } },
  { why: 'a change "de 2021 a 2022" is read as "entre 2021 y 2022"', text: 'El flujo por el Darién creció un 85 % de 2021 a 2022.', date: '2024-07-17', figure: '85 %', reads: { metric: 'darien-crossings', period: '2022', comparison: 'percent-change/increase', baseline: '2021' } },
  { why: 'a change "de enero a marzo de 2022": the span\'s months, the year written once', text: 'El tránsito por el Darién se triplicó de enero a marzo de 2022.', date: '2024-07-17', figure: 'triplicó', reads: { metric: 'darien-crossings', period: '2022-03', comparison: 'ratio/increase', baseline: '2022-01' } },
  // Verbs of the frame said with entrar and a bare pasar, and the place as an adjective.
  { why: '"han entrado a Panamá … por la frontera selvática"', text: 'Este año han entrado a Panamá unas 300.549 personas por la frontera selvática con Colombia.', date: '2024-12-18', figure: '300.549', reads: { metric: 'darien-crossings', period: '2024-01-01/2024-12-18' } },
  { why: '"N, más que en 2021": a difference after a comma', text: 'Durante 2022 pasaron por el Darién 114 mil 558, más que en 2021.', date: '2023-01-05', figure: '114 mil 558', reads: { metric: 'darien-crossings', period: '2022', comparison: 'difference/increase' } },
  { why: '"esa cifra duplica los N": a ratio in a verb of the present, its subject the figure before, its baseline after it', text: 'En 2023 cruzaron el Darién 520.085 migrantes. Esa cifra duplica los 248.284 tránsitos registrados en 2022.', date: '2024-01-10', figure: 'duplica', reads: { metric: 'darien-crossings', period: '2023', comparison: 'ratio/increase' } },
  { why: '"del mismo mes de 2023" after "hasta mayo pasado" is January to May 2023', text: 'Hasta mayo pasado, los migrantes de paso por el Darién alcanzaron los 170.214, una cifra ligeramente superior a los 166.649 del mismo mes de 2023.', date: '2024-06-24', figure: '166.649', reads: { metric: 'darien-crossings', period: '2023-01/2023-05' } },
  { why: '"respecto al récord histórico de 2023, cuando atravesaron la selva unas 520 mil": the when-clause is of the baseline\'s year', text: 'Más de 300 mil migrantes cruzaron el Darién en lo que va de año, una disminución de unas 200 mil personas respecto al récord histórico de 2023, cuando atravesaron la selva unas 520 mil.', date: '2024-12-21', figure: 'unas 520 mil', reads: { metric: 'darien-crossings', period: '2023' } },
  { why: '"hasta julio del año pasado" is last year to the end of July, not all of it', text: 'Hasta julio del año pasado casi 252.000 personas habían cruzado la selva del Darién.', date: '2024-07-18', figure: 'casi 252.000', reads: { metric: 'darien-crossings', period: '2023-01/2023-07' } },
  { why: '"N menos ..., en comparación con": a difference though "que" does not follow', text: 'Unos 9.000 migrantes menos ingresaron este año a Panamá por el Darién, en comparación con los que ingresaron para la misma fecha de 2023.', date: '2024-07-18', figure: 'Unos 9.000', reads: { metric: 'darien-crossings', period: '2024-01-01/2024-07-18', value: 9000, comparison: 'difference/decrease' } },
  { why: 'a cardinal in words after "un" is one figure, not the article added to it', text: 'Por el Darién ha transitado un cuarenta y tres por ciento más de migrantes en 2022 que en 2021.', date: '2023-01-10', figure: 'cuarenta y tres por ciento', reads: { metric: 'darien-crossings', period: '2022', value: 43 } },
  { why: 'words and digits mixed, "ciento treinta y tres mil 726", are one figure', text: 'En 2021 cruzaron la selva del Darién ciento treinta y tres mil 726 migrantes.', date: '2022-01-05', figure: 'ciento treinta y tres mil 726', reads: { metric: 'darien-crossings', period: '2021', value: 133726 } },
  { why: '"248 mil 284": digits after the scale word are one figure', text: 'En 2022 cruzaron la selva del Darién 248 mil 284 migrantes, según Migración.', date: '2023-01-05', figure: '248 mil 284', reads: { metric: 'darien-crossings', period: '2022', value: 248284 } },
  { why: 'a source after a comma ("N, según datos del gobierno") is not the figure\'s noun', text: 'El flujo de migrantes por la selva del Darién subió en 2022 hasta un récord de 248.284, según datos oficiales.', date: '2023-01-05', figure: '248.284', reads: { metric: 'darien-crossings', period: '2022' } },
  { why: '"en marzo 2024" (no "de") is the month of that year, and "extranjeros" a noun of the flow', text: 'En marzo 2024 el Servicio Nacional de Migración registró en el Darién 36 mil 841 extranjeros.', date: '2024-04-11', figure: '36 mil 841', reads: { metric: 'darien-crossings', period: '2024-03' } },
  { why: '"36, 001 personas": a slip of the keyboard in one number', text: 'En enero de 2024 cruzaron la selva del Darién 36, 001 personas.', date: '2024-04-11', figure: '36, 001', reads: { metric: 'darien-crossings', period: '2024-01', value: 36001 } },
  { why: '"han arribado a Panamá" is a verb of the flow where the Darién is at hand', text: 'La migración por la selva del Darién sigue alta. Solo en lo que va de junio han arribado a Panamá unas 16.955 personas.', date: '2024-06-24', figure: 'unas 16.955', reads: { metric: 'darien-crossings', period: '2024-06-01/2024-06-24' } },
  { why: '"el movimiento de N viajantes" in the Darién', text: 'En junio de 2023 se registró en el Darién el movimiento de 28.000 viajantes.', date: '2024-06-24', figure: '28.000', reads: { metric: 'darien-crossings', period: '2023-06' } },
  { why: '"pasaron N migrantes por la selva"', text: 'En 2022 pasaron 248.284 migrantes por la selva.', date: '2023-01-05', figure: '248.284', reads: { metric: 'darien-crossings', period: '2022' } },
  // Numbers: both groupings, decimals, words.
  { why: 'thousands with a dot (EFE)', text: 'En 2022 cruzaron la selva del Darién 248.284 personas.', date: '2023-01-10', figure: '248.284', reads: { metric: 'darien-crossings', period: '2022', value: 248284, hedge: 'none' } },
  { why: 'thousands with a comma (Panamá)', text: 'Durante 2021 atravesaron el Darién 133,726 migrantes.', date: '2022-01-10', figure: '133,726', reads: { metric: 'darien-crossings', period: '2021', value: 133726 } },
  { why: 'a decimal comma before "millones"', text: 'En 2023 transitaron por la selva del Darién 1,5 millones de migrantes.', date: '2024-01-10', figure: '1,5 millones', reads: { metric: 'darien-crossings', period: '2023', value: 1_500_000 } },
  { why: '"más de medio millón"', text: 'En 2023 pasaron por el Darién más de medio millón de personas.', date: '2024-01-10', figure: 'más de medio millón', reads: { metric: 'darien-crossings', period: '2023', value: 500_000, hedge: 'over' } },
  { why: '"un millón doscientas mil": "un millón" reads on into the thousands after it', text: 'Entre 2021 y 2024 cruzaron la selva del Darién más de un millón doscientas mil personas.', date: '2025-03-01', figure: 'más de un millón doscientas mil', reads: { metric: 'darien-crossings', period: '2021/2024', value: 1_200_000, hedge: 'over' } },
  { why: '"un descenso cercano al 42 % frente al año anterior": "cercano al" a hedge standing where "de" would', text: 'En 2024 cruzaron el Darién 302.203 personas, un descenso cercano al 42 % frente al año anterior.', date: '2025-03-01', figure: 'cercano al 42 %', reads: { metric: 'darien-crossings', period: '2024', comparison: 'percent-change/decrease', hedge: 'approximately' } },
  { why: 'a rate after "frente al año anterior" is the sentence\'s year\'s, not the baseline\'s', text: 'En 2024 cruzaron el Darién 302.203 personas, un descenso cercano al 42 % frente al año anterior, que en promedio equivale a unas 826 personas diarias.', date: '2025-03-01', figure: 'unas 826', reads: { metric: 'darien-crossings-daily', period: '2024' } },
  { why: '"Entre agosto y octubre … 25.332, 25.505 y 25.904 personas, casi la misma cifra cada mes": a list said per month takes the span\'s months in turn', text: 'En 2021, entre agosto y octubre, cruzaron el Darién 25.332, 25.505 y 25.904 personas, casi la misma cifra cada mes.', date: '2022-03-01', figure: '25.505', reads: { metric: 'darien-crossings-per-month', period: '2021-09' } },
  { why: '"de más de 25.000 … entre agosto y octubre del 2021 a 4.700 en enero", after a sentence about 2021: the end of a change comes after its start', text: 'Más de 133.000 migrantes cruzaron el Darién en el 2021. Panamá ha pasado de tener un ingreso mensual de más de 25.000 migrantes entre agosto y octubre del 2021 a 4.700 en enero.', date: '2022-02-01', figure: '4.700', reads: { metric: 'darien-crossings-per-month', period: '2022-01' } },
  { why: '"un promedio (diario) de 140 migrantes en el último mes": the unit in brackets, and the past month', text: 'Por la selva del Darién pasan hoy un promedio (diario) de 140 migrantes en el último mes.', date: '2022-02-01', figure: '140', reads: { metric: 'darien-crossings-daily', period: '2022-01-02/2022-02-01' } },
  { why: '"37, 166 y en marzo": a comma and a space inside one number, when the "y" after it joins no number', text: 'En febrero cruzaron el Darién 37, 166 personas y en marzo unas 36.000.', date: '2024-04-11', figure: '37, 166', reads: { metric: 'darien-crossings', period: '2024-02', value: 37166 } },
  { why: '"un ingreso mensual de más de 25.000 migrantes": the flow\'s noun said per month makes a rate, though the figure names its people', text: 'Panamá tuvo por el Darién un ingreso mensual de más de 25.000 migrantes entre agosto y octubre del 2021.', date: '2022-02-01', figure: 'más de 25.000', reads: { metric: 'darien-crossings-per-month', period: '2021-08/2021-10' } },
  { why: '"el pico de ingreso … ascendía a 2.400 migrantes al día": the peak as the subject of the verb before the figure', text: 'En agosto de 2021 el pico de ingreso por el Darién ascendía a 2.400 migrantes al día.', date: '2022-02-01', figure: '2.400', reads: { metric: 'darien-crossings-daily', period: '2021-08', basis: 'peak' } },
  { why: '"10 veces más alta de la registrada en todo el año 2021": the year after "más alta de la registrada en" is the baseline\'s', text: 'El paso por el Darién entre enero y junio de 2022 fue 10 veces más alto que el registrado en todo el año 2021.', date: '2022-07-13', figure: '10 veces', reads: { metric: 'darien-crossings', period: '2022-01/2022-06', comparison: 'ratio/increase', baseline: '2021' } },
  { why: '"11.363 cruzaron entre el 1 y el 17": days of a month named elsewhere, not resolved, and no day read as a figure', text: 'En todo julio cruzaron el Darién 20.519 personas, y de esas, 11.363 cruzaron entre el 1 y el 17.', date: '2024-08-20', figure: '11.363', reads: { metric: 'darien-crossings', period: null } },
  { why: '"en lo que va del año, hasta el corte de julio": the year so far; the cut-off in July is no month\'s count', text: 'En lo que va del año, hasta el corte de julio, ya pasaron por el Darién más de 212.000 personas.', date: '2024-08-20', figure: 'más de 212.000', reads: { metric: 'darien-crossings', period: '2024-01-01/2024-08-20' } },
  { why: '"las páginas 48 a 53": both ends of a range after a label are labels', text: 'En 2024 cruzaron el Darién 302.203 personas, según el informe, páginas 48 a 53.', date: '2025-03-01', figure: '302.203', reads: { metric: 'darien-crossings', period: '2024' } },
  { why: '"ese año … atravesaron 133.726 personas, y al año siguiente casi el doble": "al año siguiente" is no rate per year, and it opens the next clause', text: 'Lo que recordamos es 2021; ese año, nos explicó la profesora, atravesaron el Darién 133.726 personas, y al año siguiente casi el doble, 248.284.', date: '2025-05-01', figure: '133.726', reads: { metric: 'darien-crossings', period: '2021' } },
  { why: '"En ese mismo tramo de 2023": the same stretch, a year back, of a period the text named', text: 'En julio de 2024 cruzaron el Darién 20.519 personas. En ese mismo tramo de 2023 habían cruzado muchas más.', date: '2024-08-20', figure: '20.519', reads: { metric: 'darien-crossings', period: '2024-07' } },
  { why: 'a title about this year that names 2023 only to compare is no review of 2023: "en enero" in March 2024 is January 2024', text: 'Panamá proyecta que cruce de migrantes en el Darién este año superará al de 2023\n\nEl registro en enero fue de 36,001 personas en la selva del Darién.', date: '2024-03-22', figure: '36,001', reads: { metric: 'darien-crossings', period: '2024-01' } },
  { why: '"cayó un 96 % en el último año": the past twelve months', text: 'El flujo de migrantes que cruza la selva del Darién cayó un 96 % en el último año.', date: '2025-03-29', figure: '96 %', reads: { metric: 'darien-crossings', period: '2024-03-30/2025-03-29', comparison: 'percent-change/decrease' } },
  { why: '"de los cuales, el 74%, es decir mil 166": the share glossed as a count is the same part', text: 'En diciembre de 2019 llegaron a los albergues del Darién mil 572 migrantes irregulares, de los cuales, el 74%, es decir mil 166, provenían de las Antillas.', date: '2020-01-27', figure: 'mil 166', reads: { metric: null, period: '2019-12' } },
  { why: '"Esas cifras fueron escalando …": a sentence that opens on the figures before counts the one group they counted', text: 'Un total de 10.742 cubanos ingresaron a Panamá por la selva del Darién entre enero y agosto de 2021.\nEsas cifras fueron escalando progresivamente, pues la cantidad censada en el mes de enero fue de 176 personas.', date: '2021-09-25', figure: '176', reads: { metric: null, period: '2021-01' } },
  { why: '"Y frente a 2020, cuando … apenas 6.465 personas hicieron la ruta, el aumento es de más de 38 veces": the figure of the compared year is the baseline, not the subject (whose period, the sentence before\'s, is not read yet)', text: 'En 2022 cruzaron el Darién 248.284 personas. Y frente a 2020, cuando apenas 6.465 personas hicieron la ruta, el aumento es de más de 38 veces.', date: '2023-01-10', figure: 'más de 38 veces', reads: { metric: 'darien-crossings', period: null, comparison: 'ratio/increase', baseline: '2020' } },
  { why: '"con picos de 29.289 y 30.055": peaks within a span are not its total', text: 'Entre 2015 y 2020 cruzaron el Darién en promedio algo más de 17.000 personas al año, con picos de 29.289 y 30.055.', date: '2023-01-10', figure: '30.055', reads: { metric: null, period: '2015/2020' } },
  { why: '"Sumados los dos primeros meses del año, fueron 8.964", on January 10: the months of the year the text is about', text: 'En 2022 cruzaron el Darién 248.284 personas. Sumados los dos primeros meses del año, fueron 8.964.', date: '2023-01-10', figure: '8.964', reads: { metric: 'darien-crossings', period: '2022-01/2022-02' } },
  { why: '"A mediados de julio de aquel año, el conteo anual superaba ya las 212.000": mid-July of that year is vague, no year so far of the page', text: 'En 2024 el flujo por el Darién empezó a caer. A mediados de julio de aquel año, el conteo anual superaba ya las 212.000 personas.', date: '2025-06-10', figure: '212.000', reads: { metric: 'darien-crossings', period: null } },
  { why: '"el mes que registra el mayor número de migrantes … es julio con 55 mil 387": the month after "es" is the answer, not what the superlative is the most of', text: 'En el Darién, el mes que registra el mayor número de migrantes irregulares este año es julio con 55 mil 387.', date: '2023-08-13', figure: '55 mil 387', reads: { metric: null, period: '2023-07' } },
  { why: 'a headline with no full stop, before the body: "este año" is its own, not an occasion the next paragraph names ("Un reporte …")', text: '281 mil 399 migrantes irregulares han cruzado la selva de Darién este año\n\nUn reporte del Servicio Nacional de Migración lo confirma.', date: '2023-08-13', figure: '281 mil 399', reads: { metric: 'darien-crossings', period: '2023-01-01/2023-08-13' } },
  { why: '"proyectan que … antes de finalizar agosto se supere los 300 mil": a forecast', text: 'Las estadísticas proyectan que probablemente antes de finalizar agosto se supere los 300 mil viajeros por el Darién.', date: '2023-08-13', figure: '300 mil', reads: { metric: null, period: '2023-08-01/2023-08-13' } },
  { why: '"con la entrada por día de hasta “3.000 y 4.000” migrantes": the flow\'s noun said per day makes both rates', text: 'En octubre pasado se registraron picos en el flujo por el Darién, con la entrada por día de hasta “3.000 y 4.000” migrantes irregulares.', date: '2022-10-28', figure: '4.000', reads: { metric: 'darien-crossings-daily', period: '2022-10-01/2022-10-28' } },
  { why: '"cerró seis de los siete pasos fronterizos": a part of a set it numbers', text: 'En julio Mulino cerró seis de los siete pasos fronterizos desde Colombia en el Darién.', date: '2024-09-18', figure: 'seis', reads: { metric: null, period: '2024-07' } },
  { why: '"han llegado a Panamá este año en flujo hacia el sur": the reverse flow', text: 'Más de 13.200 migrantes irregulares han llegado a Panamá este año en flujo hacia el sur.', date: '2025-07-01', figure: 'Más de 13.200', reads: { metric: 'darien-returning-migrants', period: '2025-01-01/2025-07-01' } },
  { why: '"cuando 2.676 cubanos entraron …, y aunque en los siguientes dos meses entraron 2.126 y 2.557": figures naming nothing after a group\'s, with no other people counted between, are that group\'s; "los siguientes dos meses" after June are July and August, "respectivamente" one each', text: 'El registro más elevado se dio en junio, cuando 2.676 cubanos entraron a Panamá por el Darién, y aunque en los siguientes dos meses entraron 2.126 y 2.557, respectivamente, el récord no fue superado.', date: '2021-09-25', figure: '2.557', reads: { metric: null, period: '2021-08' } },
  { why: '"Ambas cantidades son superiores a … cuando se contabilizaron 6.876": the group of the figures before', text: 'En junio 11.359 venezolanos entraron a Panamá por la selva del Darién.\nAmbas cantidades son superiores a la señalada en los primeros 4 meses de 2022, cuando se contabilizaron 6.876.', date: '2022-07-13', figure: '6.876', reads: { metric: null, period: '2022-01/2022-04' } },
  { why: '"En el mismo bimestre de 2021": two months a year back, of the two months named before', text: 'En enero y febrero de 2022 cruzaron el Darién 8.964 personas.\nEn el mismo bimestre de 2021 la cifra había sido de 2.928.', date: '2022-03-08', figure: '2.928', reads: { metric: 'darien-crossings', period: '2021-01/2021-02' } },
  { why: '"citó en su discurso del 2 de enero de 2025 una cifra … para ese año": the speech\'s day is no year "ese año" refers to; nor a year after "respecto de"', text: 'En 2022 cruzaron el Darién 248.284 personas.\nUn año después llegó el récord del Darién: 520.085 personas, un alza del 110 % respecto de 2022.\nEl presidente citó en su discurso del 2 de enero de 2025 una cifra algo menor para ese año, 511.103.', date: '2026-01-10', figure: '511.103', reads: { metric: 'darien-crossings', period: '2023' } },
  { why: '"por cada persona que hizo la travesía en 2025 la habían hecho casi cien en 2024": the other term of a proportion', text: 'Dicho de otro modo, por cada persona que cruzó el Darién en 2025 lo habían cruzado casi cien en 2024.', date: '2026-01-10', figure: 'casi cien', reads: { metric: null, period: '2024' } },
  { why: '"La cifra de migrantes chinos que cruzaron la selva pasó de 296 … a un total de 12,070": the group after the flow\'s people noun', text: 'La cifra de migrantes chinos que cruzaron la selva del Darién pasó de 296 en el período 2010-2019 a un total de 12,070 en lo que va de 2024.', date: '2024-09-19', figure: '12,070', reads: { metric: null, period: '2024-01-01/2024-09-19' } },
  { why: '"el mayor número de migrantes eran originarios de Venezuela, un total de 328,650": the group named before "un total de"', text: 'En 2023, el mayor número de migrantes que cruzaron el Darién eran originarios de Venezuela, un total de 328,650.', date: '2024-09-19', figure: '328,650', reads: { metric: null, period: '2023' } },
  { why: '"los haitianos siguieron en ese mes en segundo lugar con 983": a figure given "con" after a clause whose subject is a group', text: 'En julio pasado los haitianos siguieron en segundo lugar con 983 de sus nacionales cruzando la selva del Darién.', date: '2022-08-10', figure: '983', reads: { metric: null, period: '2022-07' } },
  { why: 'hedge "unos"', text: 'Unos 4.702 migrantes cruzaron la selva en enero de 2022.', date: '2023-03-01', figure: 'Unos 4.702', reads: { metric: 'darien-crossings', period: '2022-01', hedge: 'approximately' } },
  { why: 'hedge "casi"', text: 'Casi 30.000 personas cruzaron el Darién en 2016.', date: '2017-03-01', figure: 'Casi 30.000', reads: { metric: 'darien-crossings', period: '2016', hedge: 'under' } },
  { why: 'hedge "poco menos de"', text: 'En 2020 ingresaron por el Darién poco menos de 7.000 migrantes.', date: '2021-03-01', figure: 'poco menos de 7.000', reads: { metric: 'darien-crossings', period: '2020', hedge: 'under' } },
  { why: 'hedge "al menos"', text: 'Al menos 9.000 migrantes cruzaron la selva del Darién en 2018.', date: '2019-03-01', figure: 'Al menos 9.000', reads: { metric: 'darien-crossings', period: '2018', hedge: 'at-least' } },
  // Frames: verbs and places of the crossing.
  { why: '"se internan en la selva" and "en lo que va de año"', text: 'La cifra de personas que se internan en la selva del Darién se situó en lo que va de año en 2.637.', date: '2025-03-10', figure: '2.637', reads: { metric: 'darien-crossings', period: '2025-01-01/2025-03-10', value: 2637 } },
  { why: '"llegaron a Panamá a través del Darién" and "entre enero y el 25 de septiembre"', text: 'Entre enero y el 25 de septiembre, 230,000 migrantes llegaron a Panamá a través del Darién.', date: '2024-09-27', figure: '230,000', reads: { metric: 'darien-crossings', period: '2024-01-01/2024-09-25', value: 230000 } },
  { why: 'a noun of the flow: "los tránsitos por el Darién"', text: 'Los tránsitos irregulares por el Darién sumaron 3.091 en 2025.', date: '2026-01-05', figure: '3.091', reads: { metric: 'darien-crossings', period: '2025' } },
  { why: '"la frontera con Colombia" is the Darién', text: 'En el primer trimestre cruzaron la frontera con Colombia unas 110.000 personas.', date: '2024-05-10', figure: 'unas 110.000', reads: { metric: 'darien-crossings', period: '2024-01/2024-03' } },
  { why: 'a daily rate: "al día"', text: 'En agosto de 2021 cruzaban la selva del Darién unas 800 personas al día.', date: '2021-10-01', figure: 'unas 800', reads: { metric: 'darien-crossings-daily', period: '2021-08' } },
  { why: 'a monthly rate: "cada mes" and "en promedio"', text: 'En 2022 cruzaron el Darién en promedio unas 20.000 personas cada mes.', date: '2023-01-10', figure: 'unas 20.000', reads: { metric: 'darien-crossings-per-month', period: '2022' } },
  { why: 'a daily rate: "diarios"', text: 'En septiembre de 2023 se registraron en el Darién unos 2.000 cruces diarios.', date: '2023-10-10', figure: 'unos 2.000', reads: { metric: 'darien-crossings-daily', period: '2023-09' } },
  { why: 'a unit word before a scale: "cinco mil"', text: 'En enero de 2025 cruzaron el Darién cinco mil migrantes.', date: '2025-03-01', figure: 'cinco mil', reads: { metric: 'darien-crossings', period: '2025-01', value: 5000 } },
  // Periods.
  { why: '"desde el 1 de julio": a span to the page date', text: 'Desde el 1 de julio, 11.363 migrantes atravesaron el Darién.', date: '2024-07-18', figure: '11.363', reads: { metric: 'darien-crossings', period: '2024-07-01/2024-07-18' } },
  { why: '"del 1 al 17 de julio"', text: 'Del 1 al 17 de julio cruzaron el Darién 11.363 migrantes.', date: '2024-07-20', figure: '11.363', reads: { metric: 'darien-crossings', period: '2024-07-01/2024-07-17' } },
  { why: '"de enero a marzo de 2024": three months', text: 'De enero a marzo de 2024 cruzaron el Darién 110.000 personas.', date: '2024-05-01', figure: '110.000', reads: { metric: 'darien-crossings', period: '2024-01/2024-03' } },
  { why: '"los primeros 17 días de julio"', text: 'En los primeros 17 días de julio cruzaron el Darién 11.363 personas.', date: '2024-07-18', figure: '11.363', reads: { metric: 'darien-crossings', period: '2024-07-01/2024-07-17' } },
  { why: '"el año pasado"', text: 'El año pasado cruzaron el Darién 520.085 migrantes.', date: '2024-03-01', figure: '520.085', reads: { metric: 'darien-crossings', period: '2023' } },
  { why: '"este año" is the year so far', text: 'Este año han cruzado el Darién 2.637 migrantes.', date: '2025-03-10', figure: '2.637', reads: { metric: 'darien-crossings', period: '2025-01-01/2025-03-10' } },
  { why: '"los dos primeros meses del año pasado"', text: 'En los dos primeros meses del año pasado cruzaron el Darién 8.964 migrantes.', date: '2023-03-01', figure: '8.964', reads: { metric: 'darien-crossings', period: '2022-01/2022-02' } },
  { why: '"en lo que va de 2024"', text: 'En lo que va de 2024 han cruzado el Darién 212.000 migrantes.', date: '2024-07-17', figure: '212.000', reads: { metric: 'darien-crossings', period: '2024-01-01/2024-07-17' } },
  { why: '"hasta el 17 de julio" after "desde el 1 de julio"', text: 'Desde el 1 de julio hasta el 17 de julio cruzaron el Darién 11.363 migrantes.', date: '2024-07-20', figure: '11.363', reads: { metric: 'darien-crossings', period: '2024-07-01/2024-07-17' } },
  // "hasta <mes> pasado": the year's count from January 1 to the end of that month.
  { why: '"hasta marzo pasado": January to March of the page\u2019s year, not the year to the page date', text: 'Hasta marzo pasado: un total de 13.425 migrantes cruzaron el Darién.', date: '2024-07-10', figure: '13.425', reads: { metric: 'darien-crossings', period: '2024-01/2024-03' } },
  { why: '"hasta junio pasado"', text: 'Hasta junio pasado habían cruzado la selva del Darién unos 200.000 migrantes.', date: '2024-07-10', figure: '200.000', reads: { metric: 'darien-crossings', period: '2024-01/2024-06' } },
  { why: '"hasta octubre pasado" on a page of July: last year\u2019s October', text: 'Hasta octubre pasado cruzaron el Darién 200.000 migrantes.', date: '2024-07-10', figure: '200.000', reads: { metric: 'darien-crossings', period: '2023-01/2023-10' } },
  { why: '"hasta diciembre" on a page of December: the year to the page date', text: 'Hasta diciembre, 500.000 migrantes cruzaron el Darién.', date: '2023-12-20', figure: '500.000', reads: { metric: 'darien-crossings', period: '2023-01-01/2023-12-20' } },
  { why: '"en lo que va de año"', text: 'En lo que va de año han cruzado el Darién 200.000 migrantes.', date: '2024-07-10', figure: '200.000', reads: { metric: 'darien-crossings', period: '2024-01-01/2024-07-10' } },
  { why: 'a period opens its clause: "en enero de 2022 cruzaron … y en febrero, …"', text: 'En enero de 2022 cruzaron el Darién 4.702 migrantes y en febrero, 4.262.', date: '2023-03-01', figure: '4.702', reads: { metric: 'darien-crossings', period: '2022-01' } },
  { why: 'a list of years, each before its figure', text: 'En 2019 se registraron en el Darién 22.102 migrantes, en 2020 se registraron 6.465 y en 2021 se registraron 133.726.', date: '2022-03-01', figure: '6.465', reads: { metric: 'darien-crossings', period: '2020' } },
  // Comparisons.
  { why: '"un 35% menos en comparación con el mismo periodo del año pasado"', text: 'Entre enero y el 25 de septiembre, 230,000 migrantes llegaron a Panamá a través del Darién, un 35% menos en comparación con el mismo periodo del año pasado.', date: '2024-09-27', figure: '35%', reads: { metric: 'darien-crossings', period: '2024-01-01/2024-09-25', comparison: 'percent-change/decrease', baseline: '2023-01-01/2023-09-25' } },
  { why: '"una reducción del 96 % respecto al mismo periodo del año anterior"', text: 'En lo que va de año cruzaron la selva del Darién 2.637 personas, una reducción del 96 % respecto al mismo periodo del año anterior.', date: '2025-03-10', figure: '96 %', reads: { metric: 'darien-crossings', period: '2025-01-01/2025-03-10', comparison: 'percent-change/decrease', baseline: '2024-01-01/2024-03-10' } },
  { why: '"un aumento del 86 %"', text: 'En 2022 cruzaron el Darién 248.284 personas, un aumento del 86 % frente a 2021.', date: '2023-01-10', figure: '86 %', reads: { metric: 'darien-crossings', period: '2022', comparison: 'percent-change/increase', baseline: '2021' } },
  { why: '"un tercio de la de 2023": a fraction of a figure is a ratio to it, its subject the figure before', text: 'En 2024 atravesaron la selva del Darién 302.203 migrantes.\nEsa cifra era apenas un tercio de la de 2023.', date: '2025-05-23', figure: 'un tercio', reads: { metric: 'darien-crossings', period: '2024', comparison: 'ratio/decrease', baseline: '2023' } },
  { why: '"casi el doble de la de 2022": "de la de" names what it doubles', text: 'En 2023 atravesaron la selva del Darién 520.085 migrantes.\nEsa cifra fue casi el doble de la de 2022.', date: '2024-05-23', figure: 'el doble', reads: { metric: 'darien-crossings', period: '2023', comparison: 'ratio/increase', baseline: '2022' } },
  { why: '"frente a las 194 registradas en marzo": the figure compared with counts what the one before counts, though that one\'s period ("los primeros días de abril") could not be read', text: 'Mulino señaló que solo 73 personas atravesaron el Darién en los primeros días de abril, frente a las 194 registradas en marzo.', date: '2025-04-24', figure: '194', reads: { metric: 'darien-crossings', period: '2025-03' } },
  { why: '"hasta este jueves ya 132.153 habían atravesado", beside the whole of the year before: the year so far to that Thursday', text: 'En el 2021 unos 133.653 migrantes cruzaron por el Darién, y hasta este jueves ya 132.153 personas habían atravesado la selva.', date: '2022-09-23', figure: '132.153', reads: { metric: 'darien-crossings', period: '2022-01-01/2022-09-22' } },
  { why: '"hasta este jueves" with no year before set beside it: a running total from a start not named', text: 'Hasta este jueves ya 132.153 personas habían atravesado la selva del Darién.', date: '2022-09-23', figure: '132.153', reads: { metric: 'darien-crossings', period: null } },
  { why: '"más del quíntuple de la de 2019": the year after "de la de" is what it is five times, not its own', text: 'En 2021 atravesaron la selva del Darién 133.726 personas.\nEsa cifra fue más del quíntuple de la de 2019.', date: '2022-03-01', figure: 'quíntuple', reads: { metric: 'darien-crossings', period: '2021', comparison: 'ratio/increase', baseline: '2019' } },
  { why: '"el doble que en 2022"', text: 'En 2023 pasaron por el Darién 520.085 migrantes, el doble que en 2022.', date: '2024-01-10', figure: 'doble', reads: { metric: 'darien-crossings', period: '2023', comparison: 'ratio/increase', baseline: '2022' } },
  { why: '"X veces más que"', text: 'En 2021 cruzaron el Darién 133.726 personas, 20 veces más que en 2020.', date: '2022-01-10', figure: '20 veces', reads: { metric: 'darien-crossings', period: '2021', value: 20, comparison: 'ratio/increase', baseline: '2020' } },
  { why: '"tres veces más que"', text: 'En 2021 cruzaron el Darién 133.726 personas, tres veces más que en 2016.', date: '2022-01-10', figure: 'tres veces', reads: { metric: 'darien-crossings', period: '2021', value: 3, comparison: 'ratio/increase', baseline: '2016' } },
  { why: '"9.000 menos que" is a difference', text: 'Desde el 1 de julio cruzaron el Darién 11.363 migrantes, 9.000 menos que en el mismo periodo del año pasado.', date: '2024-07-18', figure: '9.000', reads: { metric: 'darien-crossings', period: '2024-07-01/2024-07-18', comparison: 'difference/decrease' } },
  { why: '"cayeron de X a Y": the Y end of a change', text: 'Los tránsitos por el Darién cayeron de 302.203 en 2024 a 3.091 en 2025.', date: '2026-01-05', figure: '3.091', reads: { metric: 'darien-crossings', period: '2025', comparison: 'change/decrease' } },
  // Attribution.
  { why: '"según el Servicio Nacional de Migración"', text: 'En 2022 cruzaron la selva del Darién 248.284 personas, según el Servicio Nacional de Migración.', date: '2023-01-10', figure: '248.284', reads: { metric: 'darien-crossings', period: '2022', attribution: 'Servicio Nacional de Migración' } },
  { why: '", dijo X"', text: 'En 2022 cruzaron el Darién 248.284 personas, dijo Saravia.', date: '2023-01-10', figure: '248.284', reads: { metric: 'darien-crossings', period: '2022', attribution: 'Saravia' } },
  { why: '"detuvo a seis presuntos coyotes": a Spanish adjective before the people counted names no other thing', text: 'En enero, la Policía de Panamá detuvo a seis presuntos coyotes.', date: '2022-03-09', figure: 'seis', reads: { metric: 'coyote-arrests', period: '2022-01' } },
  { why: '"rescató a 36 víctimas nicaragüenses": victims rescued, in Spanish', text: 'En enero, la Policía de Panamá detuvo a seis presuntos coyotes y rescató a 36 víctimas nicaragüenses.', date: '2022-03-09', figure: '36', reads: { metric: 'smuggling-victims-rescued', period: '2022-01' } },
  { why: '"El volumen de 2024 fue unas treinta veces el de 2025": the year after "veces el de" is the baseline\'s, and the volume is the flow\'s', text: 'En 2025 apenas 3.091 personas cruzaron la selva del Darién.\n\nEl volumen de 2024 fue unas treinta veces el de 2025.', date: '2026-01-05', figure: 'unas treinta veces', reads: { metric: 'darien-crossings', period: '2024', baseline: '2025' } },
  { why: '"el mandatario cifró en": a title and a verb that puts a figure', text: 'En su discurso, el mandatario cifró en 511.103 los migrantes que cruzaron la jungla en 2023.', date: '2025-01-03', figure: '511.103', reads: { metric: 'darien-crossings', period: '2023', attribution: 'el mandatario' } },
  { why: '"informó el ministro de Seguridad, X"', text: 'En 2024 cruzaron el Darién 302.203 migrantes, informó el ministro de Seguridad, Frank Ábrego.', date: '2025-01-05', figure: '302.203', reads: { metric: 'darien-crossings', period: '2024', attribution: 'Frank Ábrego' } },
  { why: '"X aseguró que"', text: 'El presidente José Raúl Mulino aseguró que en 2024 cruzaron el Darién 302.203 migrantes.', date: '2025-01-05', figure: '302.203', reads: { metric: 'darien-crossings', period: '2024', attribution: 'José Raúl Mulino' } },
  { why: 'a headline in the present, verb first: "Cae un 93 % el cruce de migrantes por el Darién en 2024"', text: 'Cae un 93 % el cruce de migrantes por la selva del Darién en 2024', date: '2025-01-24', figure: '93 %', reads: { metric: 'darien-crossings', period: '2024', comparison: 'percent-change/decrease' } },
  { why: 'a headline\'s change with no period takes the body\'s same change and its period', text: '# Cae un 93 % el cruce de migrantes por el Darién\n\nEl cruce de migrantes por el Darién cayó un 93 % en 2025 frente a 2024.', date: '2026-01-05', figure: '93 %', reads: { metric: 'darien-crossings', period: '2025', comparison: 'percent-change/decrease' } },
  { why: '"respecto" with the period\'s own "al": the phrase after it is what the count is compared with, not the count\'s (which runs "hasta ayer" from January 1, the text counting "lo que va de enero")', text: 'El tránsito por el Darién cayó en lo que va de enero. El Gobierno informó que hasta ayer habían cruzado el Darién 1.710 migrantes, una drástica caída respecto al mismo periodo del año pasado, cuando se registraron 23.099.', date: '2025-01-24', figure: '1.710', reads: { metric: 'darien-crossings', period: '2025-01-01/2025-01-23' } },
  { why: 'the present of a rise: "el cruce … sube un 40 %"', text: 'El cruce de migrantes por el Darién sube un 40 % en 2023.', date: '2023-12-24', figure: '40 %', reads: { metric: 'darien-crossings', period: '2023-01-01/2023-12-24', comparison: 'percent-change/increase' } },
  { why: 'articles and prepositions after a share name no noun it counts: "un 93 % en los primeros 23 días de 2025"', text: 'El tránsito de migrantes por el Darién cayó un 93 % en los primeros 23 días de 2025.', date: '2025-01-24', figure: '93 %', reads: { metric: 'darien-crossings', period: '2025-01-01/2025-01-23', comparison: 'percent-change/decrease' } },
  { why: '"el salto de 2021 fue de alrededor del 300 %": "salto", a jump, is a rise as "aumento" is', text: 'Frente a 2019, el último año antes de la pandemia, el salto de los cruces del Darién en 2021 fue de alrededor del 300 %.', date: '2025-01-08', figure: '300 %', reads: { metric: 'darien-crossings', period: '2021', comparison: 'percent-change/increase' } },
  { why: '"La diferencia entre ambas cuentas, de casi 18.000": the gap between the two counts of one year given a sentence or two back', text: 'Según Al Jazeera, 520.085 personas cruzaron el Darién en 2023.\nMulino, en su discurso, habló de 511.103 cruces del Darién en 2023.\nLa diferencia entre ambas cuentas, de casi 18.000 personas, no es un detalle menor.', date: '2025-01-08', figure: 'casi 18.000', reads: { metric: 'darien-crossings', period: '2023', comparison: 'difference/decrease' } },
  { why: '"millones de dólares": what follows "de" is what is counted, dollars: the donation\'s value, not the boats the sentence lists', text: 'La donación al Darién, valorada en más de tres millones de dólares, incluye lanchas.', date: '2025-06-01', figure: 'tres millones', reads: { metric: 'us-darien-donation-value', period: '2025-06-01' } },
  { why: '"La donación, valorada en más de 30 millones de dólares" after a sentence whose own words read the handover\'s motors: placed by it, across a paragraph', text: 'El 22 de mayo, el embajador Kevin Cabrera entregó en Darién 16 botes y 32 motores al Ministerio de Seguridad.\n\nLa donación, valorada en más de 30 millones de dólares, incluyó también autobuses.', date: '2025-06-01', figure: '30 millones', reads: { metric: 'us-darien-donation-value', period: '2025-06-01' } },
];

describe('Spanish figures: metric, period, value, hedge, comparison, attribution', () => {
  for (const row of ROWS) {
    it(row.why, () => {
      const figure = read(row.text, row.date, row.figure);
      const want = row.reads;
      expect(figure.metric?.id ?? null, 'metric').toBe(want.metric);
      expect(figure.period?.text ?? null, 'period').toBe(want.period);
      if (want.value !== undefined) expect(figure.value).toBe(want.value);
      if (want.hedge !== undefined) expect(figure.hedge.kind).toBe(want.hedge);
      if (want.comparison !== undefined) expect(figure.comparison ? `${figure.comparison.kind}/${figure.comparison.direction}` : null).toBe(want.comparison);
      if (want.baseline !== undefined) expect(figure.comparison?.baselinePeriod?.text ?? null).toBe(want.baseline);
      if (want.attribution !== undefined) expect(figure.attribution).toContain(want.attribution);
      if (want.basis !== undefined) expect(figure.basis).toBe(want.basis);
    });
  }
});

/** Figures that must stay unchecked, never guessed: no metric or no period. */
const UNCHECKED: Array<{ why: string; text: string; date: string; figure: string }> = [
  { why: '"representada por N individuos, de nacionalidad venezolana": a group named after the figure\'s noun and a comma', text: 'Un total de 189.969 personas han cruzado la selva del Darién en lo que va de este año, siendo la gran mayoría, representada por 122.616 individuos, de nacionalidad venezolana.', date: '2024-06-21', figure: '122.616' },
  { why: 'the "from" end of "al pasar de N a M": the earlier value, not the period the sentence dates the change by', text: 'Mientras tanto, la cifra diaria de migrantes en tránsito por el Darién en enero también bajó significativamente, al pasar de un promedio de 2.400 a 140 este año.', date: '2022-02-01', figure: '2.400' },
  { why: '"hasta ayer habían cruzado N": a running total from a start not named', text: 'El Gobierno informó este viernes que hasta ayer habían cruzado el Darién 1.710 migrantes.', date: '2025-01-24', figure: '1.710' },
  { why: '"respecto al mismo periodo del año pasado, cuando N" after a running total with no start', text: 'Hasta ayer habían cruzado el Darién 1.710 migrantes, una caída respecto al mismo periodo del año pasado, cuando se registraron 23.099.', date: '2025-01-24', figure: '23.099' },
  { why: 'a breakdown by nationality: "la más numerosa con N"', text: 'Entre enero y abril cruzaron el Darién 127.687 personas, siendo la nacionalidad venezolana la más numerosa con 55.589; seguida de Haití, 28.610; Ecuador, 16.992, y la India, 2.791.', date: '2023-05-03', figure: '55.589' },
  { why: 'a breakdown by nationality: "; Ecuador, N"', text: 'Entre enero y abril cruzaron el Darién 127.687 personas, siendo la nacionalidad venezolana la más numerosa con 55.589; seguida de Haití, 28.610; Ecuador, 16.992, y la India, 2.791.', date: '2023-05-03', figure: '16.992' },
  { why: 'a breakdown by nationality: ", y la India, N"', text: 'Entre enero y abril cruzaron el Darién 127.687 personas, siendo la nacionalidad venezolana la más numerosa con 55.589; seguida de Haití, 28.610; Ecuador, 16.992, y la India, 2.791.', date: '2023-05-03', figure: '2.791' },
  { why: 'a forecast: "se espera que"', text: 'Se espera que unas 800.000 personas crucen el Darién este año.', date: '2024-03-01', figure: 'unas 800.000' },
  { why: 'a forecast: "esperan la llegada de"', text: 'Organismos como Unicef esperan la llegada de 800.000 viajeros irregulares al Darién este año.', date: '2024-06-24', figure: '800.000' },
  { why: 'a forecast: "podrían"', text: 'Las autoridades calculan que hasta 600.000 migrantes podrían cruzar el Darién en 2024.', date: '2024-03-01', figure: 'hasta 600.000' },
  { why: '"a mediados de 2024" names no period', text: 'A mediados de 2024 habían cruzado el Darién 200.000 migrantes.', date: '2024-12-01', figure: '200.000' },
  { why: '"antes de la pandemia" names no period', text: 'Antes de la pandemia cruzaban el Darién unas 20.000 personas.', date: '2022-01-03', figure: 'unas 20.000' },
  { why: '"hasta el 17 de julio" alone is a running total from a start not named, not that one day', text: 'Hasta el 17 de julio, 212.000 migrantes habían cruzado el Darién.', date: '2024-07-20', figure: '212.000' },
  { why: 'a part of the total the sentence opens with: "De ese total, N corresponden a …"', text: 'En 2023 cruzaron el Darién 520.085 personas. De ese total, 6.100 corresponden a ciudadanos de Ecuador.', date: '2024-01-20', figure: '6.100' },
  { why: 'one group, after: "N corresponden a nacionales de Haití"', text: 'En diciembre cruzaron el Darién 20 mil 297 migrantes, de los que 5 mil 459 corresponden a nacionales de Haití.', date: '2023-01-05', figure: '5 mil 459' },
  { why: 'one group, after: "N eran de nacionalidad venezolana"', text: 'Del total de migrantes que ingresaron a Panamá por el Darién en 2022, 150 mil 327 eran de nacionalidad venezolana.', date: '2023-01-05', figure: '150 mil 327' },
  { why: 'one group, named before: "eran venezolanos, con 328.667 personas"', text: 'La mayoría de quienes cruzaron el Darién en 2023 eran venezolanos, con 328.667 personas.', date: '2024-01-20', figure: '328.667' },
  { why: 'one group, the subject of a long clause: "los haitianos fueron los que más …, con N"', text: 'En 2022 los haitianos fueron los extranjeros que más atravesaron la selva del Darién rumbo al norte, con 22.435.', date: '2023-01-10', figure: '22.435' },
  { why: 'one group, named after: "9.638 de Haití"', text: 'En 2023 cruzaron el Darién 9.638 de Haití y 10.167 de Colombia.', date: '2024-01-20', figure: '9.638' },
  { why: 'a share: "siete de cada diez"', text: 'Siete de cada diez migrantes que cruzaron el Darién en 2023 eran venezolanos.', date: '2024-07-18', figure: 'diez' },
  { why: 'a share: "uno de cada cinco"', text: 'En 2023 cruzaron el Darién 520.085 migrantes; de ellos, uno de cada cinco era menor de edad.', date: '2024-07-18', figure: 'cinco' },
  { why: 'a group\'s size: "en grupos de cincuenta"', text: 'Los migrantes cruzaron el Darién en 2023 en grupos de cincuenta personas.', date: '2024-07-18', figure: 'cincuenta' },
  { why: 'children are part of the flow, not the flow', text: 'En 2023 cruzaron el Darién 113.000 niños.', date: '2024-01-10', figure: '113.000' },
];

describe('Spanish figures left unchecked', () => {
  for (const row of UNCHECKED) {
    it(row.why, () => {
      const figure = read(row.text, row.date, row.figure);
      expect(figure.metric === null || figure.period === null, `${figure.metric?.id} ${figure.period?.text}`).toBe(true);
    });
  }
});

/** Numbers that are no figure at all: ages, addresses, dates, durations. */
const NOT_FIGURES: Array<{ why: string; text: string; number: string }> = [
  { why: 'an age: "de 65 años"', text: 'El presidente José Raúl Mulino, de 65 años, visitó el Darién en 2024.', number: '65' },
  { why: 'an address: "calle 50"', text: 'La oficina de Migración en el Darién está en la calle 50.', number: '50' },
  { why: 'a house number: "número 23"', text: 'Los migrantes esperan frente al edificio número 23 del Darién.', number: '23' },
  { why: 'an event date: "el 1 de julio"', text: 'Mulino asumió el cargo el 1 de julio de 2024 en Panamá.', number: '1' },
  { why: 'a duration: "durante tres días"', text: 'Los migrantes caminaron durante 5 días por la selva del Darién.', number: '5' },
];

describe('Spanish numbers that are no figure', () => {
  for (const row of NOT_FIGURES) {
    it(row.why, () => {
      const { figures } = readText(row.text, { catalogue, pageDate: parsePeriod('2024-07-18'), hardLineBreaks: true, purpose: 'lint', language: 'es' });
      const quantity = figures.filter((f) => f.kind === 'quantity' && f.text.replace(/^\D+/, '') === row.number && !f.mention?.age);
      expect(quantity.map((f) => f.text)).toEqual([]);
    });
  }
});

describe("a draft's language", () => {
  const spanish = 'En 2022 cruzaron la selva del Darién 248.284 personas, según el Servicio Nacional de Migración, que registró la cifra más alta de la década para los migrantes que van hacia el norte.';
  const english = 'In 2022, 248,284 people crossed the Darién jungle, according to the National Migration Service, the highest figure of the decade for migrants heading north to the United States.';
  it('is detected from the words of its text', () => {
    expect(detectLanguage(spanish)).toBe('es');
    expect(detectLanguage(english)).toBe('en');
    // Too few words to tell: undecided, and read as English by the caller.
    expect(detectLanguage('248.284')).toBeNull();
  });
  it('reads only the first few KB of a long text', () => {
    expect(detectLanguage(`${english} `.repeat(40) + `${spanish} `.repeat(4000))).toBe('en');
  });
  it("comes from the front matter's lang: or language:, before the text", () => {
    for (const [front, expected] of [['lang: es', 'es'], ['lang: es-PA', 'es'], ['language: "es_MX"', 'es'], ['lang: en-US', 'en']] as const) {
      const text = `---\n${front}\ndate: 2023-01-10\n---\n\n${front.includes('en') ? spanish : english}\n`;
      expect(draftLanguage('d.md', readFrontMatter(text), text)).toBe(expected);
    }
    const undeclared = `---\ndate: 2023-01-10\n---\n\n${spanish}\n`;
    expect(draftLanguage('d.md', readFrontMatter(undeclared), undeclared)).toBe('es');
  });
  it('a language darien does not read is a problem of the draft, with its line and column', () => {
    const text = `---\ntitle: Darién\nlang: fr\ndate: 2023-01-10\n---\n\n${spanish}\n`;
    expect(draftProblems({ path: 'd.md', text })).toEqual([{ file: 'd.md', line: 3, column: 7, message: 'lang: "fr" is not a language darien reads (expected en or es, or a tag such as es-PA)' }]);
    expect(() => readDraft({ path: 'd.md', text }, { catalogue })).toThrow(InputError);
  });
  it('--language overrides the draft: read as English, "248.284" is 248.284', () => {
    const text = `---\ndate: 2023-01-10\n---\n\n${spanish}\n`;
    expect(readDraft({ path: 'd.md', text }, { catalogue }).read.figures.map((f) => f.value)).toEqual([248284]);
    expect(readDraft({ path: 'd.md', text }, { catalogue, language: 'en' }).read.figures.map((f) => f.value)).toEqual([248.284]);
  });
});

describe('extract, not told the language, reads it from the article', () => {
  it('a Spanish article: "248.284" is 248,284 and the source says es', async () => {
    const { extractArticle } = await import('../../src/extract/extract.js');
    const text = 'En 2022 cruzaron la selva del Darién 248.284 personas, según el Servicio Nacional de Migración, la cifra más alta de la década para los migrantes que van hacia el norte por la frontera con Colombia.\n';
    const { claims, yaml } = extractArticle({ text, fileName: 'efe.txt', published: parsePeriod('2023-01-10'), sourceId: 'efe', metrics: registry.metrics });
    expect(claims.map((c) => [c.figure.value, c.figure.metric?.id, c.figure.period?.text])).toEqual([[248284, 'darien-crossings', '2022']]);
    expect(yaml).toMatch(/^\s+language: es$/m);
  });
  it('a markdown draft whose front matter says lang: es, too short to tell: "3.091" is 3,091, as lint reads it', async () => {
    const { extractArticle } = await import('../../src/extract/extract.js');
    const text = '---\ndate: 2026-01-05\nlang: es\n---\n\nEn 2025 apenas 3.091 personas cruzaron el Darién.\n';
    const { claims } = extractArticle({ text, fileName: 'd.md', markdown: true, published: parsePeriod('2026-01-05'), sourceId: 'd', metrics: registry.metrics });
    expect(claims.map((c) => c.figure.value)).toEqual([3091]);
  });
});

describe('a Spanish draft, linted: the lines flagged, with line and column', () => {
  const path = 'tests/fixtures/drafts/es-darien.md';
  const text = readFileSync(resolve(root, path), 'utf8');
  const errors = (language?: 'en' | 'es') =>
    lintDrafts({ registry, drafts: [{ path, text }], minSeverity: 'warning', language }).report.findings.map((f) => `${f.location.line}:${f.location.column} ${f.check}`).sort();
  it('flags the wrong figures and leaves the true ones clean', () => {
    expect(errors()).toEqual(['10:31 figure-conflict', '14:28 figure-conflict', '15:38 rate-total', '17:49 comparison']);
  });
  it('read as English (lint --language en), "248.284" is 248.284, a count with a fraction: line 9 goes unchecked, never passed as 248,284', () => {
    const line9 = lintDrafts({ registry, drafts: [{ path, text }], minSeverity: 'info', language: 'en' }).report.findings.filter((f) => f.location.line === 9);
    expect(line9.map((f) => `${f.location.column} ${f.check}`)).toEqual(['10 unchecked']);
    expect(line9[0]!.message).toContain('holds no fraction ("248.284")');
  });
});

describe('Spanish proportions', () => {
  it('"Son dos motores por embarcación" is what each boat has, no count of motors', () => {
    const figures = readText('Estados Unidos entregó 16 lanchas y 32 motores en Darién. Son dos motores por embarcación.', { catalogue, pageDate: parsePeriod('2025-05-24'), hardLineBreaks: true, purpose: 'lint', language: 'es' }).figures;
    expect(figures.find((f) => f.text === 'dos')?.reason).toBe('proportion');
  });
  it('"han pasado 6.000 personas por esa selva" is a count: "por" before a determiner is the way through', () => {
    const figures = readText('En septiembre han pasado 6.000 personas por esa selva del Darién.', { catalogue, pageDate: parsePeriod('2024-09-10'), hardLineBreaks: true, purpose: 'lint', language: 'es' }).figures;
    expect(figures.find((f) => f.text === '6.000')?.reason).not.toBe('proportion');
  });
});

describe('Spanish fractions', () => {
  it('"la mitad de los migrantes" is a share, compared with nothing: no figure is read from it', () => {
    const figures = readText('En 2023 atravesaron la selva del Darién 520.085 migrantes. La mitad de los migrantes eran venezolanos.', { catalogue, pageDate: parsePeriod('2024-05-23'), hardLineBreaks: true, purpose: 'lint', language: 'es' }).figures;
    expect(figures.map((f) => f.text)).toEqual(['520.085']);
  });
  it('"una milésima parte de lo que cruzó en 2024" is a ratio of a thousandth, "una centésima parte" of a hundredth', () => {
    for (const [word, value] of [['milésima', 0.001], ['centésima', 0.01]] as const) {
      const figures = readText(`En 2025 cruzaron el Darién 3.091 personas. Lo que cruzó en todo 2025 equivale a una ${word} parte de lo que cruzó en 2024.`, { catalogue, pageDate: parsePeriod('2026-02-03'), hardLineBreaks: true, purpose: 'lint', language: 'es' }).figures;
      const ratio = figures.find((f) => f.text.endsWith(`${word} parte`));
      expect([ratio?.value, ratio?.comparison?.kind, ratio?.comparison?.baselinePeriod?.text]).toEqual([value, 'ratio', '2024']);
    }
  });
});
