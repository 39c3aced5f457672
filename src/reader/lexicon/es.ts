/**
 * The Spanish lexicon of the reader, for the registry's Spanish sources: as the English one
 * (en.ts), each entry with why and the examples it must and must not read. See docs/lexicon.md.
 */
import { loadLexicon, type LexiconEntry } from './lexicon.js';

export const SPANISH = [
  {
    id: 'baseline-before',
    on: 'before-period',
    pattern: /(?:(?:^|[^\p{L}])(?:respecto|con\s+respecto|en\s+comparación|frente)\s+(?:al?|del?)\s+(?:récord|máximo|pico|total|nivel|registro)(?:\s+(?:histórico|anual|récord))?(?:\s+(?:de|del|en))?\s*$)|(?:(?:^|[^\p{L}])comparad[oa]s?\s+con\s+(?:l[oa]s\s+)?(?:datos|cifras|números|registros)(?:\s+(?:registrad[oa]s|reportad[oa]s|contabilizad[oa]s|publicad[oa]s))?(?:\s+(?:en|de|del|durante))?\s*$)|(?:(?:^|[^\p{L}])(?:más|menos)\s+de\s+(?:l[oa]s|lo)\s+que\s+\p{L}+\s+(?:en\s+)?$)|(?:\bveces\s+(?:tod[oa]\s+)?lo\s+que\s+(?:\p{L}+\s+){1,4}(?:en\s+)?$)|(?:(?:más|menos|doble|triple|veces|mayor|menor)(?:\s+\p{L}+){0,3}?\s+que|(?:más|menos)\s+(?:alt[oa]s?|baj[oa]s?|grandes?)\s+(?:de|que)\s+(?:la|el|los|las)\s+(?:(?:registrad|reportad|contabilizad|observad)[oa]s?\s+)?(?:en\s+)?(?:tod[oa]\s+(?:el|la)\s+)?(?:año\s+)?|(?:duplic|triplic|cuadruplic|quintuplic|sextuplic|super)(?:a|an|ó|aron|aba|aban)\s+(?:(?:por\s+sí\s+sol[oa]s?|incluso|ya|holgadamente|ampliamente|con\s+creces)\s+)?(?:a\s+)?(?:al|el|la|los|las)(?:\s+(?:cifra|total|número|flujo|registro|conteo))?\s+de|multiplic(?:a|an|ó|aron)\s+por\s+(?:(?:más\s+de|casi|cerca\s+de|unas?)\s+)?[\p{L}\d.,]+\s+(?:(?:a\s+)?(?:al|el|la|los|las)(?:\s+(?:cifra|total|número|flujo|registro|conteo))?\s+de|(?:a\s+)?(?:lo|l[oa]s|el|la)\s+(?:registrad|reportad|contabilizad|observad)[oa]s?\s+(?:en\s+)?)|veces\s+(?:a\s+)?(?:el|la|los|las|lo)(?:\s+(?:cifra|total|número|flujo|registro|conteo|volumen|personas|migrantes|cruces|ingresos))?(?:\s+del\s+récord)?\s+de|respecto(?:\s+(?:a|al|de))?|en\s+comparación\s+(?:con|a|al)|en\s+contraste\s+con|por\s+(?:encima|debajo)\s+(?:de\s+(?:l[oa]s?\s+)?|del\s+)(?:\p{L}+\s+(?:y|o)\s+(?:de\s+(?:l[oa]s?\s+)?|del\s+)?)?|comparad[oa]s?\s+con|frente\s+a|frente\s+al|%\s+a\s+(?:las?|los?)(?:\s+(?:reportad[oa]s|registrad[oa]s|contabilizad[oa]s|cifras))?|(?:mitad|tercios?|(?:terceras?|cuartas?|quintas?|décimas?|centésimas?|milésimas?)\s+partes?|doble|triple|cu[aá]druple|qu[ií]ntuple|s[eé]xtuple)\s+(?:de\s+(?:la|el|lo)(?:\s+(?:cifra|total|número|flujo|registro|conteo))?(?:\s+de)?|del(?:\s+(?:total|flujo|registro|conteo))?(?:\s+de)?)|(?:terceras?|cuartas?|quintas?|décimas?|centésimas?|milésimas?)\s+partes?\s+de|de\s+cada\s+(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+(?:cruces|ingresos|tránsitos|llegadas|entradas)\s+de|(?:mitad|tercios?|cuartos?|(?:terceras?|cuartas?|quintas?|décimas?)\s+partes?)\s+de\s+tod[oa]s\s+l[oa]s\s+(?:cruces|ingresos|tránsitos|llegadas|registrados)\s+(?:de|del))(?:\s+(?:récord|máximo|pico|total)(?:\s+histórico)?(?:\s+(?:de|del))?)?(?:\s+(?:en|el|la|los|las|durante))?(?:\s+del?)?(?:\s+(?:el\s+)?año)?\s*$|(?:^|[^\p{L}])(?:super|rebas|exced)\p{L}*\s+en\s+(?:[^.;:]|\.(?=\d)){1,40}?\s+(?:(?:(?:a\s+)?(?:l[oa]s?|aquell[oa]s?)|al)(?:\s+(?:cifra|total|número|registro|flujo))?\s+(?:del?|en)|a)\s+$/iu,
    why: 'The Spanish of the English "baseline-before": a period after "el doble que en", "menos que el", "respecto al", "un tercio de la de" is what a figure is compared with.',
    examples: { reads: ['ya había caído un 58 % respecto del récord de ', 'frente al máximo histórico de ', 'un incremento del 110 % comparadas con los datos registrados en ', 'La cifra de 2021 superó en unas 127.000 personas a la de ', 'Octubre, con 25.904, superó por sí solo el total de ', 'superaron en unos 111.600 a los de ', 'superó en un 40 % a la de ', 'supera en un 60 % la de ', '2024 superó en un 22 % a ', 'sumaron 103.913 cruces, menos de los que registraría ', 'Es casi doce veces todo lo que cruzó ', 'más de cuatro veces las personas del récord de ', 'La cifra es 10 veces más alta de la registrada en todo el año ', 'multiplicó por más de seis la cifra de ', 'multiplicó por veinte lo registrado en ', 'unas 836 cada día, por encima de ', 'por encima de agosto y de ', 'el doble que en ', 'un 35% menos que el ', 'Ese total fue un 46 % mayor que el de ', 'respecto al ', 'una drástica caída respecto ', 'en comparación con ', 'un aumento considerable en comparación al ', 'supera un 40% a las reportadas en el año ', 'respecto al récord histórico de ', 'el flujo casi duplicó el de ', 'superó al de ', 'multiplicó por más de 17 el de ', 'era apenas un tercio de la de ', 'la mitad del total de ', 'más de dos tercios de todos los cruces de ', 'casi el doble de la de ', 'fue más del quíntuple de la de ', 'fue unas treinta veces el de ', 'casi la cuarta parte de ', 'tres de cada cuatro ingresos de '], not: ['cruzaron la selva en ', 'durante el mes de ', 'un 40% de los migrantes en '] },
  },
  {
    id: 'opens-next-clause',
    on: 'between',
    pattern: /,|(?:^|[^\p{L}])(?:y|mientras(?:\s+que)?)\s/u,
    why: "Spanish puts a period before its verb and figure (\"en 2020 se registraron 8.594\"): past a comma or \"y\", a period after a figure is mostly the next clause's.",
    examples: { reads: [', en 2020 se registraron ', ' y en 2021 '], not: [' personas en ', ' hoy '] },
  },
  {
    id: 'demonym-label-before',
    on: 'before-figure',
    pattern: /(?:^|[\s,:;(])((?:\p{Lu}\p{Ll}+)(?:ino|ina|ano|ana|eño|eña|ense|és|esa|ita))\s+$/u,
    why: 'The Spanish of the English "Venezuelan 69,568": a nationality right before a figure labels one group of the flow ("Venezolano 69.568"). Spanish names of nationalities do not end in "-an", as "Eran unas 1.400" and "Llegan unas 300" do.',
    examples: { reads: [' venezolanos: Venezolano ', ', Haitiana ', ': Hondureño '], not: ['**ÁBREGO:** Eran ', 'Llegan ', 'En enero '] },
  },
  {
    id: 'forecast-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:se\s+espera\s+que|se\s+esperan?|esperan?\s+que|se\s+prevé\s+que|prevé\s+que|prevén\s+que|se\s+proyecta\s+que|proyecta\s+que|proyectan\s+que|pronostica(?:n)?\s+que|se\s+estima\s+que|estiman?\s+que|calculan?\s+que|(?:habían|habían\s+ya|han|había|ha)\s+(?:estimado|proyectado|previsto|pronosticado)\s+una\s+cifra\s+de|(?:esperan?|prevén|prevé|anticipan?)\s+(?:la\s+llegada|el\s+paso|el\s+arribo|el\s+ingreso)\s+de|podrían?|alcanzar(?:ía|á)(?:n)?|superar(?:ía|á)(?:n)?|rondar(?:ía|á)(?:n)?|rebasar(?:ía|á)(?:n)?|(?:se\s+)?(?:superen?|rebasen?)|llegar(?:ía|á)(?:n)?\s+a|(?:cifra|número|total)\s+(?:estimad[oa]|proyectad[oa]|previst[oa])\s+(?:que\s+\p{L}+\s+)?para\s+(?:cerrar|terminar|finalizar)\s+el\s+año\s+(?:era|es|fue|sería)\s+de)(?:\s+[\p{L}\p{N}]+){0,4}\s+$/iu,
    why: 'Verbs of expecting or estimating before a figure ("se espera que unas 500.000", "podrían llegar a", "estiman que en 2024 unos 320.000"), and the future or conditional of reaching ("alcanzarán las 500 mil", "superaría los"): a forecast or an estimate, not a count.',
    examples: { reads: ['se espera que unas ', 'el número de migrantes alcanzará las ', 'el flujo superará los ', 'antes de finalizar agosto se supere los ', 'podrían llegar a ', 'las autoridades prevén que ', 'Unicef esperan la llegada de ', 'habían estimado una cifra de ', 'la cifra estimada que tenían para cerrar el año era de '], not: ['cruzaron ', 'en 2023 llegaron ', 'esperan en Necoclí ', 'han cruzado ', 'habían calculado que ', 'ha estimado un total de '] },
  },
  {
    id: 'estimate-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:se\s+estima|estiman?|se\s+calcula|calculan?)\s+que(?:\s+(?!(?:19|20)\d\d(?![\p{L}\p{N}]))[\p{L}\p{N}]+){0,4}\s+$/iu,
    why: '"se calcula que 196.371 personas recorrieron esta ruta": an estimate, which forecast-before sets aside unless the verb after the figure is past (past-verb-after): then it is an estimate of what happened, a count. Not with a year between ("estiman que en 2024 unos 320.000 pasaron", said in September): the estimate of a year is its projection.',
    examples: { reads: ['Hasta el 30 de junio, se calcula que ', 'las autoridades estiman que ', 'se estima que unos '], not: ['se espera que ', 'calculó ', 'estiman que en 2024 unos '] },
  },
  {
    id: 'past-verb-after',
    on: 'after-figure',
    pattern: /^\s+(?:[\p{L}]+\s+){0,3}?(?:\p{L}{3,}(?:aron|ieron)|(?:han|habían|ha|había)\s+\p{L}+(?:ado|ido))(?![\p{L}])/iu,
    why: 'A verb of the past after an estimated figure ("196.371 personas recorrieron", "unos 300.000 han cruzado"): the estimate is of what happened, not a forecast.',
    examples: { reads: [' personas recorrieron esta ruta', ' migrantes han cruzado', ' cruzaron'], not: [' personas cruzarán', ' migrantes crucen este año', ' personas en 2025'] },
  },
  {
    id: 'forecast-after',
    on: 'after-figure',
    pattern: /^\s*(?:[\p{L}-]+\s+){0,3}(?:podrían?|cruzarían|cruzarán|crucen|atravesarían|atravesarán|atraviesen|llegarían|llegarán|lleguen|ingresarían|ingresarán|ingresen)(?![\p{L}])|^\s*(?:[\p{L}-]+\s+)?(?:que\s+)?(?:se\s+)?(?:proyectaba|proyectaban|proyecta|proyectan|proyectó|proyectaron|preveía|preveían|prevé|prevén|previó|esperaba|esperaban|estimaba|estimaban)(?![\p{L}])/iu,
    why: 'The conditional, future or subjunctive of a crossing after the figure ("500.000 personas crucen"), or a figure someone projected ("un flujo de 800,000 que se proyectaban para este año"): a forecast.',
    examples: { reads: [' personas crucen la selva', ' migrantes podrían cruzar', ' llegarán este año', ' que se proyectaban para este año', ' migrantes que se preveían'], not: [' personas cruzaron', ' migrantes llegaron en mayo', ' que cruzaron en 2023'] },
  },
  {
    id: 'breakdown-before',
    on: 'before-figure',
    pattern: /(?:nacionalidad\s+\p{L}+\s+(?:la|el)\s+más\s+numeros[oa]|(?:nacionalidad\s+\p{L}+|(?:los|las)\s+\p{Ll}+s)\s+(?:encabeza|encabezan|encabezó|encabezaron|lidera|lideran|lideró|lideraron)\s+(?:la\s+lista|el\s+listado|el\s+conteo|el\s+ranking|las\s+cifras)(?:\s+de\s+[^,.;]{1,60}?)?\s+con|seguid[oa]s?\s+(?:de|por)\s+(?:la|el|los|las)\s+(?:nacionalidad\s+)?\p{Ll}+\s+con|(?:los|las)\s+de\s+\p{Lu}\p{L}+,?\s+con\s+un\s+total\s+(?:al\s+\d{1,2}\s+de\s+\p{L}+\s+)?de|(?:seguid[oa]s?\s+(?:de|por)|;|,?\s+y)\s+(?:(?:la|el)\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s*,?\s*(?:con\s+)?(?:(?:unos|unas|más de|casi|cerca de)\s+)?$/u,
    why: 'A breakdown by origin after a total ("siendo la nacionalidad venezolana la más numerosa con 55.589; seguida de Haití, 28.610; Ecuador, 16.992") counts one group at each figure, not the flow. A country after a semicolon counts only in a sentence that breaks down by nationality (breakdown-cue).',
    examples: { reads: ['siendo la nacionalidad venezolana la más numerosa con ', 'la nacionalidad venezolana encabeza la lista con ', 'la nacionalidad haitiana encabezó el listado de quienes cruzaron en 2023 con ', 'los haitianos lideran el conteo con ', 'seguida por la ecuatoriana con ', 'seguidos de los colombianos con ', 'predominan los de Venezuela, con un total al 31 de marzo de ', 'seguida de Haití, ', '; Ecuador, ', ', y la India, ', 'seguidos por Ecuador con unos '], not: ['En Panamá, ', 'cruzaron ', 'un total de ', 'seguida de cerca por ', 'encabeza la lista de países con ', 'seguida por la cifra de '] },
  },
  {
    id: 'breakdown-cue',
    on: 'sentence',
    pattern: /nacionalidad|seguid[oa]s?\s+(?:de|por)\s+(?:\p{Lu}|(?:la|el|los|las)\s+\p{Ll}+\s+con\s)/u,
    why: 'A sentence that breaks a total down by origin: only there is "; Ecuador, 16.992" one group\'s figure.',
    examples: { reads: ['siendo la nacionalidad venezolana la más numerosa', 'seguida de Haití, 28.610'], not: ['En Panamá; Colombia, 2.000 cruzaron.', 'seguida de cerca por la de 2022'] },
  },
  {
    id: 'aside-cue',
    on: 'sentence',
    pattern: /espera|prev[ée]|proyecta|pronostica|estima|calcula|podría|rían(?![\p{L}])|rán(?![\p{L}])|crucen|lleguen|atraviesen|ingresen|super[ea]n?(?![\p{L}])|rebasen?(?![\p{L}])/iu,
    why: 'A cheap look for the words a Spanish forecast needs: most sentences hold none, and then no figure is looked at.',
    examples: { reads: ['Se prevé que lleguen 500.000.', 'Las autoridades esperan más.'], not: ['Cruzaron 8.594 personas en 2020.', 'La cifra bajó en junio.'] },
  },
  {
    id: 'said-verbs',
    on: 'word',
    match: 'exact',
    words: [
      'dijo', 'informó', 'señaló', 'afirmó', 'aseguró', 'indicó', 'explicó', 'precisó', 'detalló', 'declaró',
      'reportó', 'agregó', 'añadió', 'destacó', 'sostuvo', 'advirtió',
      // "el mandatario cifró en 511.103 los migrantes": verbs that put a figure, not only say.
      'cifró', 'calculó', 'estimó', 'situó', 'citó', 'mencionó', 'reveló', 'anunció', 'subrayó', 'recordó', 'apuntó', 'manifestó', 'comentó',
      // "Mulino habló de 511.103 cruces": speaking of a figure. (A compound past, "había cifrado el
      // jueves", is said-compound-before.)
      'habló',
      // "cuyas cifras difundió el jueves la agencia EFE": verbs of making a figure public.
      'difundió', 'divulgó', 'publicó',
    ],
    why: 'Verbs that credit a Spanish sentence to someone (", dijo Saravia", "Mulino aseguró"), as written: the patterns they build are case-sensitive.',
    examples: { reads: ['dijo', 'informó', 'aseguró', 'cifró', 'habló'], not: ['cruzó', 'Dijo'] },
  },
  {
    id: 'said-compound-before',
    on: 'before-period',
    pattern: /(?:^|[^\p{L}])(?:había|habían|ha|han|habría)\s+(?:dicho|cifrado|calculado|estimado|asegurado|situado|señalado|afirmado|informado|indicado|precisado|declarado|anunciado|explicado|revelado|reportado|mencionado)\s+(?:el\s+|este\s+|ese\s+)?$/iu,
    why: '"había cifrado el jueves 2 de enero en 511.103 los cruces de 2023", "El ministro había dicho el lunes que …": the day after a compound past of saying or putting a figure is when someone spoke, not the figure\'s period (attach-period.ts).',
    examples: { reads: ['El presidente había cifrado ', 'el ministro había dicho el ', 'Mulino ha asegurado este '], not: ['los cruces estimados en ', 'había cruzado el ', 'el total estimado en '] },
  },
  {
    id: 'made-public-before',
    on: 'before-period',
    pattern: /(?:^|[^\p{L}])(?:difundid[oa]s?|publicad[oa]s?|divulgad[oa]s?|revelad[oa]s?|dad[oa]s\s+a\s+conocer|presentad[oa]s?)\s+(?:el\s+|este\s+|esta\s+|ese\s+|esa\s+)?$/iu,
    why: '"según cifras del Servicio Nacional de Migración difundidas este martes": the day figures were made public is when they were said, as "figures released Tuesday" is (said-before), not the period of the figures beside it (attach-period.ts).',
    examples: { reads: ['según cifras del SNM difundidas ', 'datos publicados este ', 'cifras dadas a conocer el ', 'el informe presentado '], not: ['los migrantes cruzaron ', 'las cifras del ', 'los datos de '] },
  },
  {
    id: 'titles',
    on: 'word',
    match: 'exact',
    words: [
      'ministro', 'ministra', 'viceministro', 'viceministra', 'presidente', 'presidenta', 'director',
      'directora', 'subdirector', 'subdirectora', 'portavoz', 'vocero', 'vocera', 'canciller', 'jefe',
      'jefa', 'embajador', 'embajadora', 'mandatario', 'mandataria', 'gobernador', 'gobernadora', 'alcalde', 'alcaldesa', 'secretario', 'secretaria',
    ],
    why: 'Titles before a name or what it heads ("el ministro de Seguridad, Frank Ábrego"): who spoke, when no name follows.',
    examples: { reads: ['ministro', 'directora', 'portavoz', 'mandatario'], not: ['migrante', 'Ministro'] },
  },
  {
    id: 'spoken-year',
    on: 'sentence',
    pattern: /(?<=(?:^|[^\p{L}])(?:(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\s+(?:de|del)|en|desde|hasta|durante|año|(?:peor|mejor|primer|último|mayor|menor)\s+año(?:\s+\p{L}+){0,3}?\s+(?:fue|era)|entre)\s+|\d{4}\s*(?:y|a|al)\s+)dos\s+mil\s+(diez|once|doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|veintiuno|veintidós|veintitrés|veinticuatro|veinticinco|veintiséis|veintisiete|veintiocho|veintinueve)(?=\s*[,.;:)]|\s*$|\s+(?:y|e|se|la|el|los|las|hubo|fueron|fue|cruzaron|pasaron|llegaron|cuando|a|al|hasta|con|según|ya|no|solo|sólo|apenas|en|por)(?![\p{L}]))/giu,
    why: '"En dos mil dieciocho cruzaron …", "en octubre de dos mil veintiuno": a year said in words, as a radio or TV script writes it, after "en", "desde", a month and "de", is a year, not two thousand and eighteen (src/reader/spoken-years.ts). Not a count: "llegaron dos mil veinte personas", "unos dos mil quince migrantes".',
    examples: { reads: ['En dos mil dieciocho, por ejemplo,', 'desde diciembre de dos mil veinte.', 'La pandemia frenó el tránsito en dos mil veinte: cayó', 'entre 2020 y dos mil veintiuno.', 'el peor año fue dos mil dieciséis, con', 'el peor año del Darién fue dos mil dieciséis, con'], not: ['en lo que va del año fue dos mil veinte, según', 'llegaron dos mil veinte personas', 'en dos mil quince migrantes', 'unos dos mil veinte cruzaron', 'con dos mil veinte, la cifra'] },
  },
] as const satisfies readonly LexiconEntry[];

export const ES = loadLexicon('es', SPANISH);
