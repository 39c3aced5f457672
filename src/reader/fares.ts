/**
 * What one seat costs, said twice: "A one-way ticket to Acandí costs $45 … at $65 a seat he
 * admits the business pays", "el pasaje cuesta 25 dólares por cabeza … los 15 dólares de cada
 * pasaje". A fare is no figure the registry holds, and no demonstrative need point back to it
 * ("the $180 fare" may be the first the sentence says of it), but one leg of the route has one
 * price at a time: a draft that gives it twice at values far apart contradicts itself, as it does
 * when it gives a shelter's beds twice (measures.ts).
 *
 * A money figure is a fare when its words make it one person's price for a ride: per head, per
 * seat or per passenger after it, a fare or a ticket named with it, a charge to each rider before
 * it (FARE_ENTRIES, with examples), and only where a ride is named (a leg, a ticket, a seat, a
 * passenger, or a place the ride goes to or from: "Meals at the camp cost $3 per person" is none);
 * never a room's, a toll's, a fine's, a package's, a family's total or a range's end. Two fares are
 * held to each other when they are the same currency's, for the same leg (the boat, the bus, the
 * guides, a flight, another ride: the nearest such word of the figure's clause, then its sentence;
 * a ticket or a seat naming none takes the sentence before's, or is held to the text's only leg so
 * far), for the same riders (a child's fare is not an adult's), one way or both ways alike, to and
 * from the same places where both name one, and when neither sentence says the price moved
 * ("rose", "now" against "used to"), nor names another year. The
 * check internal-conflict reports the later fare as a warning: which two figures price one seat is
 * the reader's pairing.
 */
import { fold } from '../drafts/metrics.js';
import { overlaps } from '../model/period.js';
import { cut } from '../text/one-byte.js';
import { loadLexicon, type LexiconEntry } from './lexicon/lexicon.js';
import type { DraftFigure, ReadText } from './record.js';
import { APART } from './said-otherwise.js';

