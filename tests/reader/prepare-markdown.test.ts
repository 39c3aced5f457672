/**
 * What a markdown draft's reader reads as prose, as a table: each row a draft, the figures that
 * must be read from it with their line and column, and the numbers in it that must not be (code,
 * HTML, link targets and titles, footnote markers, MDX, struck-out text…). The figures are all
 * the quantities read, in order, so a number read from what is not prose fails its row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readDraft } from '../../src/drafts/draft.js';
import { buildCatalogue } from '../../src/drafts/metrics.js';
import { parsePeriod } from '../../src/model/period.js';
import { loadRegistry } from '../../src/registry/load.js';
import { maskMarkdown } from '../../src/text/markdown.js';
import { sectionsOf } from '../../src/reader/prepare-markdown.js';
import { copyInstall, removeInstallCopies } from '../cli/install-copy.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const catalogue = buildCatalogue(loadRegistry({ paths: [resolve(root, 'claims')] }).metrics);

/** The quantities read from a markdown draft: [figure, line, column]. */
function figuresOf(text: string): Array<[string, number, number]> {
  const draft = readDraft({ path: 'drafts/t.md', text }, { catalogue, date: parsePeriod('2024-07-17') });
  return draft.read.figures.filter((f) => f.kind === 'quantity').map((f) => [f.text, f.line, f.column]);
}

interface Row {
  readonly why: string;
  readonly text: string;
  /** Every quantity read, in order, with line and column. */
  readonly read: Array<[string, number, number]>;
  /** Numbers in the text that are not prose. */
  readonly notRead: readonly string[];
}

const ROWS: Row[] = [
  {
    why: 'a footnote marker is no figure, and the footnote text is read',
    text: 'In 2023, 520,085 migrants crossed the Darién Gap.[^2]\n\n[^2]: Panama counted 248,284 in 2022.',
    read: [['520,085', 1, 10], ['248,284', 3, 22]],
    notRead: ['2'],
  },
  {
    why: 'a footnote of one word is read, though CommonMark would take it for a link definition',
    text: 'Crossings fell.[^3]\n\n[^3]: 302,203',
    read: [['302,203', 3, 7]],
    notRead: ['3'],
  },
  {
    why: 'an HTML block, its attributes and its text, is not prose',
    text: '<div class="chart" data-total="999,999">\n<p>888,888 crossed</p>\n</div>\n\nThen 11,363 migrants crossed.',
    read: [['11,363', 5, 6]],
    notRead: ['999,999', '888,888'],
  },
  {
    why: 'a <script> is not prose to its end, past a blank line',
    text: '<script>\nconst total = 777,777;\n\nrender(666,666);\n</script>\n\nIn 2024, 302,203 migrants crossed.',
    read: [['302,203', 7, 10]],
    notRead: ['777,777', '666,666'],
  },
  {
    why: 'an HTML comment over a blank line',
    text: '<!--\n555,555\n\n444,444\n-->\nIn 2022, 248,284 migrants crossed.',
    read: [['248,284', 6, 10]],
    notRead: ['555,555', '444,444'],
  },
  {
    why: 'an inline comment and inline HTML',
    text: '11,363 crossed <!-- 222,222 --> the <span data-n="333">gap</span>.',
    read: [['11,363', 1, 1]],
    notRead: ['222,222', '333'],
  },
  {
    why: 'a link keeps its text; its target and title are not prose',
    text: 'The [AP](https://apnews.com/a/333333 "2024: 555,555 crossed") said 11,363 crossed.',
    read: [['11,363', 1, 68]],
    notRead: ['333333', '555,555'],
  },
  {
    why: 'a reference definition and its title are not prose; the label of a reference link neither',
    text: '[ap-2024]: https://apnews.com/444444 "222,222 crossed"\n\nThe [AP][ap-2024] said 11,363 crossed.',
    read: [['11,363', 3, 24]],
    notRead: ['444444', '222,222', '2024'],
  },
  {
    why: 'an image keeps its alt text, not its file or title',
    text: '![In 2023, 520,085 crossed](chart-2023-999.png "title 111")',
    read: [['520,085', 1, 12]],
    notRead: ['999', '111'],
  },
  {
    why: 'MDX import and export lines are not prose',
    text: 'import Chart from "./chart-2024.js"\nexport const total = 333333\n\nIn 2023, 520,085 migrants crossed.',
    read: [['520,085', 4, 10]],
    notRead: ['333333', '2024'],
  },
  {
    why: 'a paragraph starting "Import" or "export" in prose is read',
    text: 'Import duties rose 12 percent in 2023.\n\nexport 40,000 tons of coffee a year.',
    read: [['12 percent', 1, 20], ['40,000', 3, 8]],
    notRead: [],
  },
  {
    why: 'fenced code, past a blank line inside it',
    text: '```\n123,456\n\n654,321\n```\nIn 2023, 520,085 migrants crossed.',
    read: [['520,085', 6, 10]],
    notRead: ['123,456', '654,321'],
  },
  {
    why: 'fenced code in a list item',
    text: '- Item:\n\n  ```\n  123,456\n\n  654,321\n  ```\n\nIn 2023, 520,085 migrants crossed.',
    read: [['520,085', 9, 10]],
    notRead: ['123,456', '654,321'],
  },
  {
    why: 'indented code after a paragraph; a list item\'s indented paragraph is prose',
    text: 'Crossings fell.\n\n    total = 123,456\n\n- In 2023:\n\n    520,085 crossed.',
    read: [['520,085', 7, 5]],
    notRead: ['123,456'],
  },
  {
    why: 'inline code',
    text: 'See `300,549 in 2024` and 11,363 crossed.',
    read: [['11,363', 1, 27]],
    notRead: ['300,549'],
  },
  {
    why: 'struck-out text is what the draft no longer says',
    text: 'In 2023, ~~500,000~~ 520,085 migrants crossed.',
    read: [['520,085', 1, 22]],
    notRead: ['500,000'],
  },
  {
    why: 'character references are no figures',
    text: 'Some 11,363&nbsp;migrants crossed, &#8203;&#36; none.',
    read: [['Some 11,363', 1, 1]],
    notRead: ['8203', '36'],
  },
  {
    why: 'bare URLs and www. addresses',
    text: 'See www.example.org/2024/999 and https://x.org/888 and 11,363 crossed.',
    read: [['11,363', 1, 56]],
    notRead: ['999', '888'],
  },
  {
    why: 'headings and list items are read, with their columns',
    text: '## 520,085 crossings in 2023\n\n- 302,203 in 2024\n- 248,284 in 2022',
    read: [['520,085', 1, 4], ['302,203', 3, 3], ['248,284', 4, 3]],
    notRead: [],
  },
  {
    why: 'table cells are read; code in a cell is not',
    text: '| Year | Crossings |\n|---|--:|\n| 2023 | 520,085 |\n| 2024 | `999,999` |',
    read: [['520,085', 3, 10]],
    notRead: ['999,999'],
  },
  {
    why: 'a block quote with a link',
    text: '> The [AP](https://x.org/777) said 11,363 crossed.',
    read: [['11,363', 1, 36]],
    notRead: ['777'],
  },
];

