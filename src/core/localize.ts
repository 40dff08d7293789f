/**
 * `LocalizeController`: an element's language, its direction, and a translate function bound to both
 * and to the element's namespace. Language asked for, in order: the element's `locale` (or the
 * configured locale), the nearest `lang` in the page, the browser's languages, English; `lang` is the
 * one its text is actually shown in (English until a translation of the asked one arrives).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResolvedConfig } from './config.js';
import { pickLanguage, type Translate } from './i18n.js';
import { runtime } from './runtime.js';

export class LocalizeController implements ReactiveController {
  lang = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  t: Translate;
  private request = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.t = runtime().translations.t('en', 'common');
  }

  /** An element removed while its language loads does not need it applied. */
  hostDisconnected(): void {
    this.request++;
  }

  /** Settles the element's language for `config` and loads `namespace` in it; re-renders the host. */
  async use(config: ResolvedConfig, namespace: string): Promise<void> {
    const request = ++this.request;
    const explicit = config.locale !== 'auto';
    const lang = pickLanguage([
      explicit ? config.locale : null,
      this.host.closest('[lang]')?.getAttribute('lang'),
      document.documentElement.lang,
      ...navigator.languages,
    ]);
    const { translations } = runtime();
    await Promise.all(
      [namespace, 'common'].map((ns) => translations.load(lang, ns, config.localeFile, explicit)),
    );
    if (request !== this.request) return; // a later change won
    this.lang = translations.shownLanguage(lang, namespace);
    this.dir = translations.dir(this.lang);
    this.t = translations.t(this.lang, namespace);
    this.host.requestUpdate();
  }

  /** A date and/or time, in this language and the given time zone. */
  dateTime(value: string | number | Date, options: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(this.lang, options).format(new Date(value));
  }

  /**
   * A list the language's way (`a, b and c`; `a، b و c`), in parts: elements keep what they are, so
   * a caller can render each one (a name, a highlighted item) between the language's separators.
   */
  listParts(items: string[]): { type: string; value: string }[] {
    return new Intl.ListFormat(this.lang, { type: 'conjunction' }).formatToParts(items);
  }
}
