/**
 * Spanish figures set aside, beside the English ones in asides.ts: forecasts ("se espera que unas
 * 500.000 personas crucen", "podrían llegar a 800.000") are no count of what happened, and one
 * group's count ("eran venezolanos, con 328.667 personas", "102.737 son venezolanos", "9.638 de
 * Haití", "120.000 menores de edad", "150 mil 327 eran de nacionalidad venezolana", "196,813 de esa
 * nacionalidad") is not the flow's. Neither is checked against the registry.
 */
import { ES } from './lexicon/es.js';

// Verbs of expecting, then the words up to the figure (the figure is their object or subject).
const BEFORE = ES.pattern('forecast-before');
// The conditional, the future or the subjunctive of a crossing, after the figure.
const AFTER = ES.pattern('forecast-after');

/** Words that name a group within the flow: who they are, or where from. */
const GROUPS = 'niños|niñas|menores|mujeres|hombres|adolescentes|adultos|familias|bebés|venezolanos|ecuatorianos|haitianos|colombianos|cubanos|chinos|indios|afganos|peruanos|chilenos|brasileños|nicaragüenses|hondureños|guatemaltecos|salvadoreños|mexicanos|dominicanos|africanos|asiáticos|cameruneses|senegaleses|angoleños|uzbecos|nepalíes|bangladesíes|\\p{Ll}+(?:anos|anas|eños|eñas|enses|inos|inas|eses|ecos|íes)';
/** "eran venezolanos, con 328.667", "seguidos por ecuatorianos, con 57.222": the group just before. */
const GROUP_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${GROUPS}),?\\s+(?:con|unos|unas|más de|casi|alrededor de)?\\s*$`, 'iu');
/** "102.737 son venezolanos", "300.000 migrantes venezolanos", "120.000 menores de edad", "9.638 de Haití", "371 de Cuba". */
const GROUP_AFTER = new RegExp(`^\\s+(?:(?:son|eran|fueron)\\s+)?(?:(?:migrantes|personas|ciudadanos|nacionales)\\s+)?(${GROUPS})(?![\\p{L}])(?!\\s*,\\s*(?:${GROUPS})(?![\\p{L}])|\\s+[ye]\\s+(?:${GROUPS})(?![\\p{L}]))|^\\s+(?:son\\s+|eran\\s+)?(?:de|procedentes de|provenientes de)\\s+(?:nacionalidad\\s+)?(\\p{Lu}\\p{L}+)|^\\s+(?:\\p{L}+,?\\s+)?(?:son\\s+|eran\\s+|fueron\\s+)?(?:de\\s+)?(nacionalidad\\s+\\p{L}+)|^\\s+(?:corresponden|correspondieron|corresponde|pertenecen)\\s+a\\s+(\\p{L}+(?:\\s+\\p{L}+){0,3})|^\\s+a\\s+(?:(?:los|las)\\s+)?(?:migrantes|personas|ciudadanos|nacionales)(?:\\s+\\p{L}+){0,2}?\\s+(${GROUPS})(?![\\p{L}])|^\\s+(?:personas\\s+|migrantes\\s+)?(de\\s+(?:esa|esta|dicha|la misma)\\s+nacionalidad)(?![\\p{L}])`, 'u');
const GROUP_CUE = new RegExp(`(?:${GROUPS})(?![\\p{L}])|\\d\\s+(?:son\\s+|eran\\s+)?(?:de|procedentes|provenientes)\\s+\\p{Lu}|nacionalidad|correspond|pertenecen|originari[oa]s\\s+de`, 'iu');

/** A cheap look for the words the patterns here need: most sentences hold none. */
const CUE = ES.pattern('aside-cue');

export function maySpanishAside(sentence: string): boolean {
  return CUE.test(sentence) || GROUP_CUE.test(sentence);
}

/** "la cifra de niños migrantes que cruzaron ... alcanzó 25.000": the group is the sentence's subject, however far back. */
// "La cifra de migrantes chinos que cruzaron la selva pasó de 296 … a 12,070": the group after the flow's people noun too.
const GROUP_SUBJECT = new RegExp(`(?:^|[^\\p{L}])(?:la cifra|el número|el total|la cantidad|el flujo|el paso) de (?:(?:migrantes|personas|ciudadanos)\\s+)?(${GROUPS})(?![\\p{L}])`, 'iu');

/**
 * "En 2023 los venezolanos fueron los que más cruzaron el Darién, con 328.667": a figure given
 * "con" after a clause whose subject is a group is that group's, however long the clause.
 */
const GROUP_WITH = new RegExp(`(?:^|[^\\p{L}])(?:los|las)\\s+(${GROUPS})(?![\\p{L}])[^.;:]*,?\\s*con\\s+(?:unos\\s+|unas\\s+|más de\\s+|casi\\s+|alrededor de\\s+)?$|(?:originari[oa]s|procedentes|provenientes)\\s+de\\s+(\\p{Lu}\\p{L}+),?\\s+(?:un\\s+total\\s+de\\s+|con\\s+)?$`, 'iu');

/** The group a figure counts ("venezolanos", "de Haití"), or null; `sentence` is the sentence up to the figure. */
export function spanishGroup(before: string, after: string, sentence = ''): string | null {
  const match = GROUP_AFTER.exec(after);
  // The last alternative is the verb left out of a list: "5.459 corresponden a haitianos, y 1.374 a migrantes venezolanos".
  // "196,813 de esa nacionalidad": the nationality the sentence before named.
  if (match) return match[1] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? `de ${match[2]}`;
  const withGroup = GROUP_WITH.exec(sentence);
  return GROUP_BEFORE.exec(before.slice(-60))?.[1] ?? GROUP_SUBJECT.exec(sentence)?.[1] ?? (PEOPLE_AFTER.test(after) ? undefined : GROUP_OPENS_CLAUSE.exec(sentence)?.[1]) ?? withGroup?.[1] ?? withGroup?.[2] ?? null;
}
/**
 * "En 2021 los menores rondaron los 29.000": a group of migrants as the subject that opens the sentence, after
 * its year at most, and no figure or clause between but its own relative clause ("Los venezolanos, que en
 * todo 2021 no llegaron a 3.000, …"). Not the people who saw others pass ("los panameños
 * vieron pasar a más de 520.000 migrantes"): spanishGroup asks too that no people noun follows the figure.
 */
const GROUP_OPENS_CLAUSE = new RegExp(`^[\\s*_#>-]*(?:(?:en|durante)\\s+(?:19|20)\\d\\d,?\\s+)?(?:l[oa]s\\s+)(?!(?:panameños|lugareños|vecinos|ciudadanos|pobladores|habitantes)(?![\\p{L}]))(${GROUPS})(?![\\p{L}])(?:,\\s+(?:que|quienes)(?![\\p{L}]))?(?:[^.;,:\\d]|(?:19|20)\\d\\d){0,60}$`, 'iu');
/** A people noun after the figure: the group opening the sentence saw or served them, they are not its count. */
const PEOPLE_AFTER = /^\s+(?:de\s+)?(?:migrantes|personas|viajeros|extranjeros)(?![\p{L}])/iu;

// "se calcula que 196.371 personas recorrieron esta ruta": an estimate of what happened is a count.
const ESTIMATE_BEFORE = ES.pattern('estimate-before');
const PAST_AFTER = ES.pattern('past-verb-after');

export function spanishForecast(before: string, after: string): boolean {
  if (AFTER.test(after)) return true;
  return BEFORE.test(before) && !(ESTIMATE_BEFORE.test(before) && PAST_AFTER.test(after));
}
