/**
 * darien.config.yaml's shape, as a valibot schema like the registry's (src/registry/schema.ts):
 * every problem of the file is reported at once, each unknown key by name. Keys are snake_case,
 * as the registry's are (page_date, period_words).
 */
import * as v from 'valibot';

export const SEVERITY_SETTINGS = ['off', 'error', 'warning', 'info'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

const path = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

// An absolute http(s) address, as `export --organisation-url` and `--base-url` take. A pattern
// (letter case spelt out: JSON Schema has no flags) so the JSON Schema checks it the same way.
const webAddress = v.pipe(v.string(), v.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+\S*$/, 'must be an absolute http(s) address'));

export const configSchema = v.objectWithRest(
  {
    /** The registry folder (or file), relative to the config file's folder. */
    registry: v.optional(path),
    /** The date of drafts whose front matter has none (lint --date). YAML's core schema keeps it a string. */
    date: v.optional(v.pipe(v.string('must be a date, YYYY-MM-DD'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD'))),
    min_severity: v.optional(v.picklist(['error', 'warning', 'info'])),
    /** Per check id: off, or the severity its findings take. Ids are checked against the checks (load.ts). */
    checks: v.optional(v.record(v.string(), v.picklist(SEVERITY_SETTINGS))),
    /** Files not to read when a folder is walked: globs relative to the config file's folder. */
    ignore: v.optional(v.array(path)),
    /** Who publishes the verdicts: ClaimReview's author (`darien export claimreview --organisation`). */
    organisation: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'))),
    /** The organisation's home page (--organisation-url). */
    organisation_url: v.optional(webAddress),
    /** A verdict with no url: is published at <base_url>#<claim id> (--base-url). */
    base_url: v.optional(webAddress),
  },
  v.never(),
);

export type ConfigInput = v.InferOutput<typeof configSchema>;
