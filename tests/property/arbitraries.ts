/**
 * Generators for darien's inputs: figures as a reporter writes them, drafts built from the
 * fixtures' phrasing, registries built from the schema and then damaged, and command lines of
 * real and bogus options. Each mixes the plausible with the hostile (control characters, line
 * breaks, GitHub and Azure workflow commands, bidirectional overrides), since untrusted text is
 * what the contract is about.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';

// --- hostile text ----------------------------------------------------------------------------

/** Payloads that would forge a line of CI output, or reach a terminal live, if printed raw. */
export const PAYLOADS = [
  '\n::error::FORGED',
  '\r\n::warning file=x.md,line=1::FORGED',
  '::error::FORGED',
  '\n##vso[task.setvariable variable=x]FORGED',
  '##[error]FORGED',
  '\n## FORGED heading',
  '\u001b]0;FORGED\u0007',
  '\u001b[31mred\u001b[0m',
  '\u202eFORGED\u202c',
  '\u0000',
  '\u0085::error::FORGED',
  '\u2028::error::FORGED',
  '\u2029##vso[x]FORGED',
  '\t',
  '\r',
  '%0A::error::FORGED',
  '|',
  '<script>',
  '\ufeff',
  '\ud83d\ude80',
  'é\u0301',
];

export const payload = fc.constantFrom(...PAYLOADS);

/** Short text of any kind, weighted toward the hostile. */
export const oddText = fc.oneof(
  { weight: 3, arbitrary: payload },
  { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** Text with hostile pieces spliced in. */
export function spiced(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(base, fc.array(fc.tuple(fc.nat(), oddText), { maxLength: 2 })).map(([text, pieces]) => {
    let out = text;
    for (const [at, piece] of pieces) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + piece + out.slice(i);
    }
    return out;
  });
}

// --- figures ---------------------------------------------------------------------------------

const HEDGE_WORDS = ['about', 'around', 'roughly', 'some', 'nearly', 'almost', 'more than', 'over', 'fewer than', 'less than', 'at least', 'up to', 'close to', 'just over', 'unas', 'más de', 'casi'];
const NUMBER_WORDS = ['one', 'two', 'three', 'ten', 'twelve', 'twenty', 'a hundred', 'three hundred', 'a thousand', 'twenty thousand', 'half a million', 'a million', 'a quarter of a million', 'two dozen', 'dozens', 'hundreds', 'thousands', 'a third', 'twice', 'quadrupled', 'mil', 'dos millones', 'cero'];
const SCALES = ['', '', '', ' million', ' billion', 'k', 'M', ' mil', ' millones', ' thousand', 'bn'];
const UNITS = ['', '', '', '%', ' percent', ' per cent', ' por ciento', ' a day', ' per day', ' a week', ' each month', ' per year', ' people', ' migrants', '$', ' dollars'];

function commas(n: bigint): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const numeral = fc.oneof(
  fc.nat({ max: 2_000_000 }).map(String),
  fc.nat({ max: 2_000_000 }).map((n) => commas(BigInt(n))),
  fc.bigInt({ min: 0n, max: 10n ** 40n }).map(commas),
  fc.bigInt({ min: 0n, max: 10n ** 400n }).map(String),
  fc.tuple(fc.nat({ max: 9999 }), fc.nat({ max: 999 })).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 999 })).map(([a, b]) => `${a}.${String(b).padStart(3, '0')}`),
  fc.constantFrom('1e308', '1e400', '-5', '−12', '0', '00', '0.0', '½', '¼', '١٢٣', '１２３', '12\u00a0345', '12\u202f345', '1,2,3', ',,,', '1..2', '.5', '5.', '9,99', 'NaN', 'Infinity', '0x10', '1_000'),
);

