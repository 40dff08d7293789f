// `npm run locales:check`: checks every locales/<lng>/<ns>.json against its English source,
// locales/en/<ns>.json, and explains each problem so that a volunteer translator can fix it.
// Usage: node scripts/locales-check.mjs [--dir <locales folder>] [--json]
// Exit code: 0 when all is well, 1 when there are problems, 2 when the command itself is wrong.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const SOURCE_LANGUAGE = 'en';
const REPOSITORY_LOCALES = fileURLToPath(new URL('../locales', import.meta.url));
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/;
// Texts are rendered as text, never as HTML: a tag or an entity would show up on screen as typed.
const MARKUP =
  /<\/?[a-z][a-z0-9-]*(?=[\s/>]|$)[^<>]{0,40}>?|<!--|&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/gi;
const VARIABLE = /\{\{(.*?)\}\}/g;
const SHOWN_TEXT_LENGTH = 100;
const SHOWN_LINE_LENGTH = 100;

const FOLDER_NAME_LABELS = ['folder name to fix', 'folder names to fix'];

/** Summary labels, in the order the summary lists them. */
const KINDS = {
  'invalid-json': ['file that is not valid JSON', 'files that are not valid JSON'],
  encoding: ['file not saved as UTF-8', 'files not saved as UTF-8'],
  'not-an-object': ['file that is not a JSON object', 'files that are not JSON objects'],
  'not-text': ['value that is not text', 'values that are not text'],
  'wrong-shape': ['key with the wrong shape', 'keys with the wrong shape'],
  'invalid-locale': FOLDER_NAME_LABELS,
  'non-canonical-locale': FOLDER_NAME_LABELS,
  'unknown-file': ['unknown file', 'unknown files'],
  'missing-file': ['missing file', 'missing files'],
  'missing-key': ['missing key', 'missing keys'],
  'extra-key': ['extra key', 'extra keys'],
  'missing-variable': ['missing variable', 'missing variables'],
  'unknown-variable': ['unknown variable', 'unknown variables'],
  markup: ['text with markup', 'texts with markup'],
};

// Node 20 says what went wrong in parser terms; a translator needs the usual cause.
const JSON_HINTS = [
  [
    /^Expected double-quoted property name/,
    'there is a comma after the last entry, or a key is not in double quotes',
  ],
  [/^Expected property name or '\}'/, 'a key is not in double quotes ("key": "text")'],
  [
    /^Expected ',' or '\}' after property value/,
    'a comma is missing after the previous entry, or a double quote inside a text is not written as \\"',
  ],
  [/^Expected ',' or '\]' after array element/, 'a comma is missing between two items of a list'],
  [
    /^Expected ':' after property name/,
    'a colon is missing between a key and its text ("key": "text")',
  ],
  [
    /^Bad control character in string literal/,
    'a text contains a line break or a tab; write \\n for a new line',
  ],
  [
    /^Bad escaped character|^Bad Unicode escape/,
    'a backslash starts something JSON does not know; write \\\\ for a backslash',
  ],
  [/^Unterminated string/, 'a text has no closing double quote'],
  [
    /^Unexpected end of JSON input/,
    'the file ends too early: a closing double quote or } is missing',
  ],
  [/^Unexpected non-whitespace character after JSON/, 'there is something after the last }'],
  [
    /^Unexpected token '[“”‘’']'/,
    'keys and texts need straight double quotes ("), not curly or single quotes',
  ],
  [/^Unexpected token/, 'texts must be in double quotes ("key": "text")'],
];

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

function usage() {
  return 'Usage: node scripts/locales-check.mjs [--dir <locales folder>] [--json]';
}

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        dir: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    return values;
  } catch (error) {
    console.error(`${error.message}\n${usage()}`);
    process.exit(2);
  }
}

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

const plural = (count, [one, many]) => `${count} ${count === 1 ? one : many}`;

const list = (items) =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

function shorten(text, length) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** How a path appears in messages: relative to where the check runs when inside it. */
function displayPath(path) {
  const fromHere = relative(process.cwd(), path);
  return fromHere && !fromHere.startsWith('..') ? fromHere : path;
}

function languageName(tag) {
  const name = languageNames.of(tag);
  return name && name !== tag ? name : tag;
}

function variablesOf(text) {
  const names = new Set();
  for (const [, inner] of text.matchAll(VARIABLE)) {
    // Kinship's translator fills in `{{name}}` only: i18next's `{{- name}}` and `{{date, datetime}}`
    // would show as typed, so they count as variables English does not have.
    const name = inner.trim();
    if (name) names.add(name);
  }
  return names;
}

