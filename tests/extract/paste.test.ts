/**
 * "Ready to review and paste": the YAML extract prints, with the claims it left TODO taken out,
 * loads as a registry source, and its quotes and figures pass the registry's own citation checks.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runChecks } from '../../src/checks/index.js';
import { figureValue } from '../../src/checks/rules/figure-value.js';
import { quoteInText } from '../../src/checks/rules/quote-in-text.js';
import { extractArticle } from '../../src/extract/extract.js';
import { loadRegistry } from '../../src/registry/load.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const registry = loadRegistry({ cwd: root });

describe('extracted YAML pastes into a registry', () => {
  for (const id of ['000', '001', '002', '003', '004']) {
    it(`source ${id}`, () => {
      const source = registry.sources.get(id)!;
      const file = source.textPath.replace('../archive/', '');
      const text = readFileSync(join(root, 'claims/archive', file), 'utf8');
      const { yaml } = extractArticle({ text, fileName: file, published: source.pageDate, sourceId: `new-${id}`, metrics: registry.metrics });
      const data = parse(yaml);
      const kept = data.claims.filter((c: { metric: string; unit?: string }) => c.metric !== 'TODO' && c.unit !== 'TODO');
      expect(kept.length).toBeGreaterThanOrEqual(Math.ceil(0.6 * data.claims.length));
      const ids = new Set(kept.map((c: { id: string }) => c.id));
      for (const claim of kept) {
        for (const role of ['subject', 'baseline']) if (claim.comparison?.[role] && !ids.has(claim.comparison[role])) delete claim.comparison[role];
      }
      const dir = mkdtempSync(join(tmpdir(), 'darien-paste-'));
      mkdirSync(join(dir, 'sources'));
      mkdirSync(join(dir, 'archive'));
      copyFileSync(join(root, 'claims/metrics.yaml'), join(dir, 'metrics.yaml'));
      copyFileSync(join(root, 'claims/archive', file), join(dir, 'archive', file));
      writeFileSync(join(dir, 'sources/new.yaml'), yaml.replace(/\nclaims:[\s\S]*$/, '\n') + stringify({ claims: kept }));
      const pasted = loadRegistry({ paths: [dir], cwd: dir });
      expect(pasted.claims.length).toBe(kept.length);
      expect(runChecks(pasted, [quoteInText, figureValue]).map((f) => `${f.check}: ${f.message}`)).toEqual([]);
    });
  }
});