/** A figure as a reporter or a user at the command line might write it. */
export const figure: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.option(fc.constantFrom(...HEDGE_WORDS), { nil: '' }), numeral, fc.constantFrom(...SCALES), fc.constantFrom(...UNITS)).map(([h, n, s, u]) => `${h ? `${h} ` : ''}${u === '$' ? `$${n}${s}` : `${n}${s}${u}`}`) },
  { weight: 2, arbitrary: fc.tuple(fc.option(fc.constantFrom(...HEDGE_WORDS), { nil: '' }), fc.constantFrom(...NUMBER_WORDS), fc.constantFrom(...UNITS)).map(([h, w, u]) => `${h ? `${h} ` : ''}${w}${u}`) },
  { weight: 1, arbitrary: fc.tuple(numeral, numeral).map(([a, b]) => `${a} to ${b}`) },
  { weight: 1, arbitrary: spiced(numeral) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

// --- dates and periods -----------------------------------------------------------------------

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A YYYY-MM-DD date, mostly real, sometimes impossible (2024-02-30, month 13, year 0). */
export const isoDate: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.date({ min: new Date('2015-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 2, arbitrary: fc.tuple(fc.nat({ max: 9999 }), fc.nat({ max: 14 }), fc.nat({ max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`) },
  { weight: 1, arbitrary: fc.constantFrom('2024-02-29', '2023-02-29', '0000-01-01', '9999-12-31', '1000-01-01', '2024-06-31') },
);

/** What a registry's period field may hold: a year, a month, a day, a range, or nonsense. */
export const periodText: fc.Arbitrary<string | number> = fc.oneof(
  fc.integer({ min: 1990, max: 2030 }),
  fc.integer({ min: -10, max: 100000 }),
  isoDate,
  isoDate.map((d) => d.slice(0, 7)),
  fc.tuple(isoDate, isoDate).map(([a, b]) => `${a}/${b}`),
  fc.constantFrom('unknown', '2024-W05', '2024-Q3', 'P1Y', '2024-07-01/P17D', '2024-07-01/', '/2024', '', 'yesterday'),
);

// --- drafts ----------------------------------------------------------------------------------

const COUNTS = ['migrants', 'people', 'crossings', 'children', 'Venezuelans', 'migrantes', 'coyotes', 'flights', 'boats'];
const ACTIONS = ['crossed the Darién Gap', 'crossed the Darien Gap', 'made the crossing', 'passed through Panama', 'crossed into Panama', 'atravesaron la selva del Darién', 'were deported', 'were arrested', 'crossed the US border'];
const PERIODS = ['in 2023', 'in 2024', 'in 2021', 'this year', 'last year', 'since July 1', 'since July 1, 2024', 'in March 2022', 'in the first two months of 2022', 'from July 1 to July 17, 2024', 'last month', 'today', 'a day', 'per day', 'each week', 'in a typical year', 'between 2021 and 2023', 'in June 2025', 'so far this year', 'the same period last year', 'en 2023', 'in 999', 'in 0', 'in August, September and October', 'in August, September and October 2021', 'in December and January'];
const PREFIXES = ['', '', 'Panama said ', 'Officials said ', '**The big number:** ', 'Put another way, ', 'That was '];
const SUFFIXES = ['', '', ', Panama says', ', nearly twice as many', ', about 42 percent below the year before', ', down from 2,461 a day', ' (SENAFRONT)'];

/** One sentence in the fixtures' manner: a figure, what it counts, what happened, when. */
export const sentence: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...PERIODS), figure, fc.constantFrom(...COUNTS), fc.constantFrom(...ACTIONS), fc.constantFrom(...SUFFIXES)).map(([p, when, f, who, did, s]) => `${p}${when.charAt(0).toUpperCase()}${when.slice(1)}, ${f} ${who} ${did}${s}.`) },
  { weight: 3, arbitrary: fc.tuple(figure, fc.constantFrom(...COUNTS), fc.constantFrom(...ACTIONS), fc.constantFrom(...PERIODS)).map(([f, who, did, when]) => `${f} ${who} ${did} ${when}.`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('Mulino took office on', 'Blinken arrived on', 'The memorandum was signed on'), fc.constantFrom('July 1', 'July 2', 'July 1, 2024', 'June 31', 'February 30, 2023')).map(([a, b]) => `${a} ${b}.`) },
  { weight: 1, arbitrary: fc.tuple(figure, figure, fc.constantFrom(...PERIODS)).map(([a, b, when]) => `Crossings fell from ${a} to ${b} ${when}.`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

const MARKERS = ['<!-- darien-ignore -->', '<!-- darien-ignore figure-conflict -->', '<!-- darien-ignore-next-line rate-total -->', '<!-- darien-ignore nonsense -->', '<!-- expect: figure-conflict -->', '<!--', '-->'];

/** A block of markdown: a paragraph, a heading, a list, a table, a quote, code, a comment. */
const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.array(spiced(sentence), { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')) },
  { weight: 1, arbitrary: sentence.map((s) => `# ${s}`) },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((items) => items.map((s) => `- ${s}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom('2021', '2022', 'March 2023', 'July'), figure), { minLength: 1, maxLength: 4 }).map((rows) => `| Month | Crossings |\n|---|--:|\n${rows.map(([m, f]) => `| ${m} | ${f} |`).join('\n')}`) },
  { weight: 1, arbitrary: sentence.map((s) => `> ${s}`) },
  // A headline or a wire's slug in capitals: every pattern must read it case-blind, or leave it.
  { weight: 1, arbitrary: sentence.map((s) => s.toUpperCase()) },
  { weight: 1, arbitrary: sentence.map((s) => `\`\`\`\n${s}\n\`\`\``) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...MARKERS), sentence).map(([m, s]) => `${m}\n${s}`) },
  { weight: 1, arbitrary: fc.tuple(sentence, fc.constantFrom(...MARKERS)).map(([s, m]) => `${s} ${m}`) },
  { weight: 1, arbitrary: payload },
);

/** Front matter: a title and a date, either of which may be missing or wrong. */
const frontMatter: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(spiced(fc.constantFrom('Darién crossings', 'Panama says the crisis is easing')), isoDate).map(([t, d]) => `---\ntitle: ${JSON.stringify(t)}\ndate: ${d}\n---\n\n`) },
  { weight: 1, arbitrary: isoDate.map((d) => `---\ndate: ${d}\n---\n`) },
  { weight: 1, arbitrary: fc.constantFrom('', '---\n---\n', '---\ntitle: [unclosed\n---\n', '---\ndate: 2024-07-17\n', '---\ndate: yesterday\n---\n', '---\ndate: 2024-07-17T10:00:00Z\n---\n', '---\n: :\n---\n', '---\ndate: [2024]\n---\n', '---\ndate: 0999-05-18\n---\n') },
);

