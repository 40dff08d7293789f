/**
 * Translations, in i18next's JSON format (v4): nested keys, `{{name}}` interpolation, and plural keys
 * by CLDR category (`key_one`, `key_few`, …, plus `key_zero` for a count of 0 in any language).
 *
 * English is the source: `common` is bundled here, and each widget brings its own namespace's English
 * strings with its view. Other languages are fetched from the configured locales URL with their
 * fallbacks (`pt-BR` → `pt` → `en`). A missing or malformed file means English for that namespace
 * and, when the language was asked for explicitly, one console warning. Text is tagged with the
 * language it is actually in (`shownLanguage`), and its direction comes from that language's script.
 *
 * Why not i18next itself: it is 13 KB gzipped, more than a translated page's whole allowance over an
 * English one, and Kinship uses only the part of it that `translator` below is. A test holds the two
 * to the same output for every string of every shipped language (`test/tools/translator.test.ts`),
 * so translators keep i18next's format, its tools and its documentation.
 */
import common from '../../locales/en/common.json' with { type: 'json' };
import { warnOnce } from './log.js';
import { nextTask } from './tasks.js';

export type Strings = { [key: string]: string | Strings };

/** A translate function: a key (`error.network`) and the values its text names, to text. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Every leaf a string: what a locale file must be. Markup is not checked here; the CLI does that. */
function isStrings(value: unknown): value is Strings {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((leaf) => typeof leaf === 'string' || isStrings(leaf))
  );
}

/**
 * The files to fetch for a language: `pt-BR` → [`pt-BR`, `pt`]. English is bundled, so `en` fetches
 * nothing, and neither does a regional English guessed from the page (`en-US`); one configured on
 * purpose (a program's `en-GB`, the `en-XA` pseudo-locale) is fetched.
 */
function fetchable(lng: string, explicit: boolean): string[] {
  const base = lng.split('-')[0];
  if (base === 'en') return explicit && lng !== 'en' ? [lng] : [];
  return base === lng ? [lng] : [lng, base];
}

