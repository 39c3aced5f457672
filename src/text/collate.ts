/**
 * String order for sorting findings: the same order as `localeCompare` in English, without
 * paying for it where it is not needed.
 *
 * The first `localeCompare` of a process loads ICU's collation data: 10 to 14 ms here
 * (`node -e` timing the first call against the second), a twentieth of `darien check` on the
 * bundled registry. Registry paths and check ids are lower-case ASCII letters, digits and `-./`,
 * and for strings made only of those, ICU's root order is the order of their code units: in both,
 * `-` < `.` < `/` < digits < letters, each character has a weight of its own, and there is no
 * case to tell apart. Anything else (capitals, `_`, accents) is left to `localeCompare`.
 *
 * Both sides use English order whatever the machine's locale, so findings sort the same in every
 * CI log, and the two never disagree (in Danish, "aa" sorts after "z": the shortcut would not hold).
 */
const PLAIN = /^[a-z0-9./-]*$/;

export function compareLocale(a: string, b: string): number {
  if (a === b) return 0;
  if (PLAIN.test(a) && PLAIN.test(b)) return a < b ? -1 : 1;
  return a.localeCompare(b, 'en');
}