/** A whole draft. */
export const draft: fc.Arbitrary<string> = fc
  .tuple(frontMatter, fc.array(block, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([head, blocks, eol, bom]) => `${bom ? '\ufeff' : ''}${head}${blocks.join('\n\n')}\n`.replace(/\n/g, eol));

/** A file name for a draft: a real extension mostly, and sometimes hostile text in the name. */
export const draftName: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.constantFrom('draft', 'story', 'a b', 'ünï', '-x', '.hidden'), spiced(fc.constantFrom('draft', 'note'))), fc.constantFrom('.md', '.md', '.txt', '.markdown', '.mdx', '.MD', ''))
  .map(([name, ext]) => `${name.replace(/[/\u0000]/g, '_') || 'x'}${ext}`);

// --- registries ------------------------------------------------------------------------------

const METRIC_IDS = ['crossings', 'crossings-daily', 'returning', 'inauguration', 'margin'];
const KINDS = ['flow', 'rate', 'level', 'percentage', 'money', 'date'];

const metric = fc.record({
  id: fc.constantFrom(...METRIC_IDS),
  counts: fc.constantFrom('migrants crossing into Panama', 'people per day', 'winning margin'),
  kind: fc.constantFrom(...KINDS),
  unit: fc.constantFrom('people', 'percentage-points', 'USD', undefined),
  place: fc.constantFrom('Darién', 'Panama'),
  phrases: fc.option(fc.array(fc.constantFrom('crossed the Darién', 'per day', 'a day', 'took office'), { maxLength: 3 }), { nil: undefined }),
  rate_of: fc.option(fc.constantFrom(...METRIC_IDS), { nil: undefined }),
  per: fc.option(fc.constantFrom('day', 'week', 'month', 'year'), { nil: undefined }),
});

