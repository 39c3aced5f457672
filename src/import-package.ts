/**
 * `import()` of a package left out of the bundle (vega and vega-lite, for charts).
 *
 * Why not `import()` where it is used: the bundle runs as a script through V8's code cache
 * (bin/load-bundle.cjs), and on Node 20 a script may call `import()` only under
 * --experimental-vm-modules. The launcher passes its own `import()` in as `__darienImport`; run
 * unbundled (dist/, tests) there is none, and the module's own `import()` works.
 */
declare const __darienImport: ((specifier: string) => Promise<unknown>) | undefined;

export function importPackage<T>(name: string): Promise<T> {
  return (typeof __darienImport === 'function' ? __darienImport(name) : import(name)) as Promise<T>;
}
