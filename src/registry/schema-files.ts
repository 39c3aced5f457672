/** The registry's JSON Schema files in schema/, by the kind of registry file each describes. */
export const SCHEMA_FILES = { source: 'source.schema.json', metrics: 'metrics.schema.json' } as const;