function claimOf(sourceId: string) {
  return fc.record({
    id: fc.tuple(fc.constantFrom(sourceId), fc.nat({ max: 5 })).map(([s, n]) => `${s}-c${n}`),
    quote: spiced(sentence),
    figure,
    value: fc.option(fc.oneof(fc.double({ noNaN: false }), fc.nat({ max: 1_000_000 })), { nil: undefined }),
    hedge: fc.option(fc.constantFrom(...HEDGE_WORDS, 'bogus'), { nil: undefined }),
    interval: fc.option(fc.tuple(fc.nat({ max: 1000 }), fc.nat({ max: 1_000_000 })), { nil: undefined }),
    unit: fc.option(fc.constantFrom('people', '%'), { nil: undefined }),
    per: fc.option(fc.constantFrom('day', 'week', 'month', 'year', 'decade'), { nil: undefined }),
    metric: fc.constantFrom(...METRIC_IDS, 'no-such-metric'),
    period: periodText,
    period_words: fc.constantFrom(...PERIODS),
    attribution: fc.array(fc.constantFrom('SENAFRONT', 'Panamanian government', 'Reuters'), { maxLength: 2 }),
    comparison: fc.option(
      fc.record({
        kind: fc.constantFrom('ratio', 'difference', 'percent-change', 'change', 'bogus'),
        direction: fc.constantFrom('increase', 'decrease'),
        subject: fc.constantFrom(`${sourceId}-c0`, `${sourceId}-c1`, 'nowhere'),
        baseline_period: periodText,
      }),
      { nil: undefined },
    ),
  });
}

const source = fc.constantFrom('s000', 's001', 'ref-a', '004').chain((id) =>
  fc.record({
    source: fc.record({
      id: fc.constant(id),
      kind: fc.constantFrom('article', 'reference'),
      outlet: spiced(fc.constantFrom('Test Wire', 'The Associated Press')),
      title: spiced(fc.constantFrom('A title', 'Darién')),
      author: fc.constantFrom('A', 'unknown'),
      page_date: fc.oneof(isoDate, periodText),
      page_date_inferred: fc.boolean(),
      republished_from: fc.option(fc.oneof(fc.constant('Reuters'), fc.record({ outlet: fc.constant('EFE'), date: isoDate })), { nil: null }),
      language: fc.constantFrom('en', 'es'),
      text: fc.constantFrom(`../archive/${id}.txt`, `${id}.txt`, '../archive/missing.txt', '/etc/hostname', '..', ''),
    }),
    claims: fc.array(claimOf(id), { maxLength: 4 }),
  }),
);

/** Replaces or removes the value at a random place in a parsed YAML tree, as a careless edit would. */
const damage = fc.tuple(fc.nat(), fc.constantFrom('drop', 'retype', 'unicode', 'huge', 'null', 'list', 'date'), fc.oneof(fc.string({ maxLength: 6 }), fc.double(), fc.constantFrom(1e308, -0, 2 ** 64, Number.MAX_SAFE_INTEGER + 2)));

function applyDamage(tree: unknown, [at, how, junk]: [number, string, unknown]): void {
  const holders: Array<[Record<string, unknown> | unknown[], string | number]> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach((child, i) => (holders.push([node, i]), walk(child)));
    else if (node && typeof node === 'object') for (const [key, child] of Object.entries(node)) holders.push([node as Record<string, unknown>, key]), walk(child);
  };
  walk(tree);
  if (holders.length === 0) return;
  const [holder, key] = holders[at % holders.length]!;
  const set = (value: unknown) => ((holder as Record<string | number, unknown>)[key] = value);
  const old = (holder as Record<string | number, unknown>)[key];
  if (how === 'drop') {
    if (Array.isArray(holder)) holder.splice(key as number, 1);
    else delete holder[key as string];
  } else if (how === 'retype') set(typeof old === 'string' ? 42 : typeof old === 'number' ? String(old) : junk);
  else if (how === 'unicode') set(`${String(old)}\u202e\u0000\u001b[2J::error::x\n##vso[y]`);
  else if (how === 'huge') set(typeof junk === 'number' ? junk : 1e308);
  else if (how === 'null') set(null);
  else if (how === 'list') set([old, old]);
  else set('2024-02-30/2023-13-01');
}