export const FARE_ENTRIES = [
  {
    id: 'per-rider-after',
    on: 'after-figure',
    pattern: /^\s*(?:(?:US\s+)?(?:dollars|dólares|pesos)(?:\s+colombianos)?\s+)?(?:[\p{L}]+\s+){0,3}?(?:a|per|each|every|for\s+each|for\s+every|por|cada|a\s+cada|por\s+cada|para\s+cada)\s+(?:head|person|passenger|seat|traveller|traveler|migrant|rider|cabeza|persona|pasajero|puesto|viajero|migrante|asiento|cupo|uno|una)s?(?![\p{L}])/iu,
    why: 'One rider\'s price, said after the money: "$260 a head", "55 dólares por persona", "$25 per passenger", "75 dólares cada uno", "260 dólares por llevar a cada migrante". A price "per day" or "a night" is no fare (not-one-fare-after).',
    examples: { reads: [' a head for a boat', ' dólares por persona', ' per passenger', ' dólares cada uno', ' dólares por llevar a cada migrante', ' pesos por puesto hasta Capurganá', ' a seat he admits'], not: [' for the boat', ' a night', ' dólares al día', ' for the family'] },
  },
  {
    id: 'fare-noun-after',
    on: 'after-figure',
    pattern: /^(?:\s*(?:(?:US\s+)?(?:dollars|dólares|pesos)\s+)?(?:for\s+(?:a|the|one|each)\s+(?:[\p{L}-]+\s+)?(?:seat|ticket|ride|fare|passage|place)|(?:del|de\s+cada|de\s+un|por\s+el|por\s+un|de\s+su|de\s+l[oa]s?)\s+(?:pasajes?|boletos?|asientos?|tiquetes?)|(?:[\p{L}-]+\s+)?(?:fare|ticket|seat|passage)(?![\p{L}]))|-(?:dollar|peso)\s+(?:[\p{L}-]+\s+)?(?:fare|ticket|seat|ride))/iu,
    why: 'A fare named right after the money: "the $180 fare", "the $65 boat seat", "$520 for a boat ride", "$350 for a seat on a boat", "los 35 dólares del pasaje", "los 15 dólares de cada pasaje", "that sixty-dollar fare".',
    examples: { reads: [' fare,', ' boat seat is', ' for a boat ride', ' for a seat on a boat', ' dólares del pasaje', ' dólares de cada pasaje', '-dollar fare'], not: [' for food', ' dólares del presupuesto', ' in fares collected', ' fares'] },
  },
  {
    id: 'charged-each-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:charg\p{L}*|ask\p{L}*|cobr\p{L}*|pid\p{L}*|pay|pays|paid|pag\p{L}*)\s+(?:(?:to\s+)?(?:each|every|a|per)|(?:a\s+)?cada)\s+(?:(?!\d)[\p{L}-]+\s+)?(?:passenger|person|migrant|traveller|traveler|foreigner|rider|pasajero|persona|migrante|viajero|extranjero)s?\s+$/iu,
    why: 'A charge to each rider, said before the money: "charges each passenger $150", "charging each passenger $25", "cobra a cada pasajero 20 dólares".',
    examples: { reads: ['He charges each passenger ', 'remembers charging each passenger ', 'cobra a cada pasajero '], not: ['charged the family ', 'paid ', 'each passenger carried '] },
  },
  {
    id: 'cost-one-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:costs?|costó|cuesta|costaba|charges?)\s+(?:me|a\s+foreigner|a\s+migrant|a\s+passenger|each\s+(?:passenger|migrant|rider|person)|me\s+costó)\s+$/iu,
    why: 'A price said as one rider\'s, before the money: "the boat to Necoclí cost me $250", "costs a foreigner 170,000 pesos". Not "cost them", a family\'s or a group\'s total, nor "had cost her", which a reporter writes of a whole journey.',
    examples: { reads: ['the boat from there to Necoclí cost me ', 'costs a foreigner ', 'It costs each passenger '], not: ['cost them ', 'cost the family ', 'costs ', 'the journey had cost her '] },
  },
  {
    id: 'priced-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:costs?|costaba|cuesta|costó|vale|valía|cobra\s+a|cobran\s+a|cobraba\s+a)\s+$/iu,
    why: 'The price of what the sentence names (fare-named), a verb of costing first: "A one-way ticket to Acandí costs $45", "el pasaje en lancha costaba unos 40 dólares". Alone it says nothing of a fare; "was", "at" or "of" say a revenue or a fine as often ("ticket revenue was $18,000", "a fine of $500").',
    examples: { reads: ['A one-way ticket to Acandí costs ', 'el pasaje costaba ', 'El pasaje a Capurganá, que él cobra a '], not: ['paid ', 'raised ', 'cost them ', 'ticket revenue at the dock was ', 'face a fine of ', 'because at '] },
  },
  {
    id: 'fare-named',
    on: 'sentence',
    pattern: /(?:^|[^\p{L}])(?:fare|ticket|seat|passage|pasaje|boleto|tiquete|asiento|price\s+of\s+(?:a|the|that|one)\s+(?:[\p{L}-]+\s+){0,2}(?:ride|crossing|trip|seat))(?![\p{L}])/iu,
    why: 'A sentence that names a fare, where a price said with a verb of costing (priced-before) is that fare.',
    examples: { reads: ['A one-way ticket to Acandí costs $45.', 'El pasaje en piragua cuesta 25 dólares.', 'The price of a boat ride is $40.'], not: ['The shelter costs $2 million a year.', 'The boat cost $4,000 to build.', 'Tickets for the whole family of six cost $270.'] },
  },
  {
    id: 'ride-named',
    on: 'sentence',
    pattern: /(?:^|[^\p{L}])(?:fares|tickets|seats|pasajes|boletos|tiquetes|asientos|passengers?|pasajer[oa]s?|(?:por|per|a)\s+(?:puesto|asiento|seat))(?![\p{L}])/iu,
    why: 'Tickets, seats or passengers named in the plural ("Por los cuatro pasajes … pagó 75 dólares cada uno", "160 dólares por pasajero"): a price per head in that sentence is a ride\'s, though no vehicle is named.',
    examples: { reads: ['Por los cuatro pasajes, cuenta, pagó 75 dólares cada uno.', 'Con los 160 dólares por pasajero apenas cubre la gasolina.', 'cobra 150.000 pesos por puesto hasta Capurganá.'], not: ['Meals at the camp cost $3 per person.', 'El peaje es de 125 dólares por migrante.'] },
  },
  {
    id: 'not-one-fare-after',
    on: 'after-figure',
    pattern: /^\s*(?:(?:US\s+)?(?:dollars|dólares|pesos)\s+)?(?:(?:[^.;,\d]{0,30}?\s)?(?:a|per|each|every|al|por|cada|a\s+la)\s+(?:day|night|week|month|year|día|noche|semana|mes|año|kilo|pound|libra|meal|comida|plate|plato|hour|hora)|(?:for|para|por)\s+(?:the|all|his|her|their|toda|todo|todos|los|las|sus)\s+(?:[\p{L}]+\s+)?(?:of\s+them|family|familia|group|grupo|two|three|four|five|six|dos|tres|cuatro|cinco|seis|\d+))(?![\p{L}])/iu,
    why: 'A price by the day, the night or the meal ("$10 a night", "5 dólares al día") is no fare; one for a whole family or group ("$900 for the four of them", "por toda la familia") is a total of several fares.',
    examples: { reads: [' a night', ' dólares al día', ' for the four of them', ' dólares para toda la familia', ' per meal', ' per person per night', ' dólares por persona y por noche'], not: [' a head', ' por persona', ' for a seat'] },
  },
  {
    id: 'total-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:(?:cost|costs|paid|charged)\s+(?:them|us|the\s+family|the\s+group)|(?:les|nos)\s+(?:costó|costaron|cobraron|cobró)|(?:pagaron|pagamos|cobraron\s+a)\s+(?:la\s+familia|el\s+grupo))\s+(?:(?:about|some|nearly|almost|roughly|around|unos|unas|casi)\s+)?$/iu,
    why: 'A price that cost several ("the boat ride alone had cost them $900", "les costó 800 dólares") is their total, not one fare.',
    examples: { reads: ['the boat ride alone had cost them ', 'les costó ', 'charged the family '], not: ['cost me ', 'costs a foreigner '] },
  },
  {
    id: 'pointed-back-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:those|these|esos|esas|estos|estas|ese|esa|aquellos|aquellas|aquel)\s+(?:same\s+|mismos\s+|mismas\s+)?$/iu,
    why: 'A fare pointed back to ("Esos 530 dólares por cabeza", "those same $65 seats"): the fare the text gave just before, whatever leg its own sentence names. Not "that", a conjunction as often ("officials said that $25 per passenger is the fare").',
    examples: { reads: ['(Esos ', 'Aquellos ', 'those same '], not: ['the ', 'at ', 'paying ', 'officials said that '] },
  },
  {
    id: 'not-a-fare-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:life\s+jackets?|jackets?|vests?|chalecos?|fines?|multas?|revenue|takings|ingresos|recaudaci[oó]n|packages?|paquetes?|tolls?|peajes?|cuotas?|impuestos?|bribes?|sobornos?|meals?|comidas?|almuerzos?|food|hostel|hotel|rooms?|habitaci[oó]n|hamacas?|hammocks?|rent|alquiler|journey|viaje\s+complet[oa])(?![\p{L}])(?:(?!,\s+(?:but|pero|aunque|though)\s)[^.;])*$/iu,
    why: 'What else a price before the money may be of: a life jacket, a fine, a day\'s takings, a guide\'s package, a toll, a meal, a room, the whole journey ("No one gets a seat without a life jacket, which costs $15", "a package that includes the boat for $420 per person"). Then it is no seat\'s fare.',
    examples: { reads: ['No one gets a seat without a life jacket, which costs ', 'guides sell a package that includes the boat for ', 'Meals at the camp cost ', 'el chaleco salvavidas costaba ', 'the journey had cost me '], not: ['A one-way seat on the launch costs ', 'El pasaje en lancha cuesta ', 'Pineda will not discuss revenue, but at '] },
  },
  {
    id: 'return-trip',
    on: 'sentence',
    pattern: /(?:^|[^\p{L}])(?:return\s+(?:ticket|fare|seat)s?|round[\s-]trip|ida\s+y\s+vuelta)(?![\p{L}])/iu,
    why: 'A return ticket is another price than a one-way one ("A return ticket costs $80" after "A one-way ticket costs $45"). Not "el viaje de regreso", the journey back south, one way too.',
    examples: { reads: ['A return ticket costs $80.', 'El pasaje de ida y vuelta cuesta 80 dólares.'], not: ['A one-way ticket costs $45.', 'El pasaje cuesta 45 dólares.', 'no pueden pagar el viaje de regreso por mar.'] },
  },
  {
    id: 'range-end-before',
    on: 'before-figure',
    pattern: /(?:(?:^|[^\p{L}])(?:between|from|entre|de)\s+(?:about\s+|unos\s+)?[$€£]?\s?\d[\d.,]*\s*(?:(?:dollars|dólares|pesos)\s+)?(?:and|to|y|a)\s+|[$€£]\s?\d[\d.,]*\s*(?:to|–|-)\s*)$/iu,
    why: 'The top of a range ("between $150 and $400", "$170 to $350"): the range is the price, not its end alone, which no other fare need equal.',
    examples: { reads: ['guides charge between $150 and ', 'for $170 to ', 'entre 150 dólares y '], not: ['costs about ', 'at '] },
  },
  {
    id: 'range-end-after',
    on: 'after-figure',
    pattern: /^\s*(?:(?:US\s+)?(?:dollars|dólares|pesos)\s+)?(?:and|to|y|a|–|-)\s*[$€£]?\s?\d/iu,
    why: 'The bottom of a range ("$150 and $400", "150 a 300 dólares"): the range is the price, not its end alone.',
    examples: { reads: [' and $400 a head', ' to $350 a person', ' dólares y 300'], not: [' a head', ' for the boat'] },
  },
  {
    id: 'leg-boat',
    on: 'word',
    match: 'lower',
    words: ['boat', 'boats', 'launch', 'launches', 'lancha', 'lanchas', 'panga', 'pangas', 'piragua', 'piraguas', 'canoe', 'canoes', 'canoa', 'canoas', 'bote', 'botes', 'ferry', 'motorboat', 'boatman', 'boatmen', 'lanchero', 'lancheros'],
    why: 'Words of the leg by water: a fare said with them is the boat\'s ("$350 for a seat on a boat", "el viaje en piragua"). Not "gulf", "golfo", "sea" or "river": they name places and gangs ("el Clan del Golfo cobra … por cada migrante") as often as the ride.',
    examples: { reads: ['boat', 'lancha', 'piragua'], not: ['bus', 'guide', 'golfo', 'river'] },
  },
  {
    id: 'leg-bus',
    on: 'word',
    match: 'lower',
    words: ['bus', 'buses', 'autobús', 'autobuses', 'coach', 'coaches', 'minibus', 'van', 'buseta', 'busetas', 'camión'],
    why: 'Words of the leg by road: a fare said with them is the bus\'s ("the bus north to Costa Rica costs 40 dollars a head").',
    examples: { reads: ['bus', 'autobús', 'coach'], not: ['boat', 'guías'] },
  },
  {
    id: 'leg-guide',
    on: 'word',
    match: 'lower',
    words: ['guide', 'guides', 'guiding', 'guía', 'guías', 'coyote', 'coyotes', 'trek', 'walk', 'caminata'],
    why: 'Words of the leg on foot: a fare said with them is the guides\' ("the $500 the guides charge each traveller"). Not "jungle" or "selva": nearly every sentence of these texts names the jungle, the boat\'s and the bus\'s too.',
    examples: { reads: ['guides', 'guías', 'walk'], not: ['boat', 'bus', 'jungle', 'selva'] },
  },
  {
    id: 'leg-flight',
    on: 'word',
    match: 'lower',
    words: ['flight', 'flights', 'plane', 'vuelo', 'vuelos', 'avión', 'airfare'],
    why: 'Words of a flight: its fare is no boat\'s or bus\'s.',
    examples: { reads: ['flight', 'vuelo'], not: ['boat', 'bus'] },
  },
  {
    id: 'leg-other',
    on: 'word',
    match: 'lower',
    words: ['motorcycle', 'motorcycles', 'motorbike', 'mototaxi', 'mototaxis', 'moto', 'motos', 'taxi', 'taxis', 'horse', 'horses', 'caballo', 'caballos', 'mule', 'mules', 'mula', 'mulas', 'porter', 'porters', 'cargador', 'cargadores', 'truck', 'trucks', 'camioneta'],
    why: 'Other rides and carriers: a motorcycle to the trailhead, a horse, a porter. A price said with them is their own leg\'s, no boat\'s ("a motorcycle ride to the trailhead costs $20 per passenger").',
    examples: { reads: ['motorcycle', 'mototaxi', 'porters'], not: ['boat', 'bus'] },
  },
  {
    id: 'rider',
    on: 'word',
    match: 'lower',
    words: ['child', 'children', 'kids', 'minors', 'baby', 'babies', 'toddler', 'toddlers', 'infant', 'infants', 'bebé', 'bebés', 'niño', 'niños', 'niñas', 'menores', 'adult', 'adults', 'adulto', 'adultos', 'foreigner', 'foreigners', 'extranjero', 'extranjeros', 'tourist', 'tourists', 'turista', 'turistas', 'local', 'locals', 'student', 'students', 'estudiante', 'estudiantes'],
    why: 'Who the fare is for: a child\'s fare, a local\'s or a tourist\'s is not an adult foreigner\'s ("Adults pay $25 and children $15"); two fares for different riders are two prices.',
    examples: { reads: ['children', 'foreigner', 'turistas'], not: ['passenger', 'pasajero'] },
  },
  {
    id: 'price-moved',
    on: 'sentence',
    pattern: /(?:^|[^\p{L}])(?:rose|risen|rises|climbed|jumped|went\s+up|gone\s+up|goes\s+up|doubled|tripled|fell|dropped|slashed|lowered|raised|hiked|up\s+from|down\s+from|increase[sd]?|subió|subieron|ha\s+subido|bajó|bajaron|aumentó|aumentaron|cayó|(?:se\s+)?duplicó|pasó\s+de|encareció|abarató)(?![\p{L}])/iu,
    why: 'A sentence that says the price moved ("the fare rose to $65", "el pasaje subió") gives a new fare, not the old one again.',
    examples: { reads: ['The fare rose to $65 in March.', 'El pasaje subió a 35 dólares.', 'up from $40 a year ago'], not: ['A one-way ticket costs $45.', 'lo más barato del viaje'] },
  },
  {
    id: 'said-now',
    on: 'sentence',
    pattern: /(?:^|[^\p{L}])(?:now|today|these\s+days|currently|nowadays|ahora|hoy|actualmente|hoy\s+en\s+día)(?![\p{L}])/iu,
    why: 'A fare said as today\'s, against one said as before (said-then): two times, two prices.',
    examples: { reads: ['The seat now costs $65.', 'Hoy el pasaje cuesta 35 dólares.'], not: ['The seat costs $65.', 'Known as a nowhere town.'] },
  },
  {
    id: 'said-then',
    on: 'sentence',
    pattern: /(?:^|[^\p{L}])(?:used\s+to|once|back\s+then|at\s+the\s+time|before|last\s+year|in\s+(?:19|20)\d\d|solía|solían|antes|entonces|el\s+año\s+pasado|en\s+(?:19|20)\d\d|hace\s+\p{L}+\s+años)(?![\p{L}])/iu,
    why: 'A fare said as before ("the $20 the pilots used to charge", "costaba en 2021"), against one said as today\'s (said-now).',
    examples: { reads: ['the $20 a head the pilots used to charge', 'En 2021 el pasaje costaba 40 dólares.', 'Antes cobraban 30 dólares.'], not: ['The seat costs $65.', 'antecedentes'] },
  },
] as const satisfies readonly LexiconEntry[];