const braces = (names) => list([...names].map((name) => `{{${name}}}`));

/** The nearest candidate within a couple of typing mistakes, for "did you mean …?". */
function closest(word, candidates) {
  const tolerance = Math.min(2, Math.floor(word.length / 3));
  const ranked = candidates
    .map((candidate) => ({ candidate, distance: editDistance(word, candidate) }))
    .filter(({ distance }) => distance <= tolerance)
    .sort((a, b) => a.distance - b.distance);
  return ranked[0]?.candidate;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn one word into the other. */
function editDistance(first, second) {
  const [a, b] = [first.toLowerCase(), second.toLowerCase()];
  const rows = [Array.from({ length: b.length + 1 }, (_, index) => index)];
  for (let i = 1; i <= a.length; i++) {
    rows[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      rows[i][j] = Math.min(
        rows[i - 1][j] + 1,
        rows[i][j - 1] + 1,
        rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      // Swapped letters ("retyr") are the commonest typo: count them as one edit.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

/** Which plural forms `tag` uses, as i18next reads them (it asks Intl.PluralRules too). */
function pluralCategories(tag, ordinal) {
  const { pluralCategories } = new Intl.PluralRules(tag, {
    type: ordinal ? 'ordinal' : 'cardinal',
  }).resolvedOptions();
  return PLURAL_CATEGORIES.filter((category) => pluralCategories.includes(category));
}

/** A few numbers that take a plural form, so a translator knows which form is which. */
function pluralExamples(tag, category, ordinal) {
  const rules = new Intl.PluralRules(tag, { type: ordinal ? 'ordinal' : 'cardinal' });
  const integers = Array.from({ length: 201 }, (_, index) => index).concat(1000, 1_000_000);
  const candidates = ordinal ? integers : integers.concat(0.5, 1.5, 2.5);
  return candidates
    .filter((number) => rules.select(number) === category)
    .slice(0, 3)
    .map((number) => number.toLocaleString('en'));
}

/** `[1-based line, 1-based column]` of a character offset. */
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return [before.length, before[before.length - 1].length + 1];
}

/**
 * Where JSON.parse failed. Node 20 gives `at position N` for most errors but not for
 * "Unexpected token": then the error lies at the end of the shortest prefix that fails that way.
 */
function errorOffset(text, message) {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (message.startsWith('Unexpected end of JSON input')) return text.trimEnd().length;
  const failsHere = (prefix) => {
    try {
      JSON.parse(prefix);
      return false;
    } catch (error) {
      return !/at position|end of JSON input/.test(error.message);
    }
  };
  let fine = 0;
  let failing = text.length;
  while (failing - fine > 1) {
    const middle = (fine + failing) >> 1;
    if (failsHere(text.slice(0, middle))) failing = middle;
    else fine = middle;
  }
  return failing - 1;
}

/** The offending line with a caret under the column, cut to a readable width. */
function excerpt(text, line, column) {
  const content = text.split('\n')[line - 1].replace(/[\t\r]/g, ' ');
  const start = Math.max(0, column - SHOWN_LINE_LENGTH / 2);
  const shown = (start > 0 ? '…' : '') + content.slice(start, start + SHOWN_LINE_LENGTH);
  const caretAt = column - 1 - start + (start > 0 ? 1 : 0);
  const gutter = String(line).padStart(5);
  return [`${gutter} | ${shown}`, `${' '.repeat(5)} | ${' '.repeat(caretAt)}^`];
}

function describeValue(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list [ … ]';
  if (typeof value === 'string') return 'a text';
  return `a ${typeof value} (${JSON.stringify(value)})`;
}

class Check {
  problems = [];
  filesChecked = 0;

  add(kind, file, key, message, details = {}) {
    this.problems.push({
      kind,
      ...file,
      ...(key === undefined ? {} : { key }),
      message,
      ...details,
    });
  }

  /** The file's top-level object, or undefined after reporting why it cannot be used. */
  read(path, file) {
    this.filesChecked += 1;
    const bytes = readFileSync(path);
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const lenient = new TextDecoder().decode(bytes);
      const [line] = lineAndColumn(lenient, lenient.indexOf('\uFFFD'));
      this.add(
        'encoding',
        file,
        undefined,
        `This file is not saved as UTF-8 (the first unreadable character is on line ${line}), so accented letters and other scripts would show as �. Open it in your editor and save it again with the encoding "UTF-8".`,
      );
      return undefined;
    }
    // Editors on Windows may start the file with a byte order mark; browsers ignore it, and so do we.
    text = text.replace(/^\uFEFF/, '');
    let data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      if (text.trim() === '') {
        this.add(
          'invalid-json',
          file,
          undefined,
          "The file is empty. Copy the English file's contents into it and translate them; until then the widgets show English for these texts.",
        );
        return undefined;
      }
      const offset = errorOffset(text, error.message);
      const [line, column] = lineAndColumn(text, offset);
      // Keep what the parser said, without the position (given as line and column) or its quote of the file.
      const said = error.message
        .replace(/ in JSON at position.*$/s, '')
        .replace(/^(Unexpected token '.*?'),.*$/s, '$1');
      const hint = JSON_HINTS.find(([pattern]) => pattern.test(error.message))?.[1];
      this.add(
        'invalid-json',
        file,
        undefined,
        `This is not valid JSON at line ${line}, column ${column}.${hint ? ` Likely cause: ${hint}.` : ''} (The JSON reader said: "${said}".) Until this is fixed, the widgets show English for this whole file.`,
        { line, column, excerpt: excerpt(text, line, column) },
      );
      return undefined;
    }
    if (!isObject(data)) {
      this.add(
        'not-an-object',
        file,
        undefined,
        `The file must be one JSON object, { "key": "text", … }, but it is ${describeValue(data)}. Until this is fixed, the widgets show English for this whole file.`,
      );
      return undefined;
    }
    return data;
  }

  /** Every value must be a text or a section of texts, and no text may carry markup. */
  checkValues(node, file, path = []) {
    for (const [key, value] of Object.entries(node)) {
      const keyPath = [...path, key];
      if (isObject(value)) this.checkValues(value, file, keyPath);
      else if (typeof value !== 'string')
        this.add(
          'not-text',
          file,
          keyPath.join('.'),
          `must be a text in double quotes ("${key}": "…"), but it is ${describeValue(value)}. Until this is fixed, the widgets show English for this whole file.`,
        );
      else this.checkMarkup(value, file, keyPath.join('.'));
    }
  }

  checkMarkup(text, file, key) {
    const found = [...new Set(text.match(MARKUP))];
    if (found.length === 0) return;
    const shown = list(found.slice(0, 3).map((markup) => shorten(markup, 30)));
    const entities = found.some((markup) => markup.startsWith('&'));
    this.add(
      'markup',
      file,
      key,
      `contains markup: ${shown}. Texts are shown exactly as written, so residents would see it on screen. Remove it${entities ? '; instead of an entity such as &nbsp; or &amp;, type the character itself' : ''}.`,
    );
  }

  /** Compares one section of a translation with the same section in English. */
  compare(source, translation, file, tag, path = []) {
    const sourceGroups = pluralGroups(source);
    const translatedForms = new Map();
    const translatedKeys = [];
    for (const [key, value] of Object.entries(translation)) {
      const form = pluralForm(key, sourceGroups);
      if (!form) translatedKeys.push(key);
      else if (translatedForms.has(form.group))
        translatedForms.get(form.group).set(form.category, value);
      else translatedForms.set(form.group, new Map([[form.category, value]]));
    }
    for (const [key, sourceValue] of Object.entries(source)) {
      if (pluralForm(key, sourceGroups)) continue;
      const keyPath = [...path, key];
      if (!translatedKeys.includes(key)) this.reportMissing(sourceValue, file, keyPath);
      else this.compareValue(sourceValue, translation[key], file, tag, keyPath);
    }
    for (const [group, sourceForms] of sourceGroups) {
      const forms = translatedForms.get(group) ?? new Map();
      this.comparePlural(group, sourceForms, forms, file, tag, path);
    }
    for (const key of translatedKeys)
      if (!Object.hasOwn(source, key)) this.reportExtra(key, source, translation, file, path);
  }

  compareValue(sourceValue, translatedValue, file, tag, keyPath) {
    const key = keyPath.join('.');
    // Values that are not texts or sections were reported by checkValues already.
    const isText = (value) => typeof value === 'string';
    if (!(isText(sourceValue) || isObject(sourceValue))) return;
    if (!(isText(translatedValue) || isObject(translatedValue))) return;
    if (isObject(sourceValue) && isObject(translatedValue))
      this.compare(sourceValue, translatedValue, file, tag, keyPath);
    else if (isObject(sourceValue))
      this.add(
        'wrong-shape',
        file,
        key,
        `is a section in English, with the keys ${list(Object.keys(sourceValue))}, but here it is a single text. Copy the section from English and translate each text.`,
      );
    else if (isObject(translatedValue))
      this.add(
        'wrong-shape',
        file,
        key,
        `is a single text in English ("${shorten(sourceValue, SHOWN_TEXT_LENGTH)}"), but here it is a section { … }. Replace the section with one translated text.`,
      );
    else this.compareVariables(sourceValue, variablesOf(sourceValue), translatedValue, file, key);
  }

  /** `required` must all appear in the translation; anything outside `known` is a mistake. */
  compareVariables(sourceText, known, translatedText, file, key, required = known) {
    const used = variablesOf(translatedText);
    const missing = [...required].filter((name) => !used.has(name));
    const unknown = [...used].filter((name) => !known.has(name));
    const english = `English: "${shorten(sourceText, SHOWN_TEXT_LENGTH)}"`;
    if (missing.length > 0)
      this.add(
        'missing-variable',
        file,
        key,
        `leaves out ${braces(missing)}, so residents would not see that part. Use ${braces(missing)} as in English, unchanged (only the words around it are translated). ${english}`,
      );
    if (unknown.length > 0)
      this.add(
        'unknown-variable',
        file,
        key,
        `uses ${braces(unknown)}, which English does not have, so residents would see it as typed, braces and all. ${known.size > 0 ? `Use only ${braces(known)}, spelled exactly as in English.` : 'Remove it: this text has no variables in English.'} ${english}`,
      );
  }

  comparePlural(group, sourceForms, translatedForms, file, tag, path) {
    const ordinal = group.endsWith('_ordinal');
    const language = languageName(tag);
    const needed = new Set(pluralCategories(tag, ordinal));
    // i18next also looks up `_zero` for a count of 0 in every language (not for ordinals), so it is
    // always allowed, and required when English has a text of its own for zero.
    const zeroAllowed = !ordinal;
    if (zeroAllowed && sourceForms.has('zero')) needed.add('zero');
    const keyOf = (category) => [...path, `${group}_${category}`].join('.');
    const sourceOf = (category) => sourceForms.get(category) ?? sourceForms.get('other');
    for (const category of PLURAL_CATEGORIES) {
      if (!needed.has(category) || translatedForms.has(category)) continue;
      const examples = pluralExamples(tag, category, ordinal);
      const why =
        category === 'zero' && !pluralCategories(tag, ordinal).includes('zero')
          ? 'English has a separate text for 0.'
          : `${language} uses this plural form${examples.length > 0 ? ` for numbers like ${examples.join(', ')}` : ''}.`;
      this.add(
        'missing-key',
        file,
        keyOf(category),
        `is missing. ${why} Add the key, translated from English: "${shorten(sourceOf(category), SHOWN_TEXT_LENGTH)}"`,
      );
    }
    const known = new Set([...sourceForms.values()].flatMap((text) => [...variablesOf(text)]));
    for (const [category, value] of translatedForms) {
      if (!needed.has(category) && !(category === 'zero' && zeroAllowed)) {
        const forms = [...needed].map((form) => `${group}_${form}`);
        this.add(
          'extra-key',
          file,
          keyOf(category),
          `is never shown: ${language} does not use the plural form "${category}" (it uses ${list(forms)}). Remove it.`,
        );
      } else if (typeof value === 'string') {
        // Any form may leave a number out when its words already say it ("one question", Arabic's
        // dual), but `_other` always covers many numbers, so it keeps every variable English has there.
        const required = category === 'other' ? variablesOf(sourceForms.get('other')) : new Set();
        this.compareVariables(sourceOf(category), known, value, file, keyOf(category), required);
      } else if (isObject(value))
        this.add(
          'wrong-shape',
          file,
          keyOf(category),
          'is a section { … }, but plural forms are single texts. Replace it with one translated text.',
        );
    }
  }

  reportMissing(sourceValue, file, keyPath) {
    if (isObject(sourceValue))
      this.add(
        'missing-key',
        file,
        keyPath.join('.'),
        `is missing: a section of ${plural(countTexts(sourceValue), ['text', 'texts'])} in English. Copy the section from English and translate each text.`,
      );
    else if (typeof sourceValue === 'string')
      this.add(
        'missing-key',
        file,
        keyPath.join('.'),
        `is missing. Add the key, translated from English: "${shorten(sourceValue, SHOWN_TEXT_LENGTH)}"`,
      );
  }

  reportExtra(key, source, translation, file, path) {
    const untranslated = Object.keys(source).filter(
      (sourceKey) => !Object.hasOwn(translation, sourceKey),
    );
    const suggestion = closest(key, untranslated);
    this.add(
      'extra-key',
      file,
      [...path, key].join('.'),
      `is not in English, so it is never shown. ${suggestion ? `If it is a misspelling of "${suggestion}", rename it; otherwise remove it.` : 'Remove it.'}`,
    );
  }
}

/** English plural groups of one section: `missing_one` + `missing_other` → `missing`. */
function pluralGroups(source) {
  const groups = new Map();
  for (const [key, value] of Object.entries(source)) {
    const match = PLURAL_KEY.exec(key);
    // A group needs `_other`: without it, `step_two` is just a key that happens to end in a number word.
    if (!match || typeof value !== 'string' || typeof source[`${match[1]}_other`] !== 'string')
      continue;
    if (!groups.has(match[1])) groups.set(match[1], new Map());
    groups.get(match[1]).set(match[2], value);
  }
  return groups;
}

/** `missing_few` → { group: 'missing', category: 'few' }, when `missing` is one of `groups`. */
function pluralForm(key, groups) {
  const match = PLURAL_KEY.exec(key);
  return match && groups.has(match[1]) ? { group: match[1], category: match[2] } : undefined;
}

function countTexts(node) {
  return Object.values(node).reduce(
    (count, value) => count + (isObject(value) ? countTexts(value) : 1),
    0,
  );
}

function isDirectory(path) {
  return existsSync(path) && statSync(path).isDirectory();
}

const visibleEntries = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

/**
 * The tag a language folder stands for, or undefined when the widgets could never load it.
 * The widgets canonicalise the language they are asked for (`pt-br` → `pt-BR`) before building
 * the file's URL, and web servers usually match names case-sensitively.
 */
function folderLanguage(check, name, folder) {
  let canonical;
  try {
    [canonical] = Intl.getCanonicalLocales(name);
  } catch {
    check.add(
      'invalid-locale',
      folder,
      undefined,
      `"${name}" is not a valid language tag (BCP 47), so the widgets never load this folder. Rename it to a tag such as fr, pt-BR or zh-Hant (a hyphen, not an underscore). Its files were not checked.`,
    );
    return undefined;
  }
  if (Intl.PluralRules.supportedLocalesOf(canonical).length === 0) {
    check.add(
      'invalid-locale',
      folder,
      undefined,
      `"${name}" is not a language code the widgets know, so they cannot tell its plural forms. Name the folder with the language's code, such as fr, ar or pt-BR. Its files were not checked.`,
    );
    return undefined;
  }
  if (canonical !== name)
    check.add(
      'non-canonical-locale',
      folder,
      undefined,
      `Rename this folder to "${canonical}": the widgets ask for locales/${canonical}/…, and most web servers will not find "${name}" under that name.`,
    );
  return canonical;
}

function checkLocales(dir, sourceDir) {
  const check = new Check();
  const fileRef = (path, locale, namespace) => ({ file: displayPath(path), locale, namespace });

  const namespaces = visibleEntries(sourceDir)
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name.slice(0, -'.json'.length));
  const sources = new Map();
  for (const namespace of namespaces) {
    const path = join(sourceDir, `${namespace}.json`);
    const file = fileRef(path, SOURCE_LANGUAGE, namespace);
    const source = check.read(path, file);
    if (source) check.checkValues(source, file);
    sources.set(namespace, source);
  }

  for (const entry of visibleEntries(dir)) {
    const path = join(dir, entry.name);
    if (entry.isFile() && entry.name.endsWith('.json'))
      check.add(
        'unknown-file',
        fileRef(path),
        undefined,
        `Translation files go inside a language folder and are named like the English ones, for example ${displayPath(join(dir, 'fr', `${namespaces[0] ?? 'common'}.json`))}. Move this file into the folder of its language.`,
      );
    if (!entry.isDirectory() || entry.name === SOURCE_LANGUAGE) continue;
    const folder = { file: `${displayPath(path)}/`, locale: entry.name };
    const tag = folderLanguage(check, entry.name, folder);
    if (!tag) continue;

    for (const file of visibleEntries(path)) {
      if (!file.isFile() || !file.name.endsWith('.json')) continue;
      const namespace = file.name.slice(0, -'.json'.length);
      if (sources.has(namespace)) continue;
      const suggestion = closest(namespace, namespaces);
      check.add(
        'unknown-file',
        fileRef(join(path, file.name), entry.name, namespace),
        undefined,
        `There is no English ${file.name} (${displayPath(join(sourceDir, file.name))}), so the widgets never load this file. ${suggestion ? `If you meant ${suggestion}.json, rename it; otherwise remove it.` : `Translation files are named like the English ones: ${list(namespaces.map((name) => `${name}.json`))}.`}`,
      );
    }

    for (const namespace of namespaces) {
      const filePath = join(path, `${namespace}.json`);
      const file = fileRef(filePath, entry.name, namespace);
      if (!existsSync(filePath)) {
        check.add(
          'missing-file',
          file,
          undefined,
          `This file does not exist yet. Copy ${displayPath(join(sourceDir, `${namespace}.json`))} into ${displayPath(path)}/ and translate it; until then the widgets show these texts in English.`,
        );
        continue;
      }
      const translation = check.read(filePath, file);
      if (!translation) continue;
      check.checkValues(translation, file);
      const source = sources.get(namespace);
      if (source) check.compare(source, translation, file, tag);
    }
  }
  return check;
}

function summarize(check) {
  const files = plural(check.filesChecked, ['file', 'files']);
  if (check.problems.length === 0) return `${files} checked, no problems.`;
  // Kinds that share labels (both folder-name kinds) are counted together.
  const parts = [];
  for (const labels of new Set(Object.values(KINDS))) {
    const count = check.problems.filter((problem) => KINDS[problem.kind] === labels).length;
    if (count > 0) parts.push(plural(count, labels));
  }
  return `${files} checked, ${plural(check.problems.length, ['problem', 'problems'])}: ${parts.join(', ')}.`;
}

function report(check, dir, sourceDir) {
  const lines = [];
  const sourceNote =
    sourceDir === join(dir, SOURCE_LANGUAGE)
      ? ''
      : ` (${displayPath(dir)} has no ${SOURCE_LANGUAGE} folder)`;
  lines.push(
    `Checking the translations in ${displayPath(dir)} against English in ${displayPath(sourceDir)}${sourceNote}.`,
  );
  const byFile = new Map();
  for (const problem of check.problems)
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  for (const [file, problems] of byFile) {
    const { locale } = problems[0];
    const language = locale && !file.endsWith('/') ? ` (${languageName(locale)})` : '';
    lines.push('', `${file}${language}`);
    for (const problem of problems) {
      lines.push(`  - ${problem.key === undefined ? '' : `${problem.key}: `}${problem.message}`);
      for (const excerptLine of problem.excerpt ?? []) lines.push(`    ${excerptLine}`);
    }
  }
  lines.push('', summarize(check));
  return lines.join('\n');
}

const options = readOptions();
if (options.help) {
  console.log(
    `${usage()}\nChecks every <lng>/<ns>.json in the locales folder against en/<ns>.json. See docs/locales-check.md.`,
  );
  process.exit(0);
}
const dir = options.dir === undefined ? REPOSITORY_LOCALES : resolve(options.dir);
if (!isDirectory(dir)) {
  console.error(`There is no folder at ${displayPath(dir)}.\n${usage()}`);
  process.exit(2);
}
// A program checking the translations it hosts may have no English of its own: the English that
// ships with the widgets is then the source.
const sourceDir = isDirectory(join(dir, SOURCE_LANGUAGE))
  ? join(dir, SOURCE_LANGUAGE)
  : join(REPOSITORY_LOCALES, SOURCE_LANGUAGE);
if (!isDirectory(sourceDir)) {
  console.error(`There is no English source folder at ${displayPath(join(dir, SOURCE_LANGUAGE))}.`);
  process.exit(2);
}
const check = checkLocales(dir, sourceDir);
if (options.json) {
  const problems = check.problems.map(({ excerpt: _excerpt, ...problem }) => problem);
  const result = {
    ok: problems.length === 0,
    dir: displayPath(dir),
    source: displayPath(sourceDir),
    filesChecked: check.filesChecked,
    summary: summarize(check),
    problems,
  };
  console.log(JSON.stringify(result, null, 2));
} else console.log(report(check, dir, sourceDir));
process.exitCode = check.problems.length > 0 ? 1 : 0;
