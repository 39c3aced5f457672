/**
 * internal-conflict, as RuleTester runs a rule: drafts that must pass, and drafts that must be
 * reported with the message id, line, column and severity of each finding. The drafts' figures are
 * about things the registry does not hold (a clinic's patients), so only the draft can be wrong.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { internalConflict } from '../../src/checks/rules/internal-conflict.js';
import { lintDrafts } from '../../src/drafts/lint.js';
import { loadRegistry } from '../../src/registry/load.js';
import { draftCaseTester, type DraftCase, type DraftExpected } from '../helpers/draft-cases.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const registry = loadRegistry({ cwd: root });

/** A draft of these lines under three lines of front matter: its first line is line 4. */
function draft(lines: readonly string[], lang = ''): string {
  return `---\ndate: 2024-08-12\n${lang ? `lang: ${lang}\n` : ''}---\n${lines.join('\n')}\n`;
}

function findingsOf(text: string): DraftExpected[] {
  const { report } = lintDrafts({ registry, drafts: [{ path: 'drafts/t.md', text }], minSeverity: 'info', checks: [internalConflict.meta.id] });
  return report.findings
    .filter((f) => f.check === internalConflict.meta.id)
    .map((f) => ({ messageId: f.messageId, line: f.location.line, column: f.location.column, severity: f.severity }));
}

