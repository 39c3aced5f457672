/** darien's JSON Schema files in schema/, by the kind of file each describes (the config's too). */
export const SCHEMA_FILES = { source: 'source.schema.json', metrics: 'metrics.schema.json', config: 'config.schema.json', verdicts: 'verdicts.schema.json' } as const;
