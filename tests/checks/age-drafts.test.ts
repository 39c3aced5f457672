/**
 * age on drafts, as RuleTester runs a rule: an age of the catalogue's person (mulino-age, born
 * 1959-06-13 in the bundled claims/metrics.yaml) is held to the years since that day on the page's
 * date, or on a day its sentence names; anyone else's age is no claim. Drafts that must pass, and
 * drafts reported with each finding's message id, line, column and severity.
 */
import { describe } from 'vitest';
import { age } from '../../src/checks/rules/age.js';
import { bundledFindingsOf, datedDraft as draft, draftCaseTester, type DraftCase } from '../helpers/draft-cases.js';

const findingsOf = bundledFindingsOf(age.meta.id);
/** A Spanish draft: its first line is line 5. */
const es = (date: string, ...lines: string[]): string => `---\ndate: ${date}\nlang: es\n---\n${lines.join('\n')}\n`;

const valid: DraftCase[] = [
  { name: 'his age on the page date ("Mulino, 65," in July 2024)', text: draft('2024-07-17', 'José Raúl Mulino, 65, took office on July 1.') },
  { name: 'the day before his birthday he is still 64', text: draft('2024-06-12', 'Mulino, 64, will be sworn in on July 1.') },
  { name: 'on his birthday he is 65', text: draft('2024-06-13', 'Mulino, 65, will be sworn in on July 1.') },
  { name: 'in Spanish ("Mulino, de 66 años")', text: es('2025-07-01', 'Mulino, de 66 años, prometió cerrar el paso por la selva.') },
  { name: 'the age of a day the sentence names before the page date ("The 64-year-old … on May 5, 2024", written in 2025)', text: draft('2025-06-16', 'José Raúl Mulino won the vote that spring.', 'The 64-year-old lawyer won the election on May 5, 2024.') },
  { name: 'someone else named with his age ("Pedro Chamorro, 52,")', text: draft('2025-06-16', 'Mulino closed the route.', 'Pedro Chamorro, 52, runs a shelter in Lajas Blancas.') },
  { name: 'a title with someone else\'s name ("said community leader Ovidio Caisamo, 52")', text: draft('2025-04-21', 'Mulino visited the village.', 'The houses once sheltered hundreds, said community leader Ovidio Caisamo, 52.') },
  { name: 'an age of no one named ("The 23-year-old Venezuelan mother")', text: draft('2025-06-16', 'Mulino closed the route.', 'The 23-year-old Venezuelan mother crossed the Darién in 2023.') },
  { name: 'a title where the text has not named him nearby ("the 81-year-old president")', text: draft('2024-07-17', 'Biden spoke in Washington.', 'The 81-year-old president said the border was secure.') },
  // Guards a review of the first version found (each was reported).
  { name: 'a first name alone is anyone\'s ("José, 34,")', text: draft('2025-06-16', 'José, 34, crossed the jungle in nine days with his two daughters.') },
  { name: 'his name after "de" says whose someone is ("La esposa de Mulino, de 61 años")', text: es('2025-06-16', 'La esposa de Mulino, de 61 años, visitó el albergue.') },
  { name: 'a title said as his is someone else\'s ("Mulino\'s security minister, 62,")', text: draft('2025-06-16', 'Mulino\'s security minister, 62, said the route was closed.') },
  { name: 'a title after another name, in the sentence before ("Mulino met Petro … The 65-year-old president")', text: draft('2025-06-16', 'Mulino met Petro in Bogotá.', 'The 65-year-old president said the route was closed.') },
  { name: 'a title in apposition to another name ("Ricardo Lombana, a 51-year-old lawyer")', text: draft('2025-06-16', 'Mulino beat Ricardo Lombana, a 51-year-old lawyer.') },
  { name: 'a title with another country\'s adjective, in Spanish ("El presidente estadounidense, de 79 años")', text: es('2025-06-16', 'Mulino habló por teléfono el lunes. El presidente estadounidense, de 79 años, elogió el cierre.') },
  { name: 'an age of another day ("who was 64 when he won")', text: draft('2025-06-16', 'Mulino, who was 64 when he won the election, is now 66.') },
  { name: 'the age on a day with its year the sentence names ("took office on July 1, 2024")', text: draft('2025-06-16', 'Mulino, 65, took office on July 1, 2024.') },
  { name: 'the age in a year that opens the sentence ("In 2019, Mulino, 60,")', text: draft('2025-06-16', 'In 2019, Mulino, 60, was a private lawyer.') },
  { name: 'not a village leader ("leader" is no title of his)', text: draft('2025-06-16', 'Mulino visited Bajo Chiquito. The village leader, 52, asked him for a clinic.') },
  { name: 'a pronoun after another name ("Mulino met Petro in Bogotá. He is 65.")', text: draft('2025-06-16', 'Mulino met Petro in Bogotá. He is 65.') },
];

