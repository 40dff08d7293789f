import { expect } from '@open-wc/testing';
import { resolveConfig, type ConfigLayer } from '../../../src/core/config.js';

const script = 'https://cdn.example.org/kinship/kinship.js';
const page = 'https://portal.example.org/residents/home.html';

/** Resolves the layers, with what Kinship printed on the console meanwhile. */
function resolve(...layers: ConfigLayer[]) {
  const lines: string[] = [];
  const { error, warn } = console;
  console.error = console.warn = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  try {
    return { ...resolveConfig(layers, script, page), lines };
  } finally {
    Object.assign(console, { error, warn });
  }
}

describe('Configuration', () => {
  it('merges defaults < script data-* < KinshipConfig < Kinship.configure() < element attributes', () => {
    const { config, problems } = resolve(
      {
        source: 'script',
        values: {
          endpoint: 'https://a.example.org/api',
          theme: 'light',
          locale: 'es',
          region: 'US-NJ',
        },
      },
      { source: 'KinshipConfig', values: { endpoint: 'https://b.example.org/api', theme: 'dark' } },
      { source: 'configure', values: { endpoint: 'https://c.example.org/api/' } },
      { source: 'element', values: { locale: 'ar' } },
    );
    expect(problems).to.deep.equal([]);
    expect(config.endpoint).to.equal('https://c.example.org/api'); // configure() over both, trailing slash gone
    expect(config.theme).to.equal('dark'); // KinshipConfig over the script tag
    expect(config.locale).to.equal('ar'); // the element over all
    expect(config.region).to.equal('US-NJ'); // only the script tag set it
  });

  it('falls back to the defaults', () => {
    const { config } = resolve({ source: 'script', values: { endpoint: '/kinship-api' } });
    expect(config.locale).to.equal('auto');
    expect(config.theme).to.equal('auto');
    expect(config.endpoint).to.equal('https://portal.example.org/kinship-api'); // relative to the page
    // Locale files sit next to the script unless a locales URL is given (then relative to the page).
    expect(config.localeFile('pt-BR', 'check-in')).to.equal(
      'https://cdn.example.org/kinship/locales/pt-BR/check-in.json',
    );
    const custom = resolve({
      source: 'configure',
      values: { localesUrl: '/i18n/{{ns}}.{{lng}}.json' },
    });
    expect(custom.config.localeFile('ar', 'common')).to.equal(
      'https://portal.example.org/i18n/common.ar.json',
    );
  });

  it('reports each invalid value once: the option, the value, where it came from, the fix', () => {
    const { problems, lines } = resolve(
      {
        source: 'script',
        values: { endpoint: 'javascript:alert(1)', localesUrl: '/locales/en.json' },
      },
      { source: 'KinshipConfig', values: { region: 'New Jersey', getToken: 'abc' } },
      { source: 'element', values: { locale: 'not a language!' } },
    );
    expect(problems.map((problem) => problem.option).sort()).to.deep.equal([
      'endpoint',
      'getToken',
      'locale',
      'localesUrl',
      'region',
    ]);
    expect(lines).to.have.length(5);
    expect(lines.find((line) => line.includes('endpoint'))).to.contain(
      'data-endpoint on the script tag',
    );
    expect(lines.find((line) => line.includes('region'))).to.contain('window.KinshipConfig.region');
    expect(lines.find((line) => line.includes('localesUrl'))).to.contain('data-locales-url');
    expect(lines.find((line) => line.includes('locale "'))).to.contain(
      'the locale attribute of the element',
    );
    for (const line of lines) expect(line).to.contain('README.md#configuration');
  });

  it('lets a valid value in a later source replace an invalid one, which is still reported', () => {
    const { config, problems, lines } = resolve(
      { source: 'script', values: { theme: 'purple' } },
      { source: 'configure', values: { theme: 'dark' } },
    );
    expect(problems).to.deep.equal([]);
    expect(config.theme).to.equal('dark');
    expect(lines.some((line) => line.includes('Invalid theme "purple"'))).to.equal(true);
  });

  it('ignores unknown options, with a warning', () => {
    const { config, problems, lines } = resolve({
      source: 'KinshipConfig',
      values: { endpont: 'https://x.example.org', theme: 'light' },
    });
    expect(problems).to.deep.equal([]);
    expect(config.theme).to.equal('light');
    expect(lines.some((line) => line.includes('Unknown option "endpont"'))).to.equal(true);
  });
});
