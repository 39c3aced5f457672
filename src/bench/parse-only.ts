/**
 * The benchmark's baseline: read every YAML file of a registry and parse it, nothing else.
 * Run as its own process so it pays the same start-up and file reading as `darien check`.
 *   node dist/bench/parse-only.js <js-yaml|yaml> <dir>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
let count = 0;
for (const file of files(dir!)) {
  const data = parse(readFileSync(file, 'utf8')) as { claims?: unknown[] };
  count += data.claims?.length ?? 0;
}
process.stdout.write(`${count}\n`);