export const FARES = loadLexicon('fares', FARE_ENTRIES);

const PER_RIDER_AFTER = FARES.pattern('per-rider-after');
const FARE_NOUN_AFTER = FARES.pattern('fare-noun-after');
const CHARGED_EACH_BEFORE = FARES.pattern('charged-each-before');
const COST_ONE_BEFORE = FARES.pattern('cost-one-before');
const PRICED_BEFORE = FARES.pattern('priced-before');
const FARE_NAMED = FARES.pattern('fare-named');
const NOT_ONE_FARE_AFTER = FARES.pattern('not-one-fare-after');
const TOTAL_BEFORE = FARES.pattern('total-before');
const POINTED_BACK_BEFORE = FARES.pattern('pointed-back-before');
const NOT_A_FARE_BEFORE = FARES.pattern('not-a-fare-before');
const RETURN_TRIP = FARES.pattern('return-trip');
const RIDE_NAMED = FARES.pattern('ride-named');
const RANGE_END = [FARES.pattern('range-end-before'), FARES.pattern('range-end-after')] as const;
const PRICE_MOVED = FARES.pattern('price-moved');
const SAID_NOW = FARES.pattern('said-now');
const SAID_THEN = FARES.pattern('said-then');
const LEG_IDS = ['leg-boat', 'leg-bus', 'leg-guide', 'leg-flight', 'leg-other'] as const;
export type Leg = (typeof LEG_IDS)[number];
const LEGS = LEG_IDS.map((id) => [id, FARES.words(id)] as const);
const RIDERS = FARES.words('rider');
/** A hedge between the lead and the money ("costs about $45"), left out when the lead is read. */
const HEDGE_BEFORE = /(?:about|some|nearly|almost|roughly|around|just|only|unos|unas|alrededor\s+de|cerca\s+de|casi|apenas|solo|sólo)\s+$/iu;
/** A place a leg goes to or from: "to Capurganá", "hasta la estación de Lajas Blancas", "hacia Colombia". */
const PLACE = /(?:^|[^\p{L}])(?:[Tt]o|[Ff]rom|[Tt]owards?|[Ii]nto|[Ii]n|[Aa]t|[Hh]asta|[Hh]acia|[Dd]esde|[Ee]n|[Dd]e|a|al)\s+(?:(?:the|la|el)\s+)?(?:(?:village|town|port|station|border|estación|pueblo|puerto|frontera)\s+(?:of|de|con|with)\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/gu;
/** The prepositions of a ride's ends: "to Capurganá", "desde Turbo", "hasta Lajas Blancas". */
const GOES_TO = /^[^\p{L}]*(?:to|from|towards?|into|hasta|hacia|desde|a|al)\s/iu;
/** Capitalised words after a preposition that name no place a leg goes to: months, weekdays, a sentence's openers. */
const NO_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)$/;
/** Prices above these are budgets or schemes, not one seat. */
const MOST = { USD: 20_000, GBP: 20_000, EUR: 20_000, COP: 20_000_000 } as const;

