/**
 * `npm run locales:check`, run as translators and CI run it: a child process, its exit code and
 * its report. Each folder under fixtures/locales/ holds one kind of mistake next to its own English.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = 'test/tools/fixtures/locales';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

interface Problem {
  kind: string;
  file: string;
  locale?: string;
  namespace?: string;
  key?: string;
  message: string;
  line?: number;
  column?: number;
}

function runCheck(...args: string[]): Run {
  const result = spawnSync(process.execPath, ['scripts/locales-check.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function checkFixture(name: string): Run {
  return runCheck('--dir', `${FIXTURES}/${name}`);
}

function problemsOf(name: string): Problem[] {
  const { stdout } = runCheck('--dir', `${FIXTURES}/${name}`, '--json');
  return (JSON.parse(stdout) as { problems: Problem[] }).problems;
}

/** The report's line for one key of one file (every problem is one line under its file). */
function lineFor(report: string, file: string, key: string): string {
  const section = report.split('\n\n').find((block) => block.startsWith(`${FIXTURES}/${file}`));
  assert.ok(section, `no section for ${file} in:\n${report}`);
  const line = section.split('\n').find((text) => text.startsWith(`  - ${key}: `));
  assert.ok(line, `no line for ${key} in:\n${section}`);
  return line;
}