const invalid: DraftCase[] = [
  {
    name: 'a year short on the page date ("José Raúl Mulino, 64," in June 2025)',
    text: draft('2025-06-16', 'President José Raúl Mulino, 64, spoke on Monday.'),
    errors: [{ messageId: 'born', line: 4, column: 29, severity: 'error' }],
  },
  {
    name: 'on his birthday he is no longer 64',
    text: draft('2024-06-13', 'Mulino, 64, will be sworn in on July 1.'),
    errors: [{ messageId: 'born', line: 4, column: 9, severity: 'error' }],
  },
  {
    name: 'in Spanish, after his name ("José Raúl Mulino, de 64 años" in July 2024)',
    text: es('2024-07-17', 'El presidente José Raúl Mulino, de 64 años, asumió el 1 de julio.'),
    errors: [{ messageId: 'born', line: 5, column: 36, severity: 'error' }],
  },
  {
    name: 'a title standing for him, named the sentence before: a warning ("The 67-year-old president")',
    text: draft('2024-07-17', 'Mulino took office on July 1.', 'The 67-year-old president campaigned on closing the route.'),
    errors: [{ messageId: 'born', line: 5, column: 5, severity: 'warning' }],
  },
  {
    name: 'an age before the title it is of ("Now 64 years old, the former security minister")',
    text: draft('2025-06-16', 'Mulino has not changed his mind.', 'Now 64 years old, the former security minister still calls the Darién closed.'),
    errors: [{ messageId: 'born', line: 5, column: 5, severity: 'warning' }],
  },
  {
    name: 'a year in what he said is no time of his age ("said on Monday that crossings had fallen from 520,000 in 2023")',
    text: draft('2025-06-16', 'Mulino, 64, said on Monday that crossings had fallen from 520,000 in 2023.'),
    errors: [{ messageId: 'born', line: 4, column: 9, severity: 'error' }],
  },
  {
    name: 'an age said with a verb ("Mulino tiene 64 años", "Mulino is 64 years old")',
    text: es('2025-06-16', 'Mulino tiene 64 años y prometió cerrar la ruta.'),
    errors: [{ messageId: 'born', line: 5, column: 14, severity: 'error' }],
  },
  {
    name: '"-year-old" with no noun stands for him as a title does ("The 64-year-old has promised")',
    text: draft('2025-06-16', 'Mulino took office in July 2024.', 'The 64-year-old has promised to close the route.'),
    errors: [{ messageId: 'born', line: 5, column: 5, severity: 'warning' }],
  },
  {
    name: 'a pronoun for him ("Mulino took office in July 2024. He is 64.")',
    text: draft('2025-06-16', 'Mulino took office in July 2024. He is 64.'),
    errors: [{ messageId: 'born', line: 4, column: 40, severity: 'warning' }],
  },
  {
    name: 'an age that opens the sentence ("At 64, Mulino has promised")',
    text: draft('2025-06-16', 'At 64, Mulino has promised to close the route.'),
    errors: [{ messageId: 'born', line: 4, column: 4, severity: 'error' }],
  },
  {
    name: 'an age in brackets after his name ("Mulino (64)")',
    text: draft('2025-06-16', 'Mulino (64) has promised to close the route.'),
    errors: [{ messageId: 'born', line: 4, column: 9, severity: 'error' }],
  },
];

describe('age (drafts)', () => {
  draftCaseTester(findingsOf, { valid, invalid });
});