/** One rider's price for one leg, as the words around a money figure give it. */
export interface Fare {
  readonly currency: keyof typeof MOST;
  /** The leg's lexicon id ('leg-boat' …), or null when the sentence names none. */
  readonly leg: Leg | null;
  /** The rider named nearest the money ("children", "foreigner"), folded, or null. */
  readonly rider: string | null;
  /** Whether a demonstrative points the fare back to the one before ("Esos 530 dólares por cabeza"). */
  readonly pointed: boolean;
  /** Whether the sentence names a ticket, a seat or a fare: a ride's price, no guide's. */
  readonly ticketed: boolean;
  /** Whether the sentence says a return trip: another price than one way. */
  readonly returnTrip: boolean;
  /** Places the sentence says the leg goes to or from. */
  readonly places: ReadonlySet<string>;
}

export interface Refared {
  /** The later fare, which gives the price again. */
  readonly figure: DraftFigure;
  /** The earlier fare it disagrees with. */
  readonly earlier: DraftFigure;
  readonly fare: Fare;
}

function currencyOf(m: string, figure: DraftFigure): Fare['currency'] | null {
  const unit = figure.mention ? figure.mention.unit : figure.unit;
  if (unit === 'USD' || unit === 'GBP' || unit === 'EUR') return unit;
  return unit === null && /^\s+pesos(?![\p{L}])/iu.test(cut(m, figure.end, figure.end + 8)) ? 'COP' : null;
}