/** A string at a dotted path (`error.network`), if there is one. */
function lookup(strings: Strings | undefined, key: string): string | undefined {
  let node: string | Strings | undefined = strings;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

// Made on first use and kept: building one loads locale data, tens of ms on a slow phone, which
// must not happen in the task that defines the widgets.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

let formatsWarmed = false;

/**
 * Makes a number format, a date format and plural rules once, each in a task of its own, and keeps
 * none. The first `Intl` formatter of a page loads ICU's locale data — in Chromium 100–250 ms at 4×
 * CPU, in one native call that cannot be split — and without this it lands in the task that renders
 * the first content (a count in a translation, a date, a time-zone check of a response). Called
 * when a widget starts loading its view, so it runs while the network is busy.
 */
export async function warmFormats(): Promise<void> {
  if (formatsWarmed) return;
  formatsWarmed = true;
  await nextTask();
  new Intl.NumberFormat().format(0);
  await nextTask();
  // In the device's time zone, whose rules every local date and time shown then needs.
  new Intl.DateTimeFormat().format(0);
  // Each service then loads its own data the first time: plurals are in every count translated.
  await nextTask();
  new Intl.PluralRules().select(0);
}

/** `value` written the way `code` writes numbers. */
function formatNumber(code: string, value: number): string {
  let format = numberFormats.get(code);
  if (!format) numberFormats.set(code, (format = new Intl.NumberFormat(code)));
  return format.format(value);
}

/** The CLDR plural category of `count` in `code` (`one`, `few`, …). */
function pluralCategory(code: string, count: number): string {
  let rules = pluralRules.get(code);
  if (!rules) pluralRules.set(code, (rules = new Intl.PluralRules(code)));
  return rules.select(count);
}

/**
 * Translates as i18next does with `fallbackLng: 'en'`: each namespace in turn, and within it each
 * language of `codes` in turn; in each, `key_zero` (for a count of 0), then the count's plural
 * category in that language, then the bare key. Unknown keys come back as the key; a `{{name}}`
 * without a value stays as written. Numbers are written the language's way (`1.000`, `٣`), as
 * i18next writes them with an `Intl.NumberFormat` formatter (`alwaysFormat`).
 */
export function translator(
  strings: (code: string, ns: string) => Strings | undefined,
  codes: string[],
  namespaces: string[],
): Translate {
  const find = (key: string, count: unknown) => {
    for (const ns of namespaces)
      for (const code of codes) {
        const bundle = strings(code, ns);
        if (!bundle) continue;
        const candidates =
          typeof count === 'number' ? [`${key}_${pluralCategory(code, count)}`, key] : [key];
        if (count === 0) candidates.unshift(`${key}_zero`);
        for (const candidate of candidates) {
          const text = lookup(bundle, candidate);
          if (text !== undefined) return text;
        }
      }
  };
  return (key, values = {}) =>
    (find(key, values.count) ?? key).replace(
      /\{\{\s*([\w.]+)\s*\}\}/g,
      (placeholder, name: string) => {
        const value = values[name];
        if (value === undefined) return placeholder;
        return typeof value === 'number' ? formatNumber(codes[0], value) : String(value);
      },
    );
}

/** Scripts written right to left (ISO 15924): Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam, … */
const RIGHT_TO_LEFT_SCRIPTS = /^(Adlm|Arab|Hebr|Mand|Nkoo|Rohg|Samr|Syrc|Thaa)$/;

export class Translations {
  /** Strings by language, then namespace. English holds the sources; others their fetched files. */
  private readonly bundles = new Map<string, Map<string, Strings>>([
    ['en', new Map([['common', common]])],
  ]);
  private readonly files = new Map<string, Promise<Strings | null>>();
  private readonly directions = new Map<string, 'ltr' | 'rtl'>();

  private bundle(code: string, ns: string): Strings | undefined {
    return this.bundles.get(code)?.get(ns);
  }

  private add(code: string, ns: string, strings: Strings): void {
    let namespaces = this.bundles.get(code);
    if (!namespaces) this.bundles.set(code, (namespaces = new Map()));
    if (!namespaces.has(ns)) namespaces.set(ns, strings);
  }

  /**
   * A widget's English strings: those its view shows arrive with the view, and each part that loads
   * later brings its own (a page downloads only the English it can show before any interaction).
   */
  addSource(ns: string, strings: Strings): void {
    const english = this.bundles.get('en')!;
    english.set(ns, { ...english.get(ns), ...strings });
  }

  /**
   * Makes `ns` available in `lng` (and its fallbacks). `fileUrl` gives a file's URL; `explicit` says
   * the language was configured rather than guessed from the page, so a missing file deserves a
   * warning.
   */
  async load(
    lng: string,
    ns: string,
    fileUrl: (lng: string, ns: string) => string,
    explicit: boolean,
  ): Promise<void> {
    const codes = fetchable(lng, explicit);
    const files = await Promise.all(
      codes.map((code) => this.file(fileUrl(code, ns), code, ns, explicit && code === lng)),
    );
    codes.forEach((code, index) => {
      const strings = files[index];
      if (strings) this.add(code, ns, strings);
    });
  }

  /** A locale file's strings, fetched once per URL; null when it is missing or malformed. */
  private file(url: string, lng: string, ns: string, warn: boolean): Promise<Strings | null> {
    let loading = this.files.get(url);
    if (!loading) {
      loading = fetchStrings(url).catch((error) => {
        if (warn)
          warnOnce(
            `The ${lng} translation of "${ns}" could not be used (${url}: ${String(error)}); showing English.`,
          );
        return null;
      });
      this.files.set(url, loading);
    }
    return loading;
  }

  /**
   * The language `ns` is actually shown in when `lng` is asked for: `lng` once a translation of it
   * (or of its base language) has arrived, otherwise English. Text is tagged with this language,
   * so a page in a language nobody has translated yet shows English as English — left to right,
   * read by a screen reader with an English voice — not as Arabic that happens to be in English.
   */
  shownLanguage(lng: string, ns: string): string {
    const base = lng.split('-')[0];
    const translated = base === 'en' || [lng, base].some((code) => this.bundle(code, ns));
    return translated ? lng : 'en';
  }

  /** A translate function bound to a language and a namespace (with `common` behind it). */
  t(lng: string, ns: string): Translate {
    const codes = [...new Set([lng, lng.split('-')[0], 'en'])];
    return translator((code, namespace) => this.bundle(code, namespace), codes, [ns, 'common']);
  }

  /**
   * The direction `lng` is written in, from its likely script. English needs no look-up, and the
   * look-up (`Intl.Locale#maximize`, which loads likely-subtags data) is made once per language.
   */
  dir(lng: string): 'ltr' | 'rtl' {
    if (lng.split('-')[0] === 'en') return 'ltr';
    let dir = this.directions.get(lng);
    if (!dir) {
      try {
        const { script } = new Intl.Locale(lng).maximize();
        dir = RIGHT_TO_LEFT_SCRIPTS.test(script ?? '') ? 'rtl' : 'ltr';
      } catch {
        dir = 'ltr';
      }
      this.directions.set(lng, dir);
    }
    return dir;
  }
}

async function fetchStrings(url: string): Promise<Strings> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const strings: unknown = await response.json();
  if (!isStrings(strings)) throw new Error('not an object of strings');
  return strings;
}

/**
 * A language tag in its usual case (`pt-br` → `pt-BR`, `zh-hant-tw` → `zh-Hant-TW`); throws if it is
 * not one. Not Intl's canonical form: that replaces deprecated codes (`tl` → `fil`, `iw` → `he`),
 * and a program hosting `tl/*.json` for its Tagalog speakers must get its `tl` files.
 */
export function languageTag(value: string): string {
  Intl.getCanonicalLocales(value); // throws a RangeError for anything that is not a tag
  return value
    .split('-')
    .map((part, index) =>
      index === 0
        ? part.toLowerCase()
        : part.length === 4 && /^[a-z]+$/i.test(part)
          ? part[0].toUpperCase() + part.slice(1).toLowerCase()
          : part.length === 2 || /^\d{3}$/.test(part)
            ? part.toUpperCase()
            : part.toLowerCase(),
    )
    .join('-');
}

/** The first valid tag among the candidates, in its usual case, else `en`. */
export function pickLanguage(candidates: ReadonlyArray<string | null | undefined>): string {
  for (const candidate of candidates) {
    if (!candidate || candidate === 'auto') continue;
    try {
      return languageTag(candidate);
    } catch {
      // Not a language tag (a host page's lang="english", say): try the next source.
    }
  }
  return 'en';
}
