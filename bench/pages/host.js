// The bench's host page, as a portal admin writes it: ?sdk=<url of kinship.js> adds the script tag
// (with endpoint, token and, if given, locale and locales URL as data-*); the page places the
// ?widgets=a,b tags itself. Without ?sdk the page is the same portal without Kinship: the baseline.
// With ?date=1 the portal shows today's date in its header, as most do: the page then builds the
// browser's first Intl formatter itself, before kinship.js arrives.
const query = new URLSearchParams(location.search);
if (query.get('date')) {
  const today = new Date().toLocaleDateString(undefined, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  });
  document.querySelector('header').append(` · ${today}`);
}
const sdk = query.get('sdk');
if (sdk) {
  const script = document.createElement('script');
  script.src = sdk;
  script.dataset.endpoint = query.get('endpoint');
  script.dataset.token = query.get('token');
  if (query.get('locale')) script.dataset.locale = query.get('locale');
  if (query.get('localesUrl')) script.dataset.localesUrl = query.get('localesUrl');
  document.head.append(script);
}
