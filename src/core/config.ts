/**
 * Configuration: what each option means, how a value is checked, and how the sources are merged.
 *
 * Sources, lowest precedence first: defaults < the script tag's `data-*` < `window.KinshipConfig` <
 * `Kinship.configure()` < the element's own attributes. A value that fails its check is reported once
 * on the console (the option, the value, where it came from, the README section with the fix) and the
 * element shows a calm "not configured" state rather than guessing.
 */
import { docs, errorOnce, warnOnce } from './log.js';
import { languageTag } from './i18n.js';

export type Theme = 'light' | 'dark' | 'auto';

/** Something that happened in a widget, as `onEvent` and `Kinship.on()` receive it. */
export interface KinshipEvent {
  type: string;
  detail: unknown;
  target: HTMLElement;
}

export interface ResolvedConfig {
  /** The API's base URL, absolute, without a trailing slash. */
  endpoint: string;
  /** `auto`, or a canonical BCP 47 tag. */
  locale: string;
  /** Where a locale file is: `localeFile('pt-BR', 'check-in')`. */
  localeFile: (lng: string, ns: string) => string;
  theme: Theme;
  region: string | null;
  token: string | null;
  getToken: (() => unknown) | null;
  onEvent: ((event: KinshipEvent) => void) | null;
}

export type ConfigSource = 'script' | 'KinshipConfig' | 'configure' | 'element';

/** The raw options one source gave, as the admin wrote them. */
export type ConfigLayer = { source: ConfigSource; values: Record<string, unknown> };

export interface ConfigProblem {
  option: string;
  value: unknown;
  /** Where the value came from; `default` for a required option nobody set. */
  source: ConfigSource | 'default';
  message: string;
}

const where: Record<ConfigSource, (option: string) => string> = {
  script: (option) =>
    `data-${option.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())} on the script tag`,
  KinshipConfig: (option) => `window.KinshipConfig.${option}`,
  configure: (option) => `Kinship.configure({ ${option} })`,
  element: (option) => `the ${option} attribute of the element`,
};

// The checks are plain functions, not the contract's zod schemas: they run in the task that
// defines the widgets, and zod (its modules and schemas) then waits for the first response instead.
type Check = (value: unknown, base: string) => unknown;

/** `value` itself if it is a string; throws otherwise. */
function text(value: unknown): string {
  if (typeof value !== 'string') throw new Error();
  return value;
}

/** Checks that a value is a string `valid` accepts. */
function string(valid: (value: string) => boolean): Check {
  return (value) => {
    if (!valid(text(value))) throw new Error();
    return value;
  };
}

function fn(value: unknown) {
  if (typeof value !== 'function') throw new Error();
  return value;
}

/** Each option: how to check and normalise a value, and what to tell an admin when it is wrong. */
const options: Record<string, { check: Check; expected: string }> = {
  endpoint: {
    check: (value, base) => {
      const url = new URL(text(value), base);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error();
      return url.href.replace(/\/+$/, '');
    },
    expected: 'the http(s) URL of the Kinship API, e.g. https://portal.example.org/kinship-api',
  },
  locale: {
    // languageTag throws for anything that is not a BCP 47 tag.
    check: (value) => {
      if (value === 'auto') return value;
      if (text(value).length > 35) throw new Error();
      return languageTag(text(value));
    },
    expected: '"auto" or a language tag such as en, es, pt-BR or ar',
  },
  localesUrl: {
    check: string((template) => template.includes('{{lng}}') && template.includes('{{ns}}')),
    expected:
      'a URL template containing {{lng}} and {{ns}}, e.g. /kinship/locales/{{lng}}/{{ns}}.json',
  },
  theme: {
    check: string((theme) => ['light', 'dark', 'auto'].includes(theme)),
    expected: 'light, dark or auto',
  },
  // The contract's Region: ISO 3166 (`US`, `US-NJ`).
  region: {
    check: string((region) => /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(region)),
    expected: 'a region code such as US or US-NJ',
  },
  token: {
    check: string((token) => token.length >= 1 && token.length <= 8192),
    expected: 'the bearer token (a JWT) your portal minted for the signed-in person',
  },
  getToken: { check: fn, expected: 'a function returning the bearer token, or a promise of it' },
  onEvent: { check: fn, expected: 'a function receiving { type, detail, target }' },
};

export const optionNames = Object.keys(options);

/** The problem an element reports when no source set an endpoint. */
export function missingEndpoint(): ConfigProblem {
  errorOnce(
    `No endpoint is set: add data-endpoint="https://…" to the script tag (or an endpoint attribute ` +
      `to the element). ${docs('configuration')}`,
  );
  return {
    option: 'endpoint',
    value: undefined,
    source: 'default',
    message: options.endpoint.expected,
  };
}

/**
 * Merges the layers into one config. `scriptUrl` is where kinship.js was loaded from (locale files
 * default to `locales/{{lng}}/{{ns}}.json` next to it); `pageUrl` resolves relative URLs an admin wrote.
 */
export function resolveConfig(
  layers: readonly ConfigLayer[],
  scriptUrl: string,
  pageUrl: string,
): { config: ResolvedConfig; problems: ConfigProblem[] } {
  // Per option, the value of the highest layer that set it, or the problem with that value: an
  // invalid value still wins over lower layers, because guessing would hide the mistake.
  const chosen = new Map<string, { value: unknown } | { problem: ConfigProblem }>();
  for (const { source, values } of layers) {
    for (const [option, raw] of Object.entries(values)) {
      if (raw === undefined || raw === null) continue;
      const spec = options[option];
      if (!spec) {
        warnOnce(
          `Unknown option "${option}" in ${where[source](option)}; it is ignored. ${docs('configuration')}`,
        );
        continue;
      }
      try {
        chosen.set(option, { value: spec.check(raw, pageUrl) });
      } catch {
        chosen.set(option, { problem: { option, value: raw, source, message: spec.expected } });
        errorOnce(
          `Invalid ${option} ${typeof raw === 'function' ? 'function' : JSON.stringify(raw)} in ` +
            `${where[source](option)}: expected ${spec.expected}. ${docs('configuration')}`,
        );
      }
    }
  }
  const problems = [...chosen.values()].flatMap((entry) =>
    'problem' in entry ? [entry.problem] : [],
  );
  const value = (option: string) => {
    const entry = chosen.get(option);
    return entry && 'value' in entry ? entry.value : null;
  };

  const endpoint = value('endpoint') as string | null;
  const template = value('localesUrl') as string | null;
  const templateBase = template ? pageUrl : scriptUrl;
  const config: ResolvedConfig = {
    endpoint: endpoint ?? '',
    locale: (value('locale') as string | null) ?? 'auto',
    localeFile: (lng, ns) =>
      new URL(
        (template ?? 'locales/{{lng}}/{{ns}}.json').replace('{{lng}}', lng).replace('{{ns}}', ns),
        templateBase,
      ).href,
    theme: (value('theme') as Theme | null) ?? 'auto',
    region: value('region') as string | null,
    token: value('token') as string | null,
    getToken: value('getToken') as ResolvedConfig['getToken'],
    onEvent: value('onEvent') as ResolvedConfig['onEvent'],
  };
  return { config, problems };
}