/**
 * The word of a list nearest the figure in its sentence, as [list id, word], or null: first within
 * the figure's own clause ("a seat on a boat … costs about $40, and guides charge …" is the boat's),
 * then anywhere in the sentence.
 */
function nearestWord<Id extends string>(sentence: string, at: number, lists: ReadonlyArray<readonly [Id, ReadonlySet<string>]>): readonly [Id, string] | null {
  const start = Math.max(...[...sentence.slice(0, at).matchAll(CLAUSE_BREAK)].map((match) => match.index + match[0].length), 0);
  const next = new RegExp(CLAUSE_BREAK.source, 'iu').exec(sentence.slice(at));
  const end = next ? at + next.index : sentence.length;
  return nearestIn(sentence, at, lists, start, end) ?? nearestIn(sentence, at, lists, 0, sentence.length);
}
const CLAUSE_BREAK = /[,;:()—]|\s(?:and|but|while|y|pero|mientras)\s/giu;

function nearestIn<Id extends string>(sentence: string, at: number, lists: ReadonlyArray<readonly [Id, ReadonlySet<string>]>, start: number, end: number): readonly [Id, string] | null {
  let best: readonly [Id, string] | null = null;
  let distance = Infinity;
  for (const match of sentence.slice(start, end).matchAll(/\p{L}+/gu)) {
    const word = match[0].toLowerCase();
    const list = lists.find(([, words]) => words.has(word));
    if (!list) continue;
    const d = Math.abs(start + match.index - at);
    if (d < distance) [best, distance] = [[list[0], word], d];
  }
  return best;
}

