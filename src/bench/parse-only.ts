/**
 * The benchmark's baselines, each run as its own process so it pays the same start-up and file
 * reading as `darien check`:
 *
 *   node dist/bench/parse-only.js <js-yaml|yaml> <dir>   read every YAML file and parse it, nothing else
 *   node dist/bench/parse-only.js keep <dir>             the same with js-yaml, but every parse is kept
 *                                                        and each source's archived text is read
 *
 * `keep` is the least any cross-checker must do before its first check: claims in one file are
 * checked against claims in every other, so all of them are held at once, and quotes are checked
 * against the archived texts. Held parses survive the young generation and cost the garbage
 * collector far more than parses dropped file by file, which is what the plain parse measures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function files(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files(full, out);
    else if (entry.name.endsWith('.yaml')) out.push(full);
  }
  return out;
}

const [parser, dir] = process.argv.slice(2);
let parse: (text: string) => unknown;
if (parser === 'yaml') {
  const YAML = await import('yaml');
  parse = (text) => YAML.parse(text);
} else {
  const jsYaml = (await import('js-yaml')).default;
  parse = (text) => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
}
const keep = parser === 'keep';
const kept: unknown[] = [];
let count = 0;
for (const file of files(dir!)) {
  const data = parse(readFileSync(file, 'utf8')) as { claims?: unknown[]; source?: { text?: unknown } };
  count += data.claims?.length ?? 0;
  if (!keep) continue;
  kept.push(data);
  const text = data.source?.text;
  if (typeof text === 'string') kept.push(readFileSync(resolve(dirname(file), text), 'utf8'));
}
process.stdout.write(`${count} ${kept.length}\n`);
