/**
 * Translations.
 *
 * English is the source: `common` is bundled here, and each widget brings its own namespace's English
 * strings with its view. English needs no translation engine, so it is read straight from those
 * strings, with i18next's rules for keys, plurals (`key_one`, `key_other`, `key_zero`) and `{{name}}`
 * interpolation (a test holds the two to the same output). Every other language goes through one
 * private i18next instance (`createInstance()`; a host page's own i18next is never touched), imported
 * the first time a translation file arrives: i18next is 13 KB gzipped, a third of the byte budget,
 * and most pages never need it. Translations are fetched from the configured locales URL with their
 * fallbacks (`pt-BR` → `pt` → `en`). A missing or malformed file means English for that namespace
 * and, when the language was asked for explicitly, one console warning. Text is tagged with the
 * language it is actually in (`shownLanguage`), and its direction comes from that language's script.
 */
import type { i18n as I18n, TFunction } from 'i18next';
import common from '../../locales/en/common.json' with { type: 'json' };
import { warnOnce } from './log.js';

export type Strings = { [key: string]: string | Strings };

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

const englishPlurals = new Intl.PluralRules('en');

/** English from the source strings of `namespaces` (the first that has the key wins). */
export function englishT(sources: ReadonlyMap<string, Strings>, namespaces: string[]): TFunction {
  const find = (key: string) => {
    for (const ns of namespaces) {
      const text = lookup(sources.get(ns), key);
      if (text !== undefined) return text;
    }
  };
  const t = (key: string, options: Record<string, unknown> = {}) => {
    const { count } = options;
    const plural =
      typeof count === 'number'
        ? (count === 0 && find(`${key}_zero`)) || find(`${key}_${englishPlurals.select(count)}`)
        : undefined;
    const text = plural ?? find(key) ?? key;
    // A variable without a value stays as written, as in i18next.
    return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (placeholder, name: string) =>
      options[name] === undefined ? placeholder : String(options[name]),
    );
  };
  return t as TFunction;
}

/** Scripts written right to left (ISO 15924): Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam, … */
const RIGHT_TO_LEFT_SCRIPTS = /^(Adlm|Arab|Hebr|Mand|Nkoo|Rohg|Samr|Syrc|Thaa)$/;

export class Translations {
  private readonly sources = new Map<string, Strings>([['common', common]]);
  private readonly files = new Map<string, Promise<Strings | null>>();
  private engine: I18n | null = null;
  private engineLoading: Promise<I18n> | null = null;
  private readonly directions = new Map<string, 'ltr' | 'rtl'>();

  /** A widget's English strings, which arrive with its view. */
  addSource(ns: string, strings: Strings): void {
    if (this.sources.has(ns)) return;
    this.sources.set(ns, strings);
    this.engine?.addResourceBundle('en', ns, strings);
  }

  /** i18next, imported and set up with the English sources the first time a translation is needed. */
  private i18next(): Promise<I18n> {
    this.engineLoading ??= import('i18next').then(({ default: i18next }) => {
      const instance = i18next.createInstance();
      void instance.init({
        lng: 'en',
        fallbackLng: 'en',
        ns: [...this.sources.keys()],
        defaultNS: 'common',
        resources: { en: Object.fromEntries(this.sources) },
        // Lit renders every value as text, so i18next must not HTML-escape it a second time.
        interpolation: { escapeValue: false },
        // i18next otherwise prints a sponsorship notice in the host page's console and sets a global.
        showSupportNotice: false,
        initAsync: false,
        returnNull: false,
      });
      return (this.engine = instance);
    });
    return this.engineLoading;
  }

  /**
   * Makes `ns` available in `lng` (and its fallbacks). `fileUrl` gives a file's URL; `explicit` says
   * the language was configured rather than guessed from the page, so a missing file deserves a
   * warning. i18next is imported only once a file has arrived: a page in a language nobody has
   * translated yet shows English without paying for the engine.
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
    if (!files.some(Boolean)) return;
    let engine: I18n;
    try {
      engine = await this.i18next();
    } catch (error) {
      this.engineLoading = null; // tried again next time
      warnOnce(`Translations could not be loaded (${String(error)}); showing English.`);
      return;
    }
    codes.forEach((code, index) => {
      const strings = files[index];
      if (strings && !engine.hasResourceBundle(code, ns))
        engine.addResourceBundle(code, ns, strings, true, true);
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
    const engine = this.engine;
    const translated =
      base === 'en' || [lng, base].some((code) => engine?.hasResourceBundle(code, ns));
    return translated ? lng : 'en';
  }

  /** A translate function bound to a language and a namespace (with `common` behind it). */
  t(lng: string, ns: string): TFunction {
    const translated = lng.split('-')[0] !== 'en' || this.engine?.hasResourceBundle(lng, ns);
    return this.engine && translated
      ? this.engine.getFixedT(lng, [ns, 'common'])
      : englishT(this.sources, [ns, 'common']);
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

/** The first valid tag among the candidates, canonicalised (`pt-br` → `pt-BR`), else `en`. */
export function pickLanguage(candidates: ReadonlyArray<string | null | undefined>): string {
  for (const candidate of candidates) {
    if (!candidate || candidate === 'auto') continue;
    try {
      return Intl.getCanonicalLocales(candidate)[0];
    } catch {
      // Not a language tag (a host page's lang="english", say): try the next source.
    }
  }
  return 'en';
}
