/**
 * Whose age an age is (src/reader/ages.ts): each entry of the ages lexicon reads its `reads`
 * examples and none of its `not` examples. What lint then does with an age is
 * tests/checks/age-drafts.test.ts.
 */
import { describe } from 'vitest';
import { AGES } from '../../src/reader/ages.js';
import { lexiconExamplesTester } from '../helpers/lexicon-cases.js';

describe('the ages lexicon', () => {
  lexiconExamplesTester(AGES);
});
