/**
 * The words that make a figure or a period what another is compared with: "than in 2022",
 * "double the", "compared with", "respecto al". Read by the period and comparison stages.
 */
import type { Building } from './record.js';

const BASELINE_BEFORE = /\b(?:than(?: in| during)?|compared (?:to|with)(?: the)?|from|over|against|versus|vs\.?|relative to|(?:below|above)(?:\s+the)?|(?:exceeded|exceeds|exceeding|beat|beats|beating|topped|tops|topping|surpassed|surpasses|surpassing|outpaced|outstripped)(?:\s+the)?|(?:half|thirds?|quarters?|fifths?|tenths?|hundredths?|times|double|twice|triple|treble|quadruple)\s+(?:(?:of|that of|those of)\s+)?(?:the\s+)?(?:(?:number|total|figure|count|level)\s+(?:(?:in|of|for)\s+)?)?)\s*$/i;
/** The Spanish of BASELINE_BEFORE: "el doble que en", "un 35% menos que el", "respecto al", "en comparación con". */
const BASELINE_BEFORE_ES = /(?:(?:más|menos|doble|triple|veces|mayor|menor)(?:\s+\p{L}+){0,3}?\s+que|respecto\s+(?:a|al|de)|en\s+comparación\s+con|comparad[oa]s?\s+con|frente\s+a|frente\s+al)(?:\s+(?:en|el|la|los|las|durante))?\s*$/iu;
export const isBaselineLead = (lead: string): boolean => BASELINE_BEFORE.test(lead) || BASELINE_BEFORE_ES.test(lead);

/** Words just before a figure that make it what another is compared with: "than the", "double the". */
const BASELINE_FIGURE_BEFORE = /\b(?:than|from|against|versus|vs\.?|compared (?:to|with)|relative to|double|twice|triple|treble|quadruple|times|half|third|quarter|tenth|as many as|as much as)\s+(?:(?:in|the|that|those|of the)\s+)?(?:(?:an?|the|its|last year['’]s)\s+)?(?:(?:record|peak|high|low|all-time high|total of)\s+)?$/i;

export function isBaseline(figure: Building, m: string, sentenceStart: number): boolean {
  return BASELINE_FIGURE_BEFORE.test(m.slice(Math.max(sentenceStart, figure.start - 30), figure.start));
}
