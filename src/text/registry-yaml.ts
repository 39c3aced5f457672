/**
 * YAML written for the registry by darien itself (`extract`, `import`), in the registry's style:
 * sentences in double quotes, attribution lists inline, a blank line before `claims:` and between
 * claims. The `yaml` package writes it because its Document keeps comments; the caller loads it.
 */
import type { Document, Scalar } from 'yaml';
import { escapeUnicode, needsQuoting } from './escape.js';

type YamlModule = typeof import('yaml');

/**
 * Styles the document and returns its text. `quoted` says which keys' string values are always
 * double-quoted. Any string holding a line break, a control, separator or bidi character, or a CI
 * command's "##[" is double-quoted too: escapeUnicode and guardOutput write those as \u escapes,
 * which only a double-quoted string reads back as the character, and a block scalar would start
 * lines with untrusted text.
 */
export function registryYaml(doc: Document, yaml: YamlModule, quoted: (key: string, value: string) => boolean, options: { json?: boolean } = {}): string {
  const { isScalar, isSeq, visit } = yaml;
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && needsQuoting(node.value)) node.type = 'QUOTE_DOUBLE';
    },
    Pair(_key, pair) {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      const value = isScalar(pair.value) ? pair.value.value : null;
      if (typeof value === 'string' && quoted(key, value)) (pair.value as Scalar).type = 'QUOTE_DOUBLE';
      if (key === 'attribution' && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  // JSON-style escapes keep a line break inside a quoted string on one line of the file.
  const text = escapeUnicode(doc.toString({ lineWidth: 0, flowCollectionPadding: false, blockQuote: false, doubleQuotedAsJSON: options.json === true }));
  return text.replace(/^claims:$/m, '\nclaims:').replace(/\n(  - id: )/g, '\n\n$1').replace('claims:\n\n  - id:', 'claims:\n  - id:');
}
