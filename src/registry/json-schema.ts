/**
 * The JSON Schemas (schema/source.schema.json, metrics.schema.json, config.schema.json,
 * verdicts.schema.json), made from
 * the valibot schemas the loader validates with, so an editor (VS Code's YAML extension, any
 * yaml-language-server client) completes and checks a registry file as darien would read it.
 *
 * The converter (@valibot/to-json-schema) is a development dependency: it is passed in by
 * scripts/registry-schema.mjs and the tests, never imported here, so darien's own code does not
 * load it and the shipped package does not need it. The loader validates a file in parts (the top
 * level, then each claim, so one bad claim does not hide the next); the documents below put the
 * parts together as one file is written.
 */
import * as v from 'valibot';
import { CHECKS } from '../checks/index.js';
import { CHECK_IDS } from '../config/check-ids.js';
import { configSchema } from '../config/schema.js';
import { HEDGES } from '../model/figure.js';
import { SCHEMA_FILES } from './schema-files.js';
import { catalogueSchema, claimSchema, metricSchema, sourceFileSchema, sourceSchema, verdictFileSchema, verdictSchema } from './schema.js';

/** What the converter is called with; the type of @valibot/to-json-schema's toJsonSchema, narrowed. */
export type Converter = (schema: v.GenericSchema, config: Record<string, unknown>) => Record<string, unknown>;


const closed = <const E extends v.ObjectEntries>(entries: E) => v.objectWithRest(entries, v.never());

/** A source file: its source (or the id of one defined in another file) and its claims. */
const sourceDocument = closed({
  ...sourceFileSchema.entries,
  source: v.union([sourceSchema.entries.id, sourceSchema]),
  claims: v.optional(v.array(claimSchema)),
});

const catalogueDocument = closed({ ...catalogueSchema.entries, metrics: v.array(metricSchema) });

const verdictsDocument = closed({ ...verdictFileSchema.entries, verdicts: v.array(verdictSchema) });

const TITLES = {
  source: ['darien source file', 'One source of the registry (claims/sources/*.yaml): the article or reference and the claims it states. See docs/registry.md.'],
  metrics: ['darien metric catalogue', 'The metric catalogue (claims/metrics.yaml): what each metric counts. See docs/registry.md.'],
  verdicts: ['darien verdicts', 'The fact-checkers\' verdicts (claims/verdicts.yaml): a rating of a claim, who decided, when, why and on what evidence. See docs/registry.md.'],
  config: ['darien config file', 'darien.config.yaml: the registry, the drafts\' date, the lowest severity, checks on or off and their severity, files to ignore. See docs/config.md.'],
} as const;

const DOCUMENTS = { source: sourceDocument, metrics: catalogueDocument, config: configSchema, verdicts: verdictsDocument } as const;

/**
 * The converter's settings. A closed mapping's rest is `never`, which converts to
 * `additionalProperties: {not: {}}`; written `false`, the same rule, editors say "property not
 * allowed". `trim` then `minLength(1)` (text that is not blank) is `pattern: \S`. `finite` has no
 * JSON Schema word and needs none: JSON has no infinity (YAML's .inf is in docs/registry.md). A
 * `check` is code (a verdict's date is a real calendar day): the editor takes any date-shaped
 * value there, and darien check says which day does not exist.
 */
const CONFIG = {
  target: 'draft-07',
  typeMode: 'input',
  errorMode: 'throw',
  ignoreActions: ['finite', 'check'],
  overrideAction: (context: { valibotAction: { type: string }; jsonSchema: Record<string, unknown> }) =>
    context.valibotAction.type === 'trim' ? { ...context.jsonSchema, pattern: '\\S' } : undefined,
  overrideSchema: (context: { valibotSchema: { type: string; rest?: { type: string } }; jsonSchema: Record<string, unknown> }) =>
    context.valibotSchema.type === 'object_with_rest' && context.valibotSchema.rest?.type === 'never'
      ? { ...context.jsonSchema, additionalProperties: false }
      : undefined,
};