const valid: DraftCase[] = [
  { name: '"All 20 of them" after a sentence of two figures: the whole may be their sum', text: draft(['A guard said eight migrants were staying there and 12 more arrived at dusk.', 'All 20 of them were heading back south.']) },
  { name: '"20 of them", without "all", is a part of the count before', text: draft(['A guard said 80 migrants were staying there.', '20 of them were heading back south.']) },
  { name: 'a retelling that agrees', text: draft(['A nurse said 350 people slept at San Vicente on Sunday.', 'The 350 people who slept at San Vicente on Sunday had mostly come from Venezuela.']) },
  { name: 'the same words of another place: another count', text: draft(['A nurse said 350 people slept at San Vicente on Sunday.', 'The 500 people who slept at Lajas Blancas on Sunday had mostly come from Venezuela.']) },
  { name: 'a restatement that agrees', text: draft(['She once treated 60 patients in a single morning.', 'Those 60 patients were mostly children.']) },
  { name: '"32 migrants" after "23 members of the Clan del Golfo": members of a gang are not the people it charged, whatever the digits', text: draft(['Police arrested 23 members of the Clan del Golfo in Necoclí.', 'They had charged 32 migrants for the boat trip to Acandí.']) },
  { name: '"Another 62 people" after "26 people": another set, whatever the digits', text: draft(['A boat carrying 26 people capsized off Acandí on Sunday.', 'Another 62 people were rescued from a second boat.']) },
  { name: '"The two stations near the jungle" after "three stations": a part of the set, not the set again', text: draft(['Panama runs three migrant reception stations.', 'The two stations near the jungle hold most of the people who arrive.']) },
  { name: 'a thing counted again within rounding ("the 42 cots" after "some 40 cots")', text: draft(['The shelter had some 40 cots.', 'Volunteers cleaned the 42 cots every morning.']) },
  { name: 'a restatement within the hedge and rounding ("some 60" allows 58)', text: draft(['She once treated some 60 patients in a single morning.', 'Those 58 patients were mostly children.']) },
  { name: 'different nouns: 60 patients, then those 90 beds', text: draft(['She once treated 60 patients in a single morning.', 'Those 90 beds were all taken.']) },
  { name: 'a noun that counts other things: 60 patients, then those 90 patient visits', text: draft(['She once treated 60 patients in a single morning.', 'Those 90 patient visits were logged by hand.']) },
  { name: 'a rate, then a count of the same noun: 60 patients a day, then those 90 patients', text: draft(['She saw 60 patients a day in May.', 'Those 90 patients were tired.']) },
  { name: 'a number word after "these" is more often a subset ("three clinics … these two clinics")', text: draft(['The town has three clinics.', 'These two clinics are open at night.']) },
  { name: '"the 20 families her church has helped in Charlotte arrived": words the earlier count lacks narrow it to a part', text: draft(['The church has helped 45 families who crossed the Darién since January.', '', 'Most came from Venezuela.', '', 'Many still wait for news.', '', 'Pastor Montes said the 20 families her church has helped in Charlotte arrived with little.']) },
  { name: '"las 80 camas con que cuenta el hospital": another owner\'s beds', text: draft(['En Metetí, el albergue de la parroquia dispone de 120 camas, dijo su coordinadora.', '', 'La ruta sigue abierta.', '', 'Muchos siguen hacia el norte.', '', 'Según ella, las 80 camas con que cuenta el hospital se llenaban cada noche durante 2023.'], 'es') },
  { name: '"the 90 patients who …" introduces a group; it does not refer back', text: draft(['She treated 60 patients on Monday.', 'The 90 patients who came on Tuesday waited outside.']) },
  { name: '"double the 40 patients" is a baseline, not a restatement', text: draft(['She treated 60 patients on Monday.', 'On Tuesday she saw 90 patients, more than double the 40 patients of last week.']) },
  { name: 'a part named by what follows the noun: "those 12 families with young children"', text: draft(['Authorities found 40 families camped by the river.', 'Those 12 families with young children were moved to a shelter.']) },
  { name: 'a part named by a participle: "the 120 patients seen by nurses"', text: draft(['Doctors at the station treated 300 patients last week.', '', 'At another station, the 120 patients seen by nurses were mostly children.']) },
  { name: 'two periods named: 400 patients in 2022, those 900 patients in 2023', text: draft(['In 2022 the clinic saw 400 patients.', 'In 2023, those 900 patients filled the ward.']) },
  { name: 'no noun after the figure: "those 90 were children" is not guessed at', text: draft(['She once treated 60 patients in a single morning.', 'Those 90 were mostly children.']) },
  { name: 'a comparison that fits the draft\u2019s own figures', text: draft(['The clinic saw 40 patients in 2022.', 'In 2023 it saw 113 patients, nearly three times the number of 2022.']) },
  { name: 'a difference that fits, both sides in its sentence', text: draft(['In 2023 the clinic saw 113 patients, 73 more than the 40 patients it saw in 2022.']) },
  { name: 'Spanish: a restatement that agrees', text: draft(['En 2023 llegaron 113 pacientes al hospital.', 'Esos 113 pacientes eran niños.'], 'es') },
  { name: 'possessive, in words, that agrees: "three children … her three children"', text: draft(['Páez crosses the river with her three children.', 'Páez and her three children reached the station two days later.']) },
  { name: 'possessive: a narrowed set is another count ("her 40 photos in this gallery")', text: draft(['She took 60 photos on the dock.', 'All her 40 photos in this gallery are for sale.']) },
  { name: 'a part smaller than the group its sentence opens with', text: draft(['Of the 300 patients seen in May, about 120 were children.']) },
  { name: 'a part within the group’s hedge ("some 300 … about 305")', text: draft(['Of the some 300 patients seen in May, about 305 were treated for fever.']) },
  { name: 'a part after "of the" smaller than its group', text: draft(['Nurses said 120 of the 300 patients seen in May were children.']) },
  { name: 'a share of the group is no count ("Of the 300 …, 40% were …")', text: draft(['Of the 300 patients seen in May, 40% were children.']) },
  { name: 'Spanish: a part smaller than its group', text: draft(['De los 300 pacientes atendidos en mayo, unos 120 eran niños.'], 'es') },
  { name: 'far back, "the 1,900 people we housed" that agrees with "our shelter housed 1,900 people"', text: draft(['From March to June our shelter housed 1,900 people heading south.', '', 'Boats patrol the river.', '', 'The camps are full.', '', 'The rains came early.', '', 'The 1,900 people we housed that spring shaped this budget.']) },
  { name: 'far back, "the 30 grants we funded" after "We examined 14 grants": another act, another set', text: draft(['We examined 14 grants awarded between 2022 and 2024.', '', 'Boats patrol the river.', '', 'The camps are full.', '', 'The rains came early.', '', 'Of the 30 grants we funded, none could be scaled back.']) },
  { name: 'far back, "the 3,100 people we fed": another verb, another set', text: draft(['From March to June our shelter housed 1,900 people heading south.', '', 'Boats patrol the river.', '', 'The camps are full.', '', 'The rains came early.', '', 'The 3,100 people we fed that spring shaped this budget.']) },
  { name: 'years said as one\u2019s own with no word of the earlier span: "my 35 years at the ministry" after "41 years in Yaviza"', text: draft(['I have lived in Yaviza for 41 years.', 'My 35 years at the ministry taught me patience.']) },
  { name: 'a span of days given again alike: "nine days in Capurganá … those nine days"', text: draft(['She waited nine days in Capurganá for a boat.', 'Those nine days in Capurganá cost her savings.']) },
  { name: 'months and years are left alone: "those three months" points back to months the text named', text: draft(['She spent two months in Necoclí.', 'Those three months, August through October, were the busiest.']) },
  { name: 'a span said per week is how often, not one stay: "his three days a week"', text: draft(['He works four days at the dock.', 'His three days a week on the river pay for school.']) },
  { name: 'two earlier spans of days and nothing after "those four days" to choose between them', text: draft(['Ana walked six days to the village.', 'Her brother waited two days at the dock.', 'Those four days changed him.']) },
  { name: '"the three days" with no word of an earlier sentence after it is not taken to point back', text: draft(['He spent nine days walking north.', 'The three days of rain that followed flooded the camp.']) },
  { name: '"la cifra llegó a las 100 mil personas": after a verb of reaching the article is the verb\'s, a new count', text: draft(['Los colombianos sumaron 5 mil personas en el año.', 'En septiembre y octubre la cifra llegó a las 100 mil personas.'], 'es') },
  { name: '"the 30 members who joined in May" after "had 26 members": words the earlier sentence lacks pick out others', text: draft(['The boatmen\'s cooperative once had 26 members.', 'The 30 members who joined in May came from Yaviza.']) },
  { name: 'the same digits counting other things: 312 people, then 213 beds', text: draft(['The two stations held 312 people on New Year\'s Day.', 'The ministry has ordered 213 beds for them.']) },
  { name: 'the same digits in one sentence: two counts set side by side', text: draft(['The clinic saw 64 patients on Monday and 46 patients on Tuesday.']) },
  { name: 'a figure the registry holds with its digits swapped is the registry\'s to settle (figure-conflict), not this check\'s', text: draft(['In 2022, 248,284 migrants crossed the Darién.', 'A year later, 284,248 migrants made the crossing.']) },
  { name: 'rates are not counts a finger mistyped: 312 people a day, then 213 people a day', text: draft(['In July the shelter took in 312 people a day.', 'By August it was 213 people a day.']) },
  { name: 'measures of two places: beds at one station, then beds at another named', text: draft(['Lajas Blancas has beds for 500 people.', 'San Vicente, the larger station, has beds for 1,200.']) },
  { name: 'how many a shelter took is no measure of what it can take: "built for 300 … held 700"', text: draft(['The shelter was built for 300.', 'On Friday it held 700 people.']) },
  { name: 'a change of a measure is no second statement of it: "room for 300 … added 200 beds"', text: draft(['The shelter had room for 300 people.', 'In May the church added 200 beds.']) },
  { name: 'a length given in miles, then in kilometres, within rounding', text: draft(['The jungle is some 60 miles of swamp and mountain.', 'Crossing its roughly 100 kilometres of jungle takes a week.']) },
  { name: 'a measure for two periods its sentences name: 200 beds in 2022, 500 beds in 2024', text: draft(['In 2022 the shelter had 200 beds.', 'In 2024 it had 500 beds.']) },
  { name: 'a village counted in people and its few residents who spoke: "50 vecinos … protestaron" is some of them', text: draft(['En Canaán Membrillo viven unas 300 personas.', 'Unos 50 vecinos de Canaán Membrillo protestaron el lunes.'], 'es') },
  { name: 'a name set off after a place\'s noun is that place ("el pueblo vecino, Metetí,"): another shelter\'s beds', text: draft(['En Yaviza, la iglesia tiene 300 camas.', 'En el pueblo vecino, Metetí, la iglesia tiene 80 camas.'], 'es') },
  { name: 'places that are no one\'s are no capacity: "visited 12 places"', text: draft(['The shelter has room for 300 people.', 'Volunteers visited 12 places in the town.']) },
  { name: 'a distance from somewhere is no length of the jungle', text: draft(['The Darién is about 100 kilometres of jungle.', 'The camp lies 40 kilometres from the border.']) },
  { name: 'a length that ends a sentence about something else: "a road of about seventeen miles."', text: draft(['The Darién is some sixty-six miles of swamp and jungle.', 'A man fell among robbers on the road to Jericho, a road of about seventeen miles.']) },
  { name: 'numbers in words are not mistyped: "twelve children", then "twenty-one children"', text: draft(['Three families arrived on Monday with twelve children.', 'On Tuesday, twenty-one children came.']) },
  // Fares (src/reader/fares.ts): one seat on one leg has one price, unless the text says it moved.
  { name: 'two legs, two fares: the launch to Acandí and the bus to the border', text: draft(['The launch to Acandí costs $45 a seat.', 'The bus to the Costa Rican border costs $40 a head.']) },
  { name: 'a fare the text says rose', text: draft(['In 2021 the boat to Capurganá cost $40 a passenger.', 'The fare rose to $65 this year.']) },
  { name: 'a fare of before against one of now ("used to charge" … "Now")', text: draft(['Pilots used to charge $25 a head for the canoe ride.', 'Now the canoe ride costs $20 a passenger.']) },
  { name: 'an adult\'s fare and a child\'s', text: draft(['On the canoe, adults pay $25 a head.', 'Children ride the canoe for $15 a seat.']) },
  { name: 'a family\'s total is no fare', text: draft(['A seat on the launch is $45.', 'The launch cost them $180 for the four of them.']) },
  { name: 'a guide\'s fare within rounding of the one before ($320 against $300)', text: draft(['A seat on the launch to Acandí costs $45, and guides ask $300 a head for the walk.', 'Ana says the $320 the guides charge each traveller buys food and a tarp.']) },
  // Fares the review found paired wrongly by the first version of fares.ts.
  { name: 'a motorcycle taxi\'s price per person after a boat\'s fare: another ride, named by no leg word', text: draft(['A one-way seat on the launch to Capurganá costs $45.', 'Once ashore, a motorcycle taxi up to the first camp is $20 a person.']) },
  { name: 'a room per person per night is no fare', text: draft(['A one-way seat on the launch to Capurganá costs $45.', 'A hostel room in Necoclí costs $15 per person per night.']) },
  { name: '… nor a hammock "por persona y por noche"', text: draft(['El pasaje en lancha de Necoclí a Capurganá cuesta 45 dólares por persona.', 'Allí una hamaca cuesta 5 dólares por persona y por noche.'], 'es') },
  { name: 'a meal per person is no fare (no ride, ticket or place named)', text: draft(['A one-way seat on the launch to Capurganá costs $45.', 'Meals at the camp cost $3 per person.']) },
  { name: 'a gang\'s toll per migrant is no fare ("el Clan del Golfo": "golfo" names no boat)', text: draft(['El pasaje en lancha de Necoclí a Capurganá cuesta 45 dólares por persona.', 'El Clan del Golfo cobra además 125 dólares por cada migrante que pasa por su territorio.'], 'es') },
  { name: '"said that $25 per passenger is the fare for the bus": "that" a conjunction, the bus another leg', text: draft(['A one-way seat on the launch to Capurganá costs $45.', 'On the Panamanian side, officials said that $25 per passenger is the fare for the bus north.']) },
  { name: 'tickets for a whole family are a total', text: draft(['A one-way seat on the launch to Capurganá costs $45.', 'Tickets for the whole family of six cost $270.']) },
  { name: 'a day\'s ticket revenue is no fare', text: draft(['A one-way seat on the launch to Capurganá costs $45.', 'On a busy day, ticket revenue at the dock was $18,000.']) },
  { name: 'a fine is no fare', text: draft(['A one-way seat on the launch to Capurganá costs $45.', 'Captains caught carrying migrants without a ticket face a fine of $500.']) },
  { name: 'a life jacket\'s price is no seat\'s', text: draft(['A one-way seat on the launch to Capurganá costs $45.', 'No one gets a seat without a life jacket, which costs $15 at the pier.']) },
  { name: 'a return ticket against a one-way seat', text: draft(['A one-way seat on the launch to Capurganá costs $45.', 'A return ticket costs $80.']) },
  { name: 'from another port ("From Turbo")', text: draft(['A one-way seat on the launch to Capurganá costs $45.', 'From Turbo, the launch charges $60 a seat.']) },
  { name: '… and "Desde Turbo" against "de Necoclí a Capurganá"', text: draft(['El pasaje en lancha de Necoclí a Capurganá cuesta 45 dólares por persona.', 'Desde Turbo, la lancha cobra 60 dólares por pasajero.'], 'es') },
  { name: 'a guides\' package that includes the boat', text: draft(['A one-way seat on the launch to Capurganá costs $45.', 'For the trek, guides sell a package that includes the boat for $420 per person.']) },
  { name: 'what the whole journey cost her', text: draft(['A one-way seat on the launch to Capurganá costs $45.', 'By the time she reached Panama, the journey had cost her $2,300, she said, though a seat on the launch was only a small part of it.']) },
  { name: 'a toddler\'s seat is another rider\'s fare', text: draft(['A one-way seat on the launch to Capurganá costs $45.', "Babies and toddlers ride on a parent's lap for $10 a seat."]) },
  { name: 'a motorcycle ride per passenger after the launch\'s fare: its own leg', text: draft(['A one-way ticket on the launch from Necoclí to Acandí costs $45 per passenger.', 'In Acandí, a motorcycle ride to the trailhead costs $20 per passenger.']) },
  { name: 'a bed at a shelter in the port is no ride (a place where a price is paid, not where a ride goes)', text: draft(['A ticket from Necoclí costs $45 per person.', 'A bed at the shelter in Necoclí costs $10 per person.']) },
  { name: 'two counts of three significant digits, swapped, in different nouns: chance, not a slip (longSwap wants four)', text: draft(['The shelter has 1,250 beds.', 'Its clinic saw 2,150 patients last year.']) },
  { name: 'two long counts whose digits differ by more than one neighbouring swap, in different nouns', text: draft(['The agency counted 328,650 arrivals by sea.', 'Officials registered 386,250 asylum claims.']) },
  { name: '"un centenar de voluntarios" then "esos 100 voluntarios": a group word and its noun after "de", agreeing', text: draft(['En Metetí trabaja un centenar de voluntarios de la Cruz Roja.', 'Esos 100 voluntarios se turnan día y noche.'], 'es') },
  { name: '"all three clinics" after "three clinics": the whole set, in words, agreeing', text: draft(['The charity runs three clinics along the route.', 'All three clinics ran out of bandages in May.']) },
  { name: 'a number in words after "these" stays a likely subset ("three clinics … These two clinics")', text: draft(['The charity runs three clinics along the route.', 'These two clinics ran out of bandages in May.']) },
  { name: '"for every day of the year" is a rate, not a duration: the count restates nothing', text: draft(['The hospital saw 800 patients last year.', 'Those 800 patients worked out to about two for every day of the year.']) },
  { name: '"In Colón, all three clinics": a number in words with a place named is that place\'s set, not the one counted before', text: draft(['The charity runs two clinics in Darién.', 'In Colón, all three clinics ran out of bandages in May.']) },
  { name: '"All three shelters in Chiriquí province" after "five shelters": a set narrowed by its place', text: draft(['Five shelters operate in Panama.', 'All three shelters in Chiriquí province were full on Sunday.']) },
  { name: 'a measure of a place in a year, and another most of a year on: the place may have changed', text: draft(['In January 2024, the parish shelter in Yaviza had 90 beds.', 'Today its 150 beds are rarely full.']).replace('date: 2024-08-12', 'date: 2025-02-10') },
  { name: 'parts of a group split by spans of time that add up to it', text: draft(['Of the 14,000 migrants who crossed in May, 6,000 did so in the first ten days and about 8,000 in the rest of the month.']) },
  { name: '"Haitians were nearly a third of October\'s arrivals" after a count of the year: a share of one group has the group for subject, not the figure before', text: draft(['Shelters in Darién counted some 12,000 arrivals from Colombia in October.', 'Since January, about 90,000 migrants have crossed the jungle.', 'Haitians were nearly a third of October\'s arrivals, as in every month.']) },
  { name: 'parts of a group that may overlap (nationalities, children) are not summed', text: draft(['Of the 14,000 migrants who crossed in May, 9,000 were Venezuelans and 6,000 were children.']) },
];