/**
 * The leg the sentence just before names, in the same paragraph, for a fare whose own sentence
 * names none: "the launches leave this beach every 20 minutes. A one-way seat costs about $40".
 * Only that sentence: a bus named three sentences up is no leg of "160 dólares por pasajero".
 */
function legBefore(m: string, figure: DraftFigure): Leg | null {
  const text = cut(m, Math.max(0, figure.sentence.start - LEG_REACH), figure.sentence.start);
  const previous = text.split(/\n\s*\n/).at(-1)!.split(/[.!?]\s+(?=\S)/).filter((part) => part.trim() !== '').at(-1) ?? '';
  return nearestWord(previous, previous.length, LEGS)?.[0] ?? null;
}
const LEG_REACH = 400;

/** Whether the words around a money figure make it one rider's fare. */
function saidAsFare(before: string, after: string, sentence: string): boolean {
  if (NOT_ONE_FARE_AFTER.test(after) || TOTAL_BEFORE.test(before)) return false;
  const lead = HEDGE_BEFORE.test(before) ? before.replace(HEDGE_BEFORE, '') : before;
  return PER_RIDER_AFTER.test(after) || FARE_NOUN_AFTER.test(after) || CHARGED_EACH_BEFORE.test(lead) || COST_ONE_BEFORE.test(lead) || (PRICED_BEFORE.test(lead) && FARE_NAMED.test(sentence));
}

