/**
 * The registry's valibot schemas compiled into plain functions, for the values that are valid.
 *
 * Why: `darien check` on a 100,000-claim archive spent about 160 ms in `v.safeParse`, which
 * builds a dataset, an issue list and a path for every field of every claim. Nearly every claim of
 * a registry is valid, and for a valid value all valibot gives is its output. A compiled function
 * returns that same output (trimmed strings, defaults filled in; the input itself when nothing
 * changes), or INVALID for anything it is not sure is valid; the loader then runs valibot itself,
 * for its issues and their paths. So this file need only be right about valid values, and a
 * schema it does not know (an action or schema type not listed below) does not compile at all:
 * valibot does all the work.
 * tests/registry/compile.test.ts holds it to valibot's output on the registry and on broken copies.
 */
import type * as v from 'valibot';

export const INVALID: unique symbol = Symbol('invalid');
export type Compiled = (value: unknown) => unknown;

// The parts of a valibot schema object read here: valibot 1's public schema shapes.
interface Node {
  readonly kind: string;
  readonly type: string;
  readonly pipe?: readonly Node[];
  readonly wrapped?: Node;
  readonly default?: unknown;
  readonly fallback?: unknown;
  readonly options?: readonly unknown[];
  readonly item?: Node;
  readonly items?: readonly Node[];
  readonly entries?: Readonly<Record<string, Node>>;
  readonly rest?: Node;
  readonly requirement?: unknown;
  readonly operation?: (value: unknown) => unknown;
}

const compiled = new WeakMap<object, Compiled | null>();

/** The compiled form of `schema`, or null when it uses something this compiler does not know. */
export function compileSchema(schema: v.GenericSchema): Compiled | null {
  let run = compiled.get(schema);
  if (run === undefined) {
    run = compileNode(schema as unknown as Node);
    compiled.set(schema, run);
  }
  return run;
}

function compileNode(node: Node): Compiled | null {
  if (!node.pipe) return compileBase(node);
  const [base, ...rest] = node.pipe.filter((item) => item.kind !== 'metadata');
  const first = base ? compileNode(base) : null;
  if (!first) return null;
  const actions: Compiled[] = [];
  for (const action of rest) {
    const run = compileAction(action);
    if (!run) return null;
    actions.push(run);
  }
  return (value) => {
    let out = first(value);
    for (let i = 0; i < actions.length && out !== INVALID; i++) out = actions[i]!(out);
    return out;
  };
}

function compileAction(action: Node): Compiled | null {
  switch (action.type) {
    case 'trim':
      return (value) => (value as string).trim();
    case 'min_length': {
      const min = action.requirement as number;
      return (value) => ((value as { length: number }).length < min ? INVALID : value);
    }
    case 'finite':
      return (value) => (Number.isFinite(value) ? value : INVALID);
    case 'check': {
      const requirement = action.requirement as (value: unknown) => boolean;
      return (value) => (requirement(value) ? value : INVALID);
    }
    case 'regex': {
      const pattern = action.requirement as RegExp;
      // A global or sticky pattern's lastIndex would carry over from one value to the next.
      if (pattern.global || pattern.sticky) return null;
      return (value) => (pattern.test(value as string) ? value : INVALID);
    }
    case 'transform': {
      const operation = action.operation!;
      return (value) => operation(value);
    }
    default:
      return null;
  }
}

function compileBase(node: Node): Compiled | null {
  switch (node.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? value : INVALID);
    case 'number':
      return (value) => (typeof value === 'number' && !Number.isNaN(value) ? value : INVALID);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : INVALID);
    case 'unknown':
      return (value) => value;
    case 'picklist': {
      const options = node.options!;
      return (value) => (options.includes(value) ? value : INVALID);
    }
    case 'optional':
    case 'nullish': {
      const wrapped = node.wrapped ? compileNode(node.wrapped) : null;
      // A default computed by a function is valibot's to call.
      if (!wrapped || typeof node.default === 'function') return null;
      const fallback = node.default;
      const absent = node.type === 'optional' ? (value: unknown) => value === undefined : (value: unknown) => value === undefined || value === null;
      return (value) => {
        if (absent(value)) {
          if (fallback === undefined || absent(fallback)) return fallback === undefined ? value : fallback;
          return wrapped(fallback);
        }
        return wrapped(value);
      };
    }
    case 'union': {
      const options = (node.options as Node[]).map(compileNode);
      if (options.some((option) => option === null)) return null;
      const runs = options as Compiled[];
      // valibot's union gives the output of the first option that accepts the value.
      return (value) => {
        for (const run of runs) {
          const out = run(value);
          if (out !== INVALID) return out;
        }
        return INVALID;
      };
    }
    case 'array': {
      const item = node.item ? compileNode(node.item) : null;
      if (!item) return null;
      return (value) => {
        if (!Array.isArray(value)) return INVALID;
        const out: unknown[] = [];
        let changed = false;
        for (const element of value) {
          const result = item(element);
          if (result === INVALID) return INVALID;
          if (result !== element) changed = true;
          out.push(result);
        }
        return changed ? out : value;
      };
    }
    case 'tuple': {
      const items = node.items!.map(compileNode);
      if (items.some((item) => item === null)) return null;
      const runs = items as Compiled[];
      // Items past the tuple's length are dropped, as valibot's (non-strict) tuple does.
      return (value) => {
        if (!Array.isArray(value)) return INVALID;
        const out: unknown[] = [];
        for (let i = 0; i < runs.length; i++) {
          const result = runs[i]!(value[i]);
          if (result === INVALID) return INVALID;
          out.push(result);
        }
        return out;
      };
    }
    case 'strict_object':
      return compileStrictObject(node);
    case 'object_with_rest':
      // An object whose other keys must be `never` takes exactly the keys a strict one takes.
      return node.rest?.type === 'never' ? compileStrictObject(node) : null;
    default:
      return null;
  }
}

function compileStrictObject(node: Node): Compiled | null {
  const entries = node.entries!;
  const fields: Array<{ key: string; run: Compiled; optional: boolean; hasDefault: boolean }> = [];
  for (const [key, schema] of Object.entries(entries)) {
    const run = compileNode(schema);
    if (!run || schema.fallback !== undefined) return null;
    const optional = schema.type === 'optional' || schema.type === 'nullish';
    fields.push({ key, run, optional, hasDefault: optional && schema.default !== undefined });
  }
  const known = new Set(fields.map((field) => field.key));
  return (value) => {
    // valibot takes arrays as objects too; what it makes of them is left to it.
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return INVALID;
    const input = value as Record<string, unknown>;
    for (const key in input) if (!known.has(key)) return INVALID;
    const out: Record<string, unknown> = {};
    // Whether the output differs from the input in anything but key order: a trimmed string, a
    // default filled in, a figure turned into a string. When it does not, the input itself is
    // returned. On a large archive the copies were a hundred thousand objects kept to the end.
    let changed = false;
    for (const { key, run, optional, hasDefault } of fields) {
      const present = key in input;
      if (!present && !hasDefault) {
        if (optional) continue;
        return INVALID;
      }
      const result = run(present ? input[key] : undefined);
      if (result === INVALID) return INVALID;
      if (!present || result !== input[key]) changed = true;
      out[key] = result;
    }
    return changed ? out : input;
  };
}

/** This module's file, for the fingerprint of the code the cache keeps validated inputs under. */
export const MODULE_URL = import.meta.url;