const invalid: DraftCase[] = [
  {
    name: '"The 382,650 Venezuelans" after "328,650 people": two long counts one neighbouring swap apart, whatever their nouns (transposed.ts longSwap)',
    text: draft(['Venezuelans were the largest group, with 328,650 people.', 'The 382,650 Venezuelans alone outnumbered everyone who crossed in all of 2022.']),
    errors: [{ messageId: 'transposed', line: 5, column: 5, severity: 'warning' }],
  },
  {
    name: '"at $65 a seat" after "A one-way ticket … costs $45": one fare given twice (fares.ts)',
    text: draft(['A one-way ticket to Acandí costs $45.', 'Pineda says that at $65 a seat the business pays.']),
    errors: [{ messageId: 'fare', line: 5, column: 21, severity: 'warning' }],
  },
  {
    name: '"los 35 dólares del pasaje" after the canoe\'s "25 dólares por persona": a sentence naming no leg gives the text\'s only one',
    text: draft(['El viaje en piragua hasta Lajas Blancas cuesta 25 dólares por persona.', 'Quien no tiene los 35 dólares del pasaje espera en la orilla.'], 'es'),
    errors: [{ messageId: 'fare', line: 6, column: 20, severity: 'warning' }],
  },
  {
    name: '"Esos 530 dólares por cabeza" points back to "350 dólares por persona", whatever leg is named nearest',
    text: draft(['Entre lanchas y guías, el gasto medio es de 350 dólares por persona.', 'Esos 530 dólares por cabeza no incluyen el tramo panameño.'], 'es'),
    errors: [{ messageId: 'fare', line: 6, column: 6, severity: 'warning' }],
  },
  {
    name: 'a fare in pesos to the same place, given twice',
    text: draft(['Each launch charges 150,000 pesos per seat to Capurganá.', 'The fare to Capurganá, 90,000 pesos a seat, is the same on every boat.']),
    errors: [{ messageId: 'fare', line: 5, column: 24, severity: 'warning' }],
  },
  {
    name: 'the guides\' fare given twice, the boat\'s between them in the first sentence',
    text: draft(['A seat on the launch costs about $45, and guides charge $300 a head for the walk.', 'The guides, at $500 a head, take groups of 40.']),
    errors: [{ messageId: 'fare', line: 5, column: 16, severity: 'warning' }],
  },
  {
    name: '"built for 450" after "room for 300 people": a shelter\'s capacity given twice (measures.ts)',
    text: draft(['The shelter in Metetí has room for 300 people, its director said.', 'Last night, 90 people slept in a shelter built for 450.']),
    errors: [{ messageId: 'remeasured', line: 5, column: 52, severity: 'warning' }],
  },
  {
    name: '"with 95 cots" after "60 cots", no word pointing back',
    text: draft(['A volunteer said the parish hall has 60 cots.', 'The hall, with 95 cots, filled by Friday.']),
    errors: [{ messageId: 'remeasured', line: 5, column: 16, severity: 'warning' }],
  },
  {
    name: 'Spanish: "sus 800 plazas" after "capacidad para 500 personas": places a station owns are its capacity',
    text: draft(['La estación de recepción de San Vicente tiene capacidad para 500 personas.', 'Con sus 800 plazas, la estación no alcanza en los días de mayor llegada.'], 'es'),
    errors: [{ messageId: 'remeasured', line: 6, column: 9, severity: 'warning' }],
  },
  {
    name: 'Spanish: a village of 250 inhabitants, then of 600',
    text: draft(['Puerto Limón, un caserío de unos 250 habitantes, recibe a los viajeros.', 'En un pueblo de apenas 600 habitantes, cada lancha se nota.'], 'es'),
    errors: [{ messageId: 'remeasured', line: 6, column: 17, severity: 'warning' }],
  },
  {
    name: '"built for 300 people held about 90 on Monday": words after a capacity said before it say nothing of which ones; "all 500 of the hall\'s beds" gives it again',
    text: draft(['In Yaviza, the hall built for 300 people held about 90 on Monday.', 'By Friday all 500 of the hall\'s beds were taken.']),
    errors: [{ messageId: 'remeasured', line: 5, column: 15, severity: 'warning' }],
  },
  {
    name: 'two days of one year say when beds were used, not that the shelter grew: "set up 80 cots last month … all 130 cots by Tuesday"',
    text: draft(['The pastor said volunteers set up 80 cots in the gym last month.', 'All 130 cots were full by Tuesday night.']),
    errors: [{ messageId: 'remeasured', line: 5, column: 5, severity: 'warning' }],
  },
  {
    name: 'Spanish: "con 150 plazas", then "las 260 camas del albergue"',
    text: draft(['El albergue de Yaviza, con 150 plazas, abrió en marzo.', 'Las 260 camas del albergue se llenaron en una noche.'], 'es'),
    errors: [{ messageId: 'remeasured', line: 6, column: 5, severity: 'warning' }],
  },
  {
    name: 'Spanish: a village where "viven unas 300 personas", then "los 800 vecinos del pueblo"',
    text: draft(['En Canaán Membrillo viven unas 300 personas, casi todas emberá.', 'El cacique dice que los 800 vecinos del pueblo no tienen agua.'], 'es'),
    errors: [{ messageId: 'remeasured', line: 6, column: 25, severity: 'warning' }],
  },
  {
    name: '"now sleeps 90 people", then "all 250 places were taken": a shelter\'s capacity, then all its places full',
    text: draft(['Across the flow, more than 180,000 people have crossed the Darién this year.', 'The parish shelter in Yaviza now sleeps 90 people.', 'Its manager said all 250 places were taken on Friday.']),
    errors: [{ messageId: 'remeasured', line: 6, column: 22, severity: 'warning' }],
  },
  {
    name: 'Spanish: beds in words, the second sentence speaking to someone by name ("…, Marta, …") names no other place',
    text: draft(['En Canaán Membrillo la posada tiene doce camas.', 'La posada tiene treinta camas, Marta, y ninguna libre.'], 'es'),
    errors: [{ messageId: 'remeasured', line: 6, column: 17, severity: 'warning' }],
  },
  {
    name: 'the jungle\'s length in miles, then in kilometres far from it',
    text: draft(['The jungle is some 60 miles of swamp and mountain.', 'Walking 180 kilometres of jungle takes a week.']),
    errors: [{ messageId: 'remeasured', line: 5, column: 9, severity: 'warning' }],
  },
  {
    name: '"counts 213 people in its stations" after "The two stations held 312 people": the same digits in another order, counting people',
    text: draft(['The two reception stations held 312 people on New Year\'s Day, the ministry said.', 'Aid workers expect more in February.', 'A government that counts 213 people in its stations as a triumph should count the ones who turned back.']),
    errors: [{ messageId: 'transposed', line: 6, column: 26, severity: 'warning' }],
  },
  {
    name: '"los 1.870 viajeros" after "1.780 personas": two words for people, in Spanish',
    text: draft(['El albergue de Lajas Blancas recibió 1.780 personas en marzo.', 'La mayoría venía de Venezuela.', 'Según la coordinadora, los 1.870 viajeros de marzo llegaron agotados.'], 'es'),
    errors: [{ messageId: 'transposed', line: 7, column: 28, severity: 'warning' }],
  },
  {
    name: '"of those twenty-four cots" after "forty-two cots": a thing counted again in words, at another value (said-otherwise.ts)',
    text: draft(['The shelter there had forty-two cots, and most were empty.', 'And of those twenty-four cots, how many were taken?']),
    errors: [{ messageId: 'restated', line: 5, column: 14, severity: 'warning' }],
  },
  {
    name: '"sus 250 literas" after "hay 150 literas": the same, in Spanish, with a possessive',
    text: draft(['En la estación de Lajas Blancas hay 150 literas.', 'El director dice que sus 250 literas siempre se llenan.'], 'es'),
    errors: [{ messageId: 'restated', line: 6, column: 26, severity: 'warning' }],
  },
  {
    name: '"the 40 members the cooperative once had" after "The cooperative once had 26 members": the clause is the earlier count\'s own words',
    text: draft(['The boatmen\'s cooperative once had 26 members.', 'Today the morning canoe leaves at 7.', 'Of the 40 members the cooperative once had, only nine remain.']),
    errors: [{ messageId: 'restated', line: 6, column: 8, severity: 'warning' }],
  },
  {
    name: '"De los 40 socios que llegó a tener la cooperativa" in Spanish',
    text: draft(['La cooperativa de piragüeros llegó a tener 26 socios.', 'De los 40 socios que llegó a tener la cooperativa, apenas quedan nueve.'], 'es'),
    errors: [{ messageId: 'restated', line: 6, column: 8, severity: 'warning' }],
  },
  {
    name: '"esas 2.400 personas de la semana pasada" after crossings the catalogue reads ("cruzaron … unas 1.400 personas"): still the same people',
    text: draft(['# El Darién, una semana', '', 'La semana pasada cruzaron la selva del Darién unas 1.400 personas, unas 200 al día.', '', 'Panamá necesita que esas 2.400 personas de la semana pasada dejen de ser una estadística.'], 'es'),
    errors: [{ messageId: 'restated', line: 9, column: 26, severity: 'warning' }],
  },
  {
    name: '"The 2,140 people our teams treated" far below: a count the catalogue reads far above is no other candidate',
    text: draft(['In July, 20,519 people crossed the Darién Gap.', 'Our medical teams treated 1,240 people in July alone.', '', 'The route stays open.', '', 'Many go north.', '', 'Some stay.', '', '"The 2,140 people our teams treated in July are not a statistic," she said.']),
    errors: [{ messageId: 'restated', line: 13, column: 6, severity: 'warning' }],
  },
  {
    name: '"las 80 camas con que cuenta el albergue": the shelter\'s own beds, said again far from its 120',
    text: draft(['En Metetí, el albergue de la parroquia dispone de 120 camas, dijo su coordinadora.', '', 'La ruta sigue abierta.', '', 'Muchos siguen hacia el norte.', '', 'Según ella, las 80 camas con que cuenta el albergue se llenaban cada noche durante 2023.'], 'es'),
    errors: [{ messageId: 'restated', line: 11, column: 17, severity: 'warning' }],
  },
  {
    name: '"the 60 families her church has helped this year arrived …" repeats the verb of "has helped 45 families since January"',
    text: draft(['The church has helped 45 families who crossed the Darién since January.', '', 'Most came from Venezuela.', '', 'Many still wait for news.', '', 'Pastor Montes said the 60 families her church has helped this year arrived with little.']),
    errors: [{ messageId: 'restated', line: 10, column: 24, severity: 'warning' }],
  },
  {
    name: '"All 20 of them" after the one count of the sentence before ("eight migrants were staying there")',
    text: draft(['At the station a guard said eight migrants were staying there.', 'All 20 of them were heading back south.']),
    errors: [{ messageId: 'restated', line: 5, column: 5, severity: 'warning' }],
  },
  {
    name: '"All thirty of those bunks" after "fourteen bunks", both in words',
    text: draft(['The church shelter had fourteen bunks in 2023.', 'All thirty of those bunks were taken most nights.']),
    errors: [{ messageId: 'restated', line: 5, column: 5, severity: 'warning' }],
  },
  {
    name: 'a count said as someone\'s, in words: "her three children" then "her four children" (adjacent counts, whose intervals only touch)',
    text: draft(['Páez crosses the river with her three children.', 'Páez and her four children reached the station two days later.']),
    errors: [{ messageId: 'restated', line: 5, column: 14, severity: 'warning' }],
  },
  {
    name: '"The 39 deportees on that August flight" points back ("that"), where "in this gallery" narrows',
    text: draft(['A first flight on Aug. 20 carried 29 deportees to Colombia.', 'The 39 deportees on that August flight were returned to Colombia.']),
    errors: [{ messageId: 'restated', line: 5, column: 5, severity: 'warning' }],
  },
  {
    name: 'a possessive set far back: "41 staff members" at the top, "Our 38 staff members" five paragraphs on',
    text: draft(['- 41 staff members in three countries', '', 'Boats patrol the river.', '', 'The camps are full.', '', 'The rains came early.', '', 'Our 38 staff members were joined by 126 volunteers.']),
    errors: [{ messageId: 'restated', line: 12, column: 5, severity: 'warning' }],
  },
  {
    name: 'e02: "Those 90 patients" two paragraphs after "60 patients in a single morning"',
    text: draft(['A nurse said she once treated 60 patients in a single morning.', '', 'She started at the post in 2019.', '', 'Those 90 patients in one morning were mostly children.']),
    errors: [{ messageId: 'restated', line: 8, column: 7, severity: 'warning' }],
  },
  {
    name: 'e07: "Those 767 survivors" one line after "676 survivors"',
    text: draft(['Doctors treated 676 survivors of sexual violence on the route last year.', 'Those 767 survivors deserve more than wire.']),
    errors: [{ messageId: 'restated', line: 5, column: 7, severity: 'warning' }],
  },
  {
    name: '"the 60 patients" refers back to 90 patients in the paragraph before',
    text: draft(['She treated 90 patients that morning.', 'The 60 patients were mostly children.']),
    errors: [{ messageId: 'restated', line: 5, column: 5, severity: 'warning' }],
  },
  {
    name: '"the 500 people who slept at San Vicente on Sunday" retells "350 people slept there on Sunday night"',
    text: draft(['At the San Vicente station a nurse said 350 people slept there on Sunday night.', 'The 500 people who slept at San Vicente on Sunday had mostly come from Venezuela.']),
    errors: [{ messageId: 'restated', line: 5, column: 5, severity: 'warning' }],
  },
  {
    name: 'Spanish: "Las 73 personas alojadas el miércoles en Lajas Blancas" retells "acogía este miércoles a 37 migrantes"',
    text: draft(['La estación de Lajas Blancas acogía este miércoles a 37 migrantes.', 'Las 73 personas alojadas el miércoles en Lajas Blancas esperaban su traslado.'], 'es'),
    errors: [{ messageId: 'restated', line: 6, column: 5, severity: 'warning' }],
  },
  {
    name: '"these same 80 patients" against 60',
    text: draft(['She treated 60 patients that morning.', 'By noon these same 80 patients had been sent home.']),
    errors: [{ messageId: 'restated', line: 5, column: 20, severity: 'warning' }],
  },
  {
    name: 'Spanish: "Esos 131 pacientes" after "113 pacientes"',
    text: draft(['En 2023 llegaron 113 pacientes al hospital.', 'Esos 131 pacientes eran niños.'], 'es'),
    errors: [{ messageId: 'restated', line: 6, column: 6, severity: 'warning' }],
  },
  {
    name: 'far back, "All 36 lots" after "The sale comprises 24 lots"',
    text: draft(['The sale comprises 24 lots, all given by the photographers.', '', 'Lot 1 is a river crossing.', '', 'Lot 2 is a camp at dawn.', '', 'Lot 3 is a boat at Necoclí.', '', 'All 36 lots carry a premium that goes to the clinic.']),
    errors: [{ messageId: 'restated', line: 12, column: 5, severity: 'warning' }],
  },
  {
    name: 'far back, "Ruiz\u2019s 52 photographs" after "Ana Ruiz\u2019s 40 photographs"',
    text: draft(['Layout: Ana Ruiz\u2019s 40 photographs from the dock.', '', 'Boats patrol the river.', '', 'The camps are full.', '', 'The rains came early.', '', 'Choose two of Ruiz\u2019s 52 photographs for the cover.']),
    errors: [{ messageId: 'restated', line: 12, column: 22, severity: 'warning' }],
  },
  {
    name: 'the writer\u2019s own sample told with another verb of the same review: "We examined 14 grants … the 21 grants we reviewed"',
    text: draft(['We examined 14 grants awarded between 2022 and 2024.', '', 'Boats patrol the river.', '', 'The camps are full.', '', 'The rains came early.', '', 'Across the 21 grants we reviewed, none could be scaled back.']),
    errors: [{ messageId: 'restated', line: 12, column: 12, severity: 'warning' }],
  },
  {
    name: 'two words qualify the plural counted: "14 separate official releases … the 12 official releases we gathered"',
    text: draft(['In all we gathered 14 separate official releases.', 'This story rests on the 12 official releases we gathered.']),
    errors: [{ messageId: 'restated', line: 5, column: 25, severity: 'warning' }],
  },
  {
    name: 'a span given again: "those eight days on the trail" after "eleven days on the trail"',
    text: draft(['The reporter spent eleven days on the trail with the family.', 'In those eight days on the trail they lost a tent.']),
    errors: [{ messageId: 'restated', line: 5, column: 10, severity: 'warning' }],
  },
  {
    name: 'a span said as one\u2019s own: "My six hours on the river" after "four hours … on the river"',
    text: draft(['I rode four hours in a canoe on the river from Metetí.', 'My six hours on the river ended at a muddy landing.']),
    errors: [{ messageId: 'restated', line: 5, column: 4, severity: 'warning' }],
  },
  {
    name: 'the text\u2019s one earlier span of days, however far back: "over those fourteen days" after "nine days"',
    text: draft(['I stayed nine days, sleeping in a hammock.', '', 'Boats patrol the river.', '', 'The camps are full.', '', 'I think back over those fourteen days often.']),
    errors: [{ messageId: 'restated', line: 10, column: 25, severity: 'warning' }],
  },
  {
    name: 'a span said as someone\u2019s, named: "Barrios\u2019s 12 days on the trail" after "their crossing took nine days"',
    text: draft(['Our photographer Inés Barrios walked with the family; their crossing took nine days.', 'Day six of Barrios\u2019s 12 days on the trail: a camp under plastic.']),
    errors: [{ messageId: 'restated', line: 5, column: 22, severity: 'warning' }],
  },
  {
    name: 'years said as one\u2019s own, with a word of the earlier span: "In my 35 years in Yaviza" after "lived in Yaviza for 41 years"',
    text: draft(['I have lived in Yaviza for 41 years.', 'In my 35 years in Yaviza I never saw families sleeping in the church.']),
    errors: [{ messageId: 'restated', line: 5, column: 7, severity: 'warning' }],
  },
  {
    name: 'Spanish, "los 63 días de rodaje" with a word of the earlier sentence after it',
    text: draft(['El rodaje duró 41 días en Bajo Chiquito.', 'En los 63 días de rodaje aprendí mucho.'], 'es'),
    errors: [{ messageId: 'restated', line: 6, column: 8, severity: 'warning' }],
  },
  {
    name: 'a difference between the draft\u2019s own figures, both in its sentence: 113 − 40 is 73, not 20',
    text: draft(['In 2023 the clinic saw 113 patients, 20 more than the 40 patients it saw in 2022.']),
    errors: [{ messageId: 'comparison', line: 4, column: 38, severity: 'error' }],
  },
  {
    name: 'a ratio whose baseline is named by period and looked up among the draft\u2019s figures: 113 ÷ 40 is 2.8, not double (a warning: the pairing is lint\u2019s)',
    text: draft(['The clinic saw 40 patients in 2022.', 'In 2023 it saw 113 patients, double the number of 2022.']),
    errors: [{ messageId: 'comparison', line: 5, column: 30, severity: 'warning' }],
  },
  {
    name: 'a part bigger than the group its sentence opens with: "Of the 300 …, 450 were …"',
    text: draft(['Of the 300 patients seen in May, 450 were children.']),
    errors: [{ messageId: 'partOfGroup', line: 4, column: 34, severity: 'error' }],
  },
  {
    name: 'a part bigger than the group after "of the": "450 of the 300 patients"',
    text: draft(['Nurses said 450 of the 300 patients seen in May were children.']),
    errors: [{ messageId: 'partOfGroup', line: 4, column: 13, severity: 'error' }],
  },
  {
    name: 'a part bigger than the group before "of whom"',
    text: draft(['The clinic saw 300 patients in May, 450 of whom were children.']),
    errors: [{ messageId: 'partOfGroup', line: 4, column: 37, severity: 'error' }],
  },
  {
    name: 'Spanish, hedged: "De los 300 …, unos 450 eran niños"',
    text: draft(['De los 300 pacientes atendidos en mayo, unos 450 eran niños.'], 'es'),
    errors: [{ messageId: 'partOfGroup', line: 5, column: 41, severity: 'error' }],
  },
  {
    name: '"Of those 451 respondents" after "surveyed 415 people": a group\'s own word for people, the same digits in another order',
    text: draft(['Between May and July the charity surveyed 415 people at the two stations.', 'Most had slept outdoors for a week.', 'Of those 451 respondents, about half had lost their papers.']),
    errors: [{ messageId: 'transposed', line: 6, column: 10, severity: 'warning' }],
  },
  {
    name: '"De los 241 encuestados" after "entrevistamos a 214 migrantes": a survey\'s people, in Spanish',
    text: draft(['En marzo entrevistamos a 214 migrantes en las dos estaciones.', 'De los 241 encuestados, casi la mitad viajaba con niños.'], 'es'),
    errors: [{ messageId: 'transposed', line: 6, column: 8, severity: 'warning' }],
  },
  {
    name: '"counted 32 people" after "23 people aboard": a small count the registry holds for another metric (32 motors) settles nothing here',
    text: draft(['The family left Turbo in a canoe with 23 people aboard.', 'The river was high that week.', 'At the landing a guide counted 32 people as they stepped ashore.']),
    errors: [{ messageId: 'transposed', line: 6, column: 32, severity: 'warning' }],
  },
  {
    name: '"All three clinics ran out …, staff in Panama said" after "two clinics": a place elsewhere in the sentence narrows nothing',
    text: draft(['The charity runs two clinics along the route.', 'All three clinics ran out of bandages in May, staff in Panama said.']),
    errors: [{ messageId: 'restated', line: 5, column: 5, severity: 'warning' }],
  },
  {
    name: '"When I visited in November, the shelter had 90 beds … Today its 150 beds": a month and a day a few months apart, New Year between them, are no two years',
    text: draft(['When I visited in November, the parish shelter in Yaviza had 90 beds.', 'Today only a handful of its 150 beds are taken.']).replace('date: 2024-08-12', 'date: 2025-02-10'),
    errors: [{ messageId: 'remeasured', line: 5, column: 29, severity: 'warning' }],
  },
  {
    name: 'parts of a group split by spans of time that add up to more than the group',
    text: draft(['Of the 14,000 migrants who crossed in May, 9,000 did so in the first ten days and about 8,000 in the rest of the month.']),
    errors: [{ messageId: 'partsOfGroup', line: 4, column: 83, severity: 'warning' }],
  },
  {
    name: '… in Spanish ("en los primeros diez días y unos 8.000 en las tres semanas restantes")',
    text: draft(['De los 14.000 migrantes que cruzaron en mayo, 9.000 lo hicieron en los primeros diez días y unos 8.000 en las tres semanas restantes.'], 'es'),
    errors: [{ messageId: 'partsOfGroup', line: 5, column: 93, severity: 'warning' }],
  },
  {
    name: '"aquellos 40 voluntarios" after "una veintena de voluntarios": the noun a group word counts comes after "de"',
    text: draft(['En Metetí trabajaba una veintena de voluntarios de la Cruz Roja.', 'Hoy, de aquellos 40 voluntarios, quedan cinco.'], 'es'),
    errors: [{ messageId: 'restated', line: 6, column: 18, severity: 'warning' }],
  },
  {
    name: '"esas 25 enfermeras" after "una decena de enfermeras": "decena" counts the nurses after "de"',
    text: draft(['La clínica de Lajas Blancas tenía una decena de enfermeras en el turno de noche.', 'Esas 25 enfermeras dormían en el almacén.'], 'es'),
    errors: [{ messageId: 'restated', line: 6, column: 6, severity: 'warning' }],
  },
  {
    name: '"all four clinics" after "three clinics": "all" makes a number in words the whole set',
    text: draft(['The charity runs three clinics along the route.', 'All four clinics ran out of bandages in May.']),
    errors: [{ messageId: 'restated', line: 5, column: 5, severity: 'warning' }],
  },
  {
    name: '"all three ferries …, and families wait a week": "a week" after "wait" is how long, not a rate of the three',
    text: draft(['Two ferry lines cross the gulf to Capurganá.', 'Seats on all three ferry lines sell out early, and families wait a week or more for a place.']),
    errors: [{ messageId: 'restated', line: 5, column: 14, severity: 'warning' }],
  },
];

