/**
 * Synthetic registries for the benchmark, shaped like a newsroom's archive: many source files of a
 * hundred claims each, over a few dozen metrics, periods of years, months and days, some figures
 * repeated by several sources and a few that conflict, every quote in its archived text.
 * Deterministic (seeded), so two runs time the same work.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CLAIMS_PER_SOURCE = 100;
const METRICS = 40;

function rng(seed: number): () => number {
  // mulberry32: small, fast, and the same sequence everywhere.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function catalogue(): string {
  const lines = ['metrics:'];
  for (let m = 0; m < METRICS; m++) {
    lines.push(
      `  - id: metric-${m}`,
      `    counts: people crossing border ${m}`,
      '    kind: flow',
      '    unit: people',
      `    place: Border ${m}`,
      `    phrases: ["crossed border ${m}"]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Writes a registry of `claims` claims under `dir` and returns the number of YAML files. */
export function writeSyntheticRegistry(dir: string, claims: number, seed = 1): number {
  const random = rng(seed);
  mkdirSync(join(dir, 'sources'), { recursive: true });
  mkdirSync(join(dir, 'archive'), { recursive: true });
  writeFileSync(join(dir, 'metrics.yaml'), catalogue());
  const sources = Math.ceil(claims / CLAIMS_PER_SOURCE);
  let written = 0;
  for (let s = 0; s < sources; s++) {
    const id = `s${String(s).padStart(6, '0')}`;
    const year = 2015 + Math.floor(random() * 10);
    const out: string[] = [
      'source:',
      `  id: "${id}"`,
      '  kind: article',
      `  outlet: Outlet ${s % 50}`,
      `  title: "Story ${s}"`,
      '  author: Staff',
      `  page_date: ${year + 1}-02-01`,
      '  page_date_inferred: false',
      `  text: ../archive/${id}.txt`,
      '',
      'claims:',
    ];
    const text: string[] = [];
    for (let c = 0; c < CLAIMS_PER_SOURCE && written < claims; c++, written++) {
      const metric = Math.floor(random() * METRICS);
      const shape = random();
      let period: string;
      let words: string;
      let scale = 1;
      if (shape < 0.4) {
        period = String(year);
        words = `in ${year}`;
        scale = 12;
      } else if (shape < 0.85) {
        const month = 1 + Math.floor(random() * 12);
        period = `${year}-${pad(month)}`;
        words = `in month ${month} of ${year}`;
      } else {
        const month = 1 + Math.floor(random() * 12);
        const day = 1 + Math.floor(random() * 20);
        period = `${year}-${pad(month)}-${pad(day)}/${year}-${pad(month)}-${pad(day + 7)}`;
        words = `in the week from ${year}-${pad(month)}-${pad(day)}`;
        scale = 0.25;
      }
      // Most sources agree on a figure for a metric and period; a few do not.
      const base = Math.round((10_000 + metric * 1_000) * scale);
      const value = random() < 0.97 ? base : base + 5_000 + Math.floor(random() * 1_000);
      const figure = value.toLocaleString('en-US');
      const quote = `Officials said ${figure} people crossed border ${metric} ${words}, story ${s} item ${c}.`;
      text.push(quote);
      out.push(
        `  - id: ${id}-c${c}`,
        `    quote: "${quote}"`,
        `    figure: "${figure}"`,
        `    value: ${value}`,
        `    metric: metric-${metric}`,
        `    period: ${period}`,
        `    period_words: "${words}"`,
        '    attribution: [Border Agency]',
        '',
      );
    }
    writeFileSync(join(dir, 'sources', `${id}.yaml`), out.join('\n'));
    writeFileSync(join(dir, 'archive', `${id}.txt`), text.join('\n'));
  }
  return sources + 1;
}