/** Edits on the YAML text itself: what a tree cannot express (duplicate keys, anchors, tabs). */
const TEXT_EDITS: Array<(text: string, at: number) => string> = [
  (t, at) => { const ls = t.split('\n'); const i = at % ls.length; ls.splice(i, 0, ls[i]!); return ls.join('\n'); },
  (t, at) => { const ls = t.split('\n'); ls.splice(at % ls.length, 1); return ls.join('\n'); },
  (t, at) => t.slice(0, at % (t.length + 1)),
  (t) => t.replace(/^(\s*)- id:/m, '$1- &anchor id:').replace(/(claims:\n)/, '$1  - *anchor\n'),
  (t) => `defaults: &d {kind: flow}\n${t.replace(/kind: flow/, '<<: *d')}`,
  (t) => t.replace(/ {2}/g, '\t'),
  (t) => `${t}\n---\nsecond: document\n`,
  (t) => `\ufeff${t}`,
  (t) => t.replace(/\n/g, '\r\n'),
  (t, at) => { const i = at % (t.length + 1); return `${t.slice(0, i)}\u0000\u0085${t.slice(i)}`; },
  (t) => t.replace(/page_date: ([^\n]+)/, 'page_date: !!timestamp $1'),
  (t) => t.replace(/value: ([^\n]+)/, 'value: 1e400'),
  (t) => t.replace(/figure: ([^\n]+)/, 'figure: !!binary aGVsbG8='),
  (t) => `a: &a [x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\n${t}`,
  (t) => `%YAML 1.1\n---\n${t}`,
  (t) => t.replace(/^claims:/m, 'claims: !!str'),
];

const textEdits = fc.array(fc.tuple(fc.nat({ max: TEXT_EDITS.length - 1 }), fc.nat()), { maxLength: 3 });
const yamlStyle = fc.record({ flow: fc.boolean(), lineWidth: fc.constantFrom(0, 20, 80) });

function render(tree: unknown, style: { flow: boolean; lineWidth: number }, edits: Array<[number, number]>): string {
  let text = stringify(tree, { collectionStyle: style.flow ? 'flow' : 'any', lineWidth: style.lineWidth });
  for (const [edit, at] of edits) text = TEXT_EDITS[edit]!(text, at);
  return text;
}

export interface RegistryFiles {
  /** Path inside the registry folder → text. */
  readonly files: Record<string, string>;
  readonly metricIds: readonly string[];
}

/** A registry folder: metrics.yaml, source files under sources/, their archived texts. */
export const registry: fc.Arbitrary<RegistryFiles> = fc
  .record({
    metrics: fc.array(metric, { minLength: 0, maxLength: 5 }),
    metricsStyle: yamlStyle,
    metricsDamage: fc.array(damage, { maxLength: 2 }),
    metricsEdits: textEdits,
    sources: fc.array(fc.tuple(source, yamlStyle, fc.array(damage, { maxLength: 2 }), textEdits, fc.boolean()), { maxLength: 4 }),
    emptyFiles: fc.subarray(['sources/empty.yaml', 'sources/comment.yaml', 'sources/nested/deeper.yml', 'notes.txt']),
  })
  .map(({ metrics, metricsStyle, metricsDamage, metricsEdits, sources, emptyFiles }) => {
    const catalogue: { metrics: unknown[] } = { metrics: metrics.map((m) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined))) };
    for (const d of metricsDamage) applyDamage(catalogue, d);
    const files: Record<string, string> = { 'metrics.yaml': render(catalogue, metricsStyle, metricsEdits) };
    sources.forEach(([file, style, damages, edits, archived], i) => {
      const tree = JSON.parse(JSON.stringify(file, (_k, v) => (v === undefined ? undefined : v))) as { source: { id: string }; claims: Array<{ quote: string }> };
      const quotes = tree.claims.map((c) => c.quote).join('\n');
      for (const d of damages) applyDamage(tree, d);
      files[`sources/${pad(i, 3)}-${file.source.id}.yaml`] = render(tree, style, edits);
      if (archived) files[`archive/${file.source.id}.txt`] = quotes;
    });
    for (const path of emptyFiles) files[path] = path.includes('comment') ? '# nothing yet\n' : '';
    return { files, metricIds: metrics.map((m) => m.id) };
  });

