/**
 * SARIF 2.1.0, for GitHub code scanning and other dashboards: one run, darien as its tool with a
 * rule per check (description, help, link to the check's page), and a result per finding located
 * at the figure, with the registry claims it conflicts with as related locations. A pure function
 * of the report; tests validate its output against the SARIF 2.1.0 JSON schema.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckMeta, Severity } from '../checks/types.js';
import type { Report } from '../report.js';
import { describeRegistryClaim, figureEnd, findingText } from './github.js';
import { jsonText } from './json.js';

export interface SarifOptions {
  /** The checks the report can name, in order (each becomes a rule). */
  readonly rules: readonly CheckMeta[];
  readonly version: string;
  /** The tool's home page; left out of the log when there is none to point at. */
  readonly informationUri: string | null;
  /**
   * Where the docs pages live, joined with a check's `docs` path ("docs/checks/x.md"); without it
   * every rule's helpUri is the home page, rather than a guessed address that may not exist.
   */
  readonly docsBaseUri?: string | null;
  /**
   * The repository's root (git's top level, else the working directory), absolute. Artifact URIs
   * are relative to it, under the base id %SRCROOT%, so a log reads the same from any directory.
   */
  readonly root: string;
  /** The directory the report's relative paths are relative to (the working directory), absolute. */
  readonly cwd: string;
}

/** The base id of every artifact inside the repository (GitHub code scanning and the SARIF spec's own example use it). */
export const SRCROOT = '%SRCROOT%';

interface ArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
}

/**
 * Where a report's path is, for SARIF: relative to the root under %SRCROOT% when inside it, else
 * an absolute file:// URI (a draft outside the repository; standard input's `<stdin>` is named as
 * if in the working directory, like any relative path). `key` is the same place as text that
 * does not depend on the working directory, for fingerprints.
 */
export function artifactLocation(path: string, options: Pick<SarifOptions, 'root' | 'cwd'>): ArtifactLocation {
  const absolute = isAbsolute(path) ? path : resolve(options.cwd, path);
  const inRoot = relative(options.root, absolute);
  if (inRoot === '' || inRoot.startsWith('..') || isAbsolute(inRoot)) return { uri: pathToFileURL(absolute).href };
  return { uri: pathToUri(inRoot), uriBaseId: SRCROOT };
}

/** The root as a file:// URI ending in "/", as SARIF requires of a base. */
function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A path as a relative URI reference: forward slashes, each segment percent-encoded. */
export function pathToUri(path: string): string {
  return path.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/');
}

/** A stable fingerprint (FNV-1a, 32 bits) so a dashboard can follow a finding across runs. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function formatSarif(report: Report, options: SarifOptions): string {
  const used = new Set(report.findings.map((f) => f.check));
  const rules = [...options.rules, ...[...used].filter((id) => !options.rules.some((r) => r.id === id)).map((id): CheckMeta => ({ id, description: id, severity: 'warning', docs: '', messages: {} }))];
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const helpUri = (rule: CheckMeta): string | null => (rule.docs && options.docsBaseUri ? new URL(rule.docs, options.docsBaseUri).href : options.informationUri);
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'darien',
            version: options.version,
            semanticVersion: options.version,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: rules.map((rule) => ({
              id: rule.id,
              // SARIF1001: a name that only repeats the id must be left out.
              ...(rule.id.includes('-') ? { name: rule.id.replace(/(^|-)(\w)/g, (_m, _dash: string, c: string) => c.toUpperCase()) } : {}),
              shortDescription: { text: rule.description.split(/(?<=\.)\s/)[0]! },
              fullDescription: { text: rule.description },
              ...(helpUri(rule) ? { helpUri: helpUri(rule) } : {}),
              help: {
                text: `${rule.description} See ${rule.docs || 'the docs'} for what triggers it, an example and the fix.`,
                markdown: `${rule.description}\n\nSee ${helpUri(rule) ? `[${rule.docs || 'the docs'}](${helpUri(rule)})` : `\`${rule.docs || 'the docs'}\``} for what triggers it, an example and the fix.`,
              },
              defaultConfiguration: { level: LEVEL[rule.severity] },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri(options.root) } },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((finding) => {
          const { file, line, column } = finding.location;
          const figure = (finding as { figure?: string }).figure ?? finding.claims[0]?.figure ?? '';
          const sentence = (finding as { sentence?: string }).sentence;
          const related = finding.claims.slice(1).filter((claim) => !claim.source.id.startsWith('draft:'));
          const end = figureEnd(finding);
          const artifact = artifactLocation(file, options);
          return {
            ruleId: finding.check,
            ruleIndex: ruleIndex.get(finding.check)!,
            level: LEVEL[finding.severity],
            message: { text: findingText(finding) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifact,
                  region: {
                    startLine: line,
                    startColumn: column,
                    // SARIF regions may span lines; endColumn is one past the figure's last character.
                    ...(end ? { endLine: end.line, endColumn: end.column } : {}),
                    ...(sentence ? { snippet: { text: sentence } } : {}),
                  },
                },
              },
            ],
            ...(related.length > 0
              ? {
                  relatedLocations: related.map((claim, i) => ({
                    id: i + 1,
                    physicalLocation: {
                      artifactLocation: artifactLocation(claim.location.file, options),
                      region: { startLine: claim.location.line, startColumn: claim.location.column },
                    },
                    message: { text: describeRegistryClaim(claim) },
                  })),
                }
              : {}),
            // The file as the log names it (root-relative, or a file:// URI outside the root), not
            // as the working directory did: the same finding from another directory is the same.
            partialFingerprints: { 'darienFinding/v1': fingerprint(`${finding.check}\u0000${artifact.uri}\u0000${figure}\u0000${sentence ?? finding.message}`) },
          };
        }),
      },
    ],
  };
  return jsonText(log, { pretty: true });
}