/** The fare a money figure gives, or null. */
export function fareOf(m: string, figure: DraftFigure): Fare | null {
  if (figure.kind !== 'quantity' || figure.value === null || figure.interval === null || figure.per !== null || figure.metric || figure.comparison || figure.mention?.change) return null;
  const currency = currencyOf(m, figure);
  if (!currency || figure.value <= 0 || figure.value > MOST[currency]) return null;
  const sentence = cut(m, figure.sentence.start, figure.sentence.end);
  const before = cut(m, Math.max(figure.sentence.start, figure.start - 60), figure.start);
  const after = cut(m, figure.end, Math.min(figure.sentence.end, figure.end + 60));
  if (!saidAsFare(before, after, sentence) || RANGE_END[0].test(before) || RANGE_END[1].test(after) || NOT_A_FARE_BEFORE.test(before)) return null;
  const at = figure.start - figure.sentence.start;
  const rider = nearestWord(sentence, at, [['rider', RIDERS]])?.[1] ?? null;
  const named = [...sentence.matchAll(PLACE)].filter((match) => !NO_PLACE.test(match[1]!.split(/\s+/)[0]!));
  const places = new Set(named.map((match) => fold(match[1]!)));
  // Where a ride goes, not where a price is paid: "a bed at the shelter in Necoclí" names no ride.
  const goesTo = named.some((match) => GOES_TO.test(match[0]));
  // A ticket, a seat or a passenger named, one or several ("Por los cuatro pasajes … pagó 75 dólares cada uno",
  // "160 dólares por pasajero"): the price of a ride.
  const ticketed = FARE_NAMED.test(sentence) || RIDE_NAMED.test(sentence);
  // The leg the sentence before names, only for a ticket or a seat that names none ("… launches leave
  // every 20 minutes. A one-way seat costs about $40"), and never the guides': a seat is a ride's.
  const around = ticketed ? legBefore(m, figure) : null;
  const leg = nearestWord(sentence, at, LEGS)?.[0] ?? (around === 'leg-guide' ? null : around);
  const lead = HEDGE_BEFORE.test(before) ? before.replace(HEDGE_BEFORE, '') : before;
  const pointed = POINTED_BACK_BEFORE.test(lead);
  // "Meals at the camp cost $3 per person", a toll "por cada migrante": a price per head is a seat's
  // only where a ride is named, a leg, a ticket or a place it goes to.
  if (leg === null && !ticketed && !pointed && !goesTo) return null;
  return { currency, leg, rider: rider === null ? null : fold(rider).slice(0, 5), pointed, ticketed, returnTrip: RETURN_TRIP.test(sentence), places };
}