describe('what a markdown draft reads as prose', () => {
  for (const row of ROWS) {
    it(row.why, () => {
      const read = figuresOf(row.text);
      expect(read).toEqual(row.read);
      for (const number of row.notRead) expect(read.map(([figure]) => figure).join(' | '), number).not.toMatch(new RegExp(`(?<![\\d,])${number}(?![\\d,])`));
    });
  }
});

describe('masking keeps offsets', () => {
  it('every row masks to the same length and lines, and keeps line breaks where they were', () => {
    for (const row of ROWS) {
      const { masked } = maskMarkdown(row.text);
      expect(masked.length, row.why).toBe(row.text.length);
      expect([...masked].map((c, i) => (c === '\n' ? i : -1)).filter((i) => i >= 0), row.why).toEqual([...row.text].map((c, i) => (c === '\n' ? i : -1)).filter((i) => i >= 0));
    }
  });
});

describe('which sections go to the parser', () => {
  // [text, whether each section is plain (read without the parser)]
  const cases: Array<[string, string, boolean[]]> = [
    ['prose', 'In 2023, 520,085 crossed.\nThe flow slowed.', [true]],
    ['a heading, a list item and a quote', '# Crossings\n\n- 302,203 in 2024\n\n> He said so.', [true, true, true]],
    ['a link', 'The [AP](https://x.org) said so.', [false]],
    ['a heading and an indented line after it (code)', '# Crossings\n    total = 1', [false]],
    ['an indented block after a blank line joins its section', 'Crossings fell.\n\n    code 1', [false]],
    ['a fence with a blank line inside is one section', '```\na\n\nb\n```\n\nText.', [false, true]],
    ['a script with a blank line inside is one section', '<script>\na\n\nb\n</script>\n\nText.', [false, true]],
    ['an unclosed fence takes the rest', '```\na\n\nText.', [false]],
    ['a URL', 'See https://x.org/1 now.', [false]],
    ['two markers', '- - nested', [false]],
  ];
  for (const [why, text, plain] of cases) it(why, () => expect(sectionsOf(text, 0).map((s) => s.plain)).toEqual(plain));
});

describe('comments for ignore directives', () => {
  it('are found in HTML blocks and inline, not in code', () => {
    const text = '<!-- darien-ignore -->\n\nIn 2023, 520,085 crossed. <!-- darien-ignore figure-conflict -->\n\n`<!-- not this -->`';
    expect(maskMarkdown(text).comments.map((c) => [c.body, c.start])).toEqual([['darien-ignore', 0], ['darien-ignore figure-conflict', 50]]);
  });
});

describe('the parser is loaded only by the commands that read text', () => {
  // The built bundle is one file (npm test builds first), in which esbuild wraps each module in an
  // initialiser run on its first import. A copy of it marks, when the markdown parser's module is
  // initialised, that it was; V8 compiles no function that is never called.
  // esbuild names the module by its real path from where the build ran: node_modules/… in a
  // checkout, ../main/node_modules/… in a worktree whose node_modules links to another checkout's.
  const MODULE = /"(?:[^"]*\/)?node_modules\/@lezer\/markdown\/dist\/index\.js"\(\)\{/;
  const install = copyInstall((bundle) => {
    const [wrapper] = MODULE.exec(bundle) ?? [];
    if (wrapper === undefined) throw new Error(`the bundle no longer holds a wrapper matching ${MODULE}: update this test`);
    return bundle.replace(wrapper, `${wrapper}process.stderr.write("markdown parser initialised\\n");`);
  });
  const initialises = (args: string[]) => install.run(args).stderr.includes('markdown parser initialised');
  const article = resolve(root, 'claims/archive', readdirSync(resolve(root, 'claims/archive')).find((name) => name.startsWith('000_'))!);

  it('lint and extract load it; check does not', () => {
    expect(initialises(['lint', resolve(root, 'tests/fixtures/drafts/wrong.md')])).toBe(true);
    expect(initialises(['extract', article, '--published', '2024-07-17'])).toBe(true);
    expect(initialises(['check'])).toBe(false);
  });
});

afterAll(removeInstallCopies);
