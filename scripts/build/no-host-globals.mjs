// Rollup plugin: keeps third-party modules from writing to the host page's global object.
//
// Kinship adds one global, `Kinship`. Lit records its versions on `globalThis` (litHtmlVersions,
// litElementVersions, reactiveElementVersions), keeps `litPropertyMetadata` there and polyfills
// `Symbol.metadata` (a built-in Kinship must not patch); zod keeps its config and registry there.
// None of that is needed by a private copy, so each write is rewritten here. Every rewrite must
// match, so that a dependency update that changes these lines fails the build instead of leaking a
// global (and a browser test checks the page's globals, too).

/** file path ending → [pattern, replacement] pairs; each pattern must match at least once. */
const rewrites = [
  ['lit-html/lit-html.js', [[/\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\)/g, 'void 0']]],
  [
    'lit-element/lit-element.js',
    [[/\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/g, 'void 0']],
  ],
  [
    '@lit/reactive-element/reactive-element.js',
    [
      [/\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/g, 'void 0'],
      [/Symbol\.metadata\?\?=Symbol\("metadata"\)/g, 'void 0'],
      [/\w+\.litPropertyMetadata\?\?=new WeakMap/g, 'void 0'],
      // Only standard (TC39) decorators use this map; Kinship uses Lit's legacy decorators.
      [/\blitPropertyMetadata\.get\(/g, '(new WeakMap).get('],
    ],
  ],
  [
    '@lit/reactive-element/decorators/property.js',
    [[/globalThis\.litPropertyMetadata/g, 'kinshipStandardDecoratorsUnsupported']],
  ],
  [
    'zod/v4/core/core.js',
    [
      [/\(_a = globalThis\)\.__zod_globalConfig \?\? \(_a\.__zod_globalConfig = \{\}\);\n/g, ''],
      [
        /export const globalConfig = globalThis\.__zod_globalConfig;/g,
        'export const globalConfig = {};',
      ],
    ],
  ],
  [
    'zod/v4/core/registries.js',
    [
      [
        /\(_a = globalThis\)\.__zod_globalRegistry \?\? \(_a\.__zod_globalRegistry = registry\(\)\);\n/g,
        '',
      ],
      [
        /export const globalRegistry = globalThis\.__zod_globalRegistry;/g,
        'export const globalRegistry = registry();',
      ],
    ],
  ],
];

export function noHostGlobals() {
  return {
    name: 'kinship-no-host-globals',
    transform(code, id) {
      const path = id.replaceAll('\\', '/');
      const entry = rewrites.find(([file]) => path.endsWith('/node_modules/' + file));
      if (!entry) return null;
      let result = code;
      for (const [pattern, replacement] of entry[1]) {
        if (!pattern.test(result))
          this.error(`${entry[0]} no longer contains ${pattern}: review the rewrite.`);
        pattern.lastIndex = 0;
        result = result.replace(pattern, replacement);
      }
      return { code: result, map: null };
    },
  };
}