/** Whether two sentences tell two times of a price: one says it moved, or one is now and the other before, or their years differ. */
function timesApart(m: string, a: DraftFigure, b: DraftFigure): boolean {
  const [first, second] = [cut(m, a.sentence.start, a.sentence.end), cut(m, b.sentence.start, b.sentence.end)];
  if (PRICE_MOVED.test(first) || PRICE_MOVED.test(second)) return true;
  if ((SAID_NOW.test(first) && SAID_THEN.test(second)) || (SAID_THEN.test(first) && SAID_NOW.test(second))) return true;
  return a.period !== null && b.period !== null && a.periodFrom === 'sentence' && b.periodFrom === 'sentence' && !overlaps(a.period, b.period);
}

/**
 * The earlier fare a fare may give again: the nearest of the same leg. A fare whose sentence names
 * no leg ("the $180 fare") may give the nearest of any, when the fares before it name one leg at
 * most, and a ticket or a seat is no guide's; a fare that names its leg ("a full bus takes in …")
 * gives no earlier fare that named none ("a one-way ticket to Acandí").
 */
function earlierFare(fares: ReadonlyArray<{ figure: DraftFigure; fare: Fare }>, i: number): { figure: DraftFigure; fare: Fare } | undefined {
  const { figure, fare } = fares[i]!;
  const before = fares.slice(0, i).filter((other) => other.figure.sentence !== figure.sentence && other.fare.currency === fare.currency && other.fare.rider === fare.rider && other.fare.returnTrip === fare.returnTrip);
  const legs = new Set(before.map((other) => other.fare.leg).filter((leg) => leg !== null));
  // A fare with no leg at all is held to another only when it names a ticket or a seat ("$20 a person" after a boat fare may be a motorcycle taxi's).
  const pairs = (other: Fare): boolean => fare.pointed || other.leg === fare.leg || (fare.leg === null && fare.ticketed && legs.size <= 1 && other.leg !== 'leg-guide');
  return before.reverse().find((other) => pairs(other.fare));
}

/** Each fare that gives again, at a value far from it, a fare the text gave before. */
export function faresSaidAgain(read: ReadText): Refared[] {
  const m = read.masked.masked;
  const fares = read.figures.flatMap((figure) => {
    const fare = fareOf(m, figure);
    return fare ? [{ figure, fare }] : [];
  });
  const out: Refared[] = [];
  fares.forEach(({ figure, fare }, i) => {
    const earlier = earlierFare(fares, i);
    if (!earlier) return;
    // "to Capurganá" against "to Lajas Blancas": two legs.
    if (fare.places.size > 0 && earlier.fare.places.size > 0 && ![...fare.places].some((place) => earlier.fare.places.has(place))) return;
    if (timesApart(m, earlier.figure, figure)) return;
    const [[low, high], [earlierLow, earlierHigh]] = [figure.interval!, earlier.figure.interval!];
    if (low <= earlierHigh && earlierLow <= high) return;
    if (Math.min(high, earlierHigh) > 0 && Math.max(low, earlierLow) / Math.min(high, earlierHigh) - 1 < APART) return;
    out.push({ figure, earlier: earlier.figure, fare });
  });
  return out;
}
