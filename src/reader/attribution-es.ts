/**
 * Who a Spanish sentence credits: "según el Servicio Nacional de Migración", "de acuerdo con
 * cifras de Migración", "dijo Saravia", "informó el ministro de Seguridad, Frank Ábrego",
 * "Mulino aseguró". The verbs and titles are word lists, beside the English ones in attribution.ts.
 */
import { ES } from './lexicon/es.js';

const VERBS = ES.list('said-verbs');
const TITLES = ES.list('titles');

/** A name: capitalised words, with "de", "del", "la" between them ("Servicio Nacional de Migración"). */
const NAME = "\\p{Lu}[\\p{L}\\p{N}.&’'-]*(?:\\s+(?:(?:de|del|de la|y)\\s+)?\\p{Lu}[\\p{L}\\p{N}.&’'-]*)*";
const VERB = `(?:${VERBS.join('|')})`;
/** "el ministro de Seguridad", "la directora de Migración": a title and what it heads. */
const TITLE = `(?:el|la)\\s+(?:${TITLES.join('|')})(?:\\s+(?:de|del|de la)\\s+${NAME})?`;

const ACCORDING = new RegExp(`(?:^|[^\\p{L}])(?:[Ss]egún|[Dd]e acuerdo con)\\s+(?:(?:datos|cifras|el informe|un informe|las cifras|los datos)\\s+(?:de|del)\\s+)?(?:(?:el|la|los|las)\\s+)?(${NAME})`, 'u');
/** ", dijo Saravia", ", informó el ministro de Seguridad, Frank Ábrego", ", informó el ministro". */
const VERB_NAME = new RegExp(`,[”"»]?\\s+${VERB}\\s+(${TITLE})?,?\\s*(${NAME})?`, 'u');
/** ", Saravia dijo", "El presidente José Raúl Mulino aseguró que". */
const NAME_VERB = new RegExp(`(?:^|,[”"»]?\\s+|[Ee]l\\s+(?:${TITLES.join('|')})\\s+)(${NAME})\\s+${VERB}(?![\\p{L}])`, 'u');
/** "el presidente en enero dijo 511 mil": a title alone, a few words before its verb. */
const TITLE_VERB = new RegExp(`(?:^|[^\\p{L}])(${TITLE})\\s+(?:[\\p{Ll}\\d]+\\s+){0,3}?${VERB}(?![\\p{L}])`, 'u');
/** "de acuerdo con las estadísticas oficiales citadas el 2 de enero por el presidente": who gave the figures. */
const CITED_BY = new RegExp(`(?:citad|divulgad|publicad|presentad|ofrecid|difundid)[oa]s?(?:\\s+[^.;:]{0,48}?)?\\s+por\\s+(?:(${TITLE})|(?:(?:el|la|los|las)\\s+)?(${NAME}))`, 'u');
/** "El propio Mulino, en su discurso del 2 de enero, dio para 2023 una cifra algo menor": a name that gives a figure. */
const GAVE_FIGURE = new RegExp(`(${NAME})(?:,[^,]{1,48},)?\\s+(?:dio|citó|cifró|situó|ofreció|puso)\\s+(?:para\\s+\\S+\\s+)?(?:una|la|otra|su)\\s+cifra`, 'u');
const CUE = new RegExp(`[Ss]egún|[Dd]e acuerdo con|${VERB}|por\\s|\\scifra`, 'u');

export function spanishAttribution(quote: string): string[] {
  if (!CUE.test(quote)) return [];
  const out: string[] = [];
  const according = ACCORDING.exec(quote);
  if (according) out.push(according[1]!.replace(/[.,;:]+$/, ''));
  const said = VERB_NAME.exec(quote);
  // A name after the title is who spoke; a title alone ("informó el ministro") is all there is.
  const who = said ? (said[2] ?? said[1]) : (NAME_VERB.exec(quote)?.[1] ?? TITLE_VERB.exec(quote)?.[1] ?? null);
  if (who && !out.includes(who)) out.push(who.replace(/[.,;:]+$/, ''));
  const cited = CITED_BY.exec(quote);
  const by = cited ? (cited[1] ?? cited[2])?.replace(/[.,;:]+$/, '') : undefined;
  if (by && !out.includes(by)) out.push(by);
  const gave = out.length === 0 ? GAVE_FIGURE.exec(quote)?.[1] : undefined;
  if (gave && !/^(?:El|La|Los|Las|En|Para)$/.test(gave)) out.push(gave);
  return out;
}