/** Each schema file's name and its text, as scripts/registry-schema.mjs writes it. */
export function registryJsonSchemas(convert: Converter, checkIds: readonly string[] = CHECK_IDS): Array<{ file: string; text: string }> {
  return (['source', 'metrics', 'config', 'verdicts'] as const).map((kind) => {
    const body = convert(DOCUMENTS[kind], CONFIG);
    const [title, description] = TITLES[kind];
    // The converter's own $schema first, then a title and description an editor shows on hover.
    const { $schema, ...rest } = body;
    const schema = { $schema, title, description, ...rest };
    // The check ids are the checks' own, not the schema's: named here, an editor completes them.
    if (kind === 'config') (rest as { properties: { checks: { propertyNames: unknown } } }).properties.checks.propertyNames = { enum: [...checkIds] };
    if (kind === 'source') addSourceRules(rest as unknown as SourceDocument);
    if (kind === 'metrics') addMetricRules(rest as unknown as MetricsDocument);
    // What a verdict may settle: the findings of darien check's own checks, completed by name.
    if (kind === 'verdicts') {
      const verdict = (rest as unknown as VerdictsDocument).properties.verdicts.items.properties;
      verdict.settles.items.properties.check.enum = CHECKS.map((check) => check.meta.id);
      // The day of the decision, as the loader's check reads it (a pattern here; the calendar, 02-30, is darien's).
      verdict.date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
    }
    return { file: SCHEMA_FILES[kind], text: `${JSON.stringify(schema, null, 2)}\n` };
  });
}

type JsonObject = Record<string, unknown>;
interface SourceDocument {
  properties: { source: { anyOf: JsonObject[] }; claims: { items: { properties: JsonObject } } };
}
interface VerdictsDocument {
  properties: { verdicts: { items: { properties: { settles: { items: { properties: { check: JsonObject } } }; date: JsonObject } } } };
}
interface MetricsDocument {
  properties: { metrics: { items: JsonObject } };
}

/** "about" → "[Aa][Bb][Oo][Uu][Tt]": darien reads a hedge in any case, and a JSON Schema pattern has no flag for it. */
function anyCase(words: string): string {
  return [...words].map((char) => (char.toLowerCase() === char.toUpperCase() ? char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : `[${char.toUpperCase()}${char.toLowerCase()}]`)).join('');
}

/**
 * What the loader checks in code that a JSON Schema can say too, so an editor says it as it is
 * typed: a hedge from darien's table (completed from the enum, in any case by the pattern), and a
 * source whose outlet is unknown or whose date is inferred must say from what.
 */
function addSourceRules(document: SourceDocument): void {
  const words = HEDGES.map(([hedge]) => hedge);
  document.properties.claims.items.properties.hedge = { type: 'string', anyOf: [{ enum: words }, { pattern: `^(?:${words.map(anyCase).join('|')})$` }] };
  const source = document.properties.source.anyOf.find((branch) => branch.type === 'object')!;
  source.allOf = [
    { if: { properties: { page_date_inferred: { const: true } }, required: ['page_date_inferred'] }, then: { required: ['page_date_note'] } },
    { if: { properties: { outlet: { const: 'unknown' } }, required: ['outlet'] }, then: { required: ['outlet_inferred_from'] } },
  ];
}

/**
 * The loader's rules (src/registry/load.ts): a rate's kind requires what it is a rate of and per
 * what; only a level, a percentage or a sum of money is `once: true`.
 */
function addMetricRules(document: MetricsDocument): void {
  document.properties.metrics.items.allOf = [
    { if: { properties: { kind: { const: 'rate' } }, required: ['kind'] }, then: { required: ['rate_of', 'per'] } },
    { if: { properties: { kind: { enum: ['flow', 'rate', 'date'] } }, required: ['kind'] }, then: { properties: { once: { const: false } } } },
  ];
}
