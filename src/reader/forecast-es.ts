/**
 * Spanish forecasts, beside the English ones in read.ts: "se espera que unas 500.000 personas
 * crucen", "podrían llegar a 800.000", "unas 600.000 personas cruzarían". A forecast is no count
 * of what happened, so it is not checked against the registry.
 */
// Verbs of expecting, then the words up to the figure (the figure is their object or subject).
const BEFORE = /(?:^|[^\p{L}])(?:se\s+espera\s+que|se\s+esperan?|esperan?\s+que|se\s+prevé\s+que|prevé\s+que|prevén\s+que|se\s+proyecta\s+que|proyecta\s+que|proyectan\s+que|pronostica(?:n)?\s+que|podrían?|alcanzaría(?:n)?|superaría(?:n)?|llegaría(?:n)?\s+a)(?:\s+[\p{L}]+){0,4}\s+$/iu;
// The conditional, the future or the subjunctive of a crossing, after the figure.
const AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}(?:podrían?|cruzarían|cruzarán|crucen|atravesarían|atravesarán|atraviesen|llegarían|llegarán|lleguen|ingresarían|ingresarán|ingresen)(?![\p{L}])/iu;

/** A cheap look for the words BEFORE and AFTER need: most sentences hold none. */
const CUE = /espera|prev[ée]|proyecta|pronostica|podría|rían(?![\p{L}])|rán(?![\p{L}])|crucen|lleguen|atraviesen|ingresen/iu;

export function maySpanishForecast(sentence: string): boolean {
  return CUE.test(sentence);
}

export function spanishForecast(before: string, after: string): boolean {
  return BEFORE.test(before) || AFTER.test(after);
}