describe('internal-conflict', () => {
  draftCaseTester(findingsOf, { valid, invalid });

  it('names the earlier figure, its line and both ranges in the message', () => {
    const { report } = lintDrafts({ registry, drafts: [{ path: 'drafts/t.md', text: draft(['Doctors treated 676 survivors last year.', 'Those 767 survivors deserve more.']) }], minSeverity: 'info' });
    const finding = report.findings.find((f) => f.check === 'internal-conflict')!;
    expect(finding.message).toBe('"767" refers back to the 676 survivors of line 4, but does not agree with it (= 767 against = 676, allowing for rounding and hedges).');
    expect(finding.claims.map((c) => [c.role, c.figure])).toEqual([
      ['stated', '767'],
      ['earlier', '676'],
    ]);
  });

  it('can be turned off by --check and by an ignore comment', () => {
    const text = draft(['Doctors treated 676 survivors last year.', 'Those 767 survivors deserve more. <!-- darien-ignore internal-conflict -->']);
    const { report } = lintDrafts({ registry, drafts: [{ path: 'drafts/t.md', text }], minSeverity: 'info' });
    expect(report.findings.filter((f) => f.check === 'internal-conflict')).toEqual([]);
    expect(report.summary.ignored).toBe(1);
    const other = lintDrafts({ registry, drafts: [{ path: 'drafts/t.md', text: draft(['Doctors treated 676 survivors last year.', 'Those 767 survivors deserve more.']) }], minSeverity: 'info', checks: ['figure-conflict'] });
    expect(other.report.findings.filter((f) => f.check === 'internal-conflict')).toEqual([]);
  });
});