// --- command lines ---------------------------------------------------------------------------

/** Values an option may be given: right ones, wrong ones and hostile ones. */
const anyValue = fc.oneof(fc.constantFrom('', '-', '--', '-1', '0', '7', '1e3', 'table', 'json', 'NaN'), oddText);

function optionTokens(pool: ReadonlyArray<[string, fc.Arbitrary<string> | null]>): fc.Arbitrary<string[]> {
  const one: fc.Arbitrary<string[]> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(...pool).chain(([name, value]): fc.Arbitrary<string[]> =>
        value === null
          ? fc.constant([name])
          : fc.tuple(fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: anyValue }), fc.boolean()).map(([v, joined]) => (joined ? [`${name}=${v}`] : [name, v]) as string[]),
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom('--nope', '-x', '--format', '-f', '--', '--help', '-h', '--version', '-V', '--no-colour', '--check', '--registry').map((flag) => [flag]) },
    { weight: 1, arbitrary: oddText.map((t) => [`--${t}`]) },
  );
  return fc.array(one, { maxLength: 4 }).map((groups) => groups.flat());
}

const FORMAT_VALUES = fc.constantFrom('table', 'json', 'github', 'sarif', 'markdown', 'xml');
const SEVERITY_VALUES = fc.constantFrom('error', 'warning', 'info', 'debug');
const CHECK_IDS = ['comparison', 'event-date', 'figure-conflict', 'figure-lookalike', 'figure-value', 'magnitude', 'page-date', 'part-whole', 'quote-in-text', 'rate-total', 'relative-date', 'single-source', 'unchecked', 'no-such-check'];
const CHECK_VALUES = fc.constantFrom(...CHECK_IDS);
const PERIOD_VALUES = fc.oneof(fc.constantFrom('2023', '2024-07', '2024-07-01/2024-07-17', '2024-13', '9999', '0000', 'x'), periodText.map(String));

export const OPTIONS = {
  check: optionTokens([['--format', FORMAT_VALUES], ['-f', FORMAT_VALUES], ['--min-severity', SEVERITY_VALUES], ['--check', CHECK_VALUES], ['--no-color', null]]),
  lint: optionTokens([['--format', FORMAT_VALUES], ['-f', FORMAT_VALUES], ['--min-severity', SEVERITY_VALUES], ['--max-warnings', fc.constantFrom('-1', '0', '3', '-2', '1.5', 'many', '99999999999999999999')], ['--check', CHECK_VALUES], ['--date', isoDate], ['--stdin-filename', fc.oneof(draftName, oddText)], ['--cross-drafts', null], ['--no-color', null]]),
  claims: optionTokens([['--metric', fc.constantFrom(...METRIC_IDS, 'darien-crossings')], ['--source', fc.constantFrom('s000', 'Reuters', 'Associated Press')], ['--period', PERIOD_VALUES], ['--format', FORMAT_VALUES], ['-f', FORMAT_VALUES], ['--no-color', null]]),
  sources: optionTokens([['--metric', fc.constantFrom(...METRIC_IDS, 'darien-crossings')], ['--period', PERIOD_VALUES], ['--format', FORMAT_VALUES], ['-f', FORMAT_VALUES], ['--no-color', null]]),
  timeline: optionTokens([['--no-color', null]]),
  extract: optionTokens([['--published', isoDate], ['--source-id', fc.oneof(fc.constantFrom('005', 'ok.id', 'x_y'), oddText)], ['--language', fc.constantFrom('en', 'es', 'fr')]]),
} as const;

export type CommandName = keyof typeof OPTIONS;
export const COMMANDS = Object.keys(OPTIONS) as CommandName[];