describe('locales:check', () => {
  it('passes the real locales folder', () => {
    const { status, stdout } = runCheck();
    assert.equal(status, 0, stdout);
    assert.match(stdout, /\d+ files checked, no problems\.$/m);
  });

  it('passes correct translations: Arabic with six plural forms, Japanese with one, a pseudo-locale', () => {
    const { status, stdout } = checkFixture('valid');
    assert.equal(status, 0, stdout);
    assert.match(stdout, /^5 files checked, no problems\.$/m);
  });

  it('gives the line and column of invalid JSON, with the line itself', () => {
    const { status, stdout } = checkFixture('invalid-json');
    assert.equal(status, 1);
    assert.match(
      stdout,
      /fr\/common\.json \(French\)\n {2}- This is not valid JSON at line 4, column 1\./,
    );
    assert.match(stdout, /comma after the last entry/);
    assert.match(stdout, / {4}4 \| }\n {10}\| \^/);
    // Node 20 gives no position for an unexpected token: the checker finds it.
    assert.match(
      stdout,
      /de\/common\.json \(German\)\n {2}- This is not valid JSON at line 3, column 12\./,
    );
    assert.match(stdout, /straight double quotes/);
    assert.match(stdout, /es\/common\.json \(Spanish\)\n {2}- The file is empty\./);
    assert.match(stdout, /^4 files checked, 3 problems: 3 files that are not valid JSON\.$/m);
    assert.doesNotMatch(stdout, /at position|SyntaxError|\n\s+at /);
  });

  it('reports a file whose top level is not an object', () => {
    const { status, stdout } = checkFixture('not-an-object');
    assert.equal(status, 1);
    assert.match(stdout, /must be one JSON object, .* but it is a list/);
  });

  it('reports values that are not texts: null, lists, numbers', () => {
    const { status, stdout } = checkFixture('not-text');
    assert.equal(status, 1);
    assert.match(lineFor(stdout, 'not-text/fr/common.json', 'title'), /but it is null/);
    assert.match(lineFor(stdout, 'not-text/fr/common.json', 'retry'), /but it is a list/);
    assert.match(lineFor(stdout, 'not-text/fr/common.json', 'limits.max'), /a number \(5\)/);
    assert.match(stdout, /3 problems: 3 values that are not text\.$/m);
  });

  it('reports a section where English has a text, and a text where English has a section', () => {
    const { status, stdout } = checkFixture('wrong-shape');
    assert.equal(status, 1);
    assert.match(lineFor(stdout, 'wrong-shape/fr/common.json', 'title'), /single text in English/);
    assert.match(
      lineFor(stdout, 'wrong-shape/fr/common.json', 'error'),
      /section in English, with the keys title and network/,
    );
  });

  it('reports missing keys, nested ones and whole sections, with the English to translate', () => {
    const { status, stdout } = checkFixture('missing-key');
    assert.equal(status, 1);
    assert.match(
      lineFor(stdout, 'missing-key/fr/common.json', 'retry'),
      /is missing\. Add the key, translated from English: "Try again"/,
    );
    assert.match(
      lineFor(stdout, 'missing-key/fr/common.json', 'error.network'),
      /"We couldn't reach the server\."/,
    );
    assert.match(
      lineFor(stdout, 'missing-key/es/common.json', 'error'),
      /a section of 2 texts in English/,
    );
    assert.match(stdout, /3 problems: 3 missing keys\.$/m);
  });

  it('reports extra keys and recognises a misspelt one', () => {
    const { status, stdout } = checkFixture('extra-key');
    assert.equal(status, 1);
    assert.match(
      lineFor(stdout, 'extra-key/fr/common.json', 'retyr'),
      /not in English.*misspelling of "retry", rename it/,
    );
    assert.match(lineFor(stdout, 'extra-key/fr/common.json', 'subtitle'), /Remove it\.$/);
  });

  it('compares plural groups by the forms each language needs', () => {
    const problems = problemsOf('plural-forms');
    const keys = (locale: string, kind: string) =>
      problems
        .filter((problem) => problem.locale === locale && problem.kind === kind)
        .map((problem) => problem.key);
    assert.deepEqual(keys('ar', 'missing-key'), [
      'missing_zero',
      'missing_two',
      'missing_few',
      'missing_many',
    ]);
    assert.deepEqual(keys('fr', 'missing-key'), ['missing_many']);
    assert.deepEqual(keys('ja', 'extra-key'), ['missing_one']);
    assert.equal(problems.length, 6);

    const { stdout } = checkFixture('plural-forms');
    assert.match(
      lineFor(stdout, 'plural-forms/ar/common.json', 'missing_few'),
      /Arabic uses this plural form for numbers like 3, 4, 5\./,
    );
    assert.match(
      lineFor(stdout, 'plural-forms/ja/common.json', 'missing_one'),
      /Japanese does not use the plural form "one" \(it uses missing_other\)/,
    );
  });

  it('reports missing and unknown interpolation variables, per key and per plural form', () => {
    const { status, stdout } = checkFixture('variables');
    assert.equal(status, 1);
    const file = 'variables/fr/common.json';
    assert.match(stdout, /progress: leaves out \{\{total\}\}.*Use \{\{total\}\} as in English/);
    assert.match(stdout, /progress: uses \{\{totl\}\}, which English does not have/);
    assert.match(lineFor(stdout, file, 'mentor'), /leaves out \{\{name\}\}/);
    assert.match(lineFor(stdout, file, 'missing_other'), /leaves out \{\{count\}\}/);
    // A form other than `_other` may say its number in words.
    assert.doesNotMatch(stdout, /missing_one:/);
    assert.match(stdout, /5 problems: 3 missing variables, 2 unknown variables\.$/m);
  });

  it('reports markup and entities, in translations and in English itself', () => {
    const { status, stdout } = checkFixture('markup');
    assert.equal(status, 1);
    assert.match(lineFor(stdout, 'markup/en/common.json', 'title'), /markup: <b> and <\/b>/);
    assert.match(lineFor(stdout, 'markup/fr/common.json', 'retry'), /<script>/);
    assert.match(lineFor(stdout, 'markup/fr/common.json', 'note'), /&nbsp;.*type the character/);
  });

  it('reports folder names that are not canonical language tags', () => {
    const problems = problemsOf('locale-names');
    const folderProblem = (locale: string) =>
      problems.find((problem) => problem.locale === locale && problem.file.endsWith('/'));
    assert.equal(folderProblem('pt-br')?.kind, 'non-canonical-locale');
    assert.match(folderProblem('pt-br')?.message ?? '', /Rename this folder to "pt-BR"/);
    assert.equal(folderProblem('en_US')?.kind, 'invalid-locale');
    assert.equal(folderProblem('x-pseudo')?.kind, 'invalid-locale');
    assert.match(folderProblem('french')?.message ?? '', /not a language code the widgets know/);
    // A misspelt tag still names a language, so its files are checked too.
    assert.ok(problems.some((problem) => problem.locale === 'pt-br' && problem.key === 'retry'));
  });

  it('reports files that no English file matches, and files that are missing', () => {
    const unknown = checkFixture('unknown-namespace');
    assert.equal(unknown.status, 1);
    assert.match(
      unknown.stdout,
      /commmon\.json \(French\)\n.*If you meant common\.json, rename it/,
    );
    assert.match(unknown.stdout, /mentor\.json \(French\)\n.*There is no English mentor\.json/);
    assert.match(unknown.stdout, /es\.json\n.*go inside a language folder/);

    const missing = checkFixture('missing-file');
    assert.equal(missing.status, 1);
    assert.match(missing.stdout, /fr\/check-in\.json \(French\)\n.*does not exist yet/);
  });

  it('reports a file that is not UTF-8', () => {
    const { status, stdout } = checkFixture('encoding');
    assert.equal(status, 1);
    assert.match(stdout, /not saved as UTF-8 \(the first unreadable character is on line 3\)/);
  });

  it('checks hosted translations without English against the English the widgets ship', () => {
    const { status, stdout } = checkFixture('hosted');
    assert.equal(status, 1);
    assert.match(stdout, /against English in locales\/en \(.*hosted has no en folder\)/);
  });

  it('prints machine-readable results with --json', () => {
    const { status, stdout } = runCheck('--dir', `${FIXTURES}/invalid-json`, '--json');
    assert.equal(status, 1);
    const result = JSON.parse(stdout);
    assert.equal(result.ok, false);
    assert.equal(result.filesChecked, 4);
    assert.equal(result.summary, '4 files checked, 3 problems: 3 files that are not valid JSON.');
    const { message, ...french } = result.problems.find(
      (problem: Problem) => problem.locale === 'fr',
    ) as Problem;
    assert.deepEqual(french, {
      kind: 'invalid-json',
      file: `${FIXTURES}/invalid-json/fr/common.json`,
      locale: 'fr',
      namespace: 'common',
      line: 4,
      column: 1,
    });
    assert.match(message, /^This is not valid JSON at line 4, column 1\./);
    assert.equal(JSON.parse(runCheck('--dir', `${FIXTURES}/valid`, '--json').stdout).ok, true);
  });

  it('explains a wrong command with exit code 2', () => {
    const unknownOption = runCheck('--bogus');
    assert.equal(unknownOption.status, 2);
    assert.match(unknownOption.stderr, /Usage:/);
    const noFolder = runCheck('--dir', `${FIXTURES}/does-not-exist`);
    assert.equal(noFolder.status, 2);
    assert.match(noFolder.stderr, /There is no folder at/);
  });
});
