// The demo portal's own script. It signs in as a seeded resident through the reference server's
// demo mode (GET /demo/token) and hands the token to Kinship, as a real portal hands over the token
// it mints for whoever is signed in. The resident switcher in the demo controls exists only for the
// demo. This script runs after kinship.js (both are `defer`, so they run in order once the page is
// parsed): `window.Kinship` is set by now, unless the SDK failed to load.

const select = document.getElementById('demo-resident');
const language = document.getElementById('demo-language');
const status = document.getElementById('demo-status');
const signedInName = document.getElementById('signed-in-name');
const kinship = window.Kinship;

function say(message, problem = false) {
  status.textContent = message;
  status.classList.toggle('is-problem', problem);
}

/** GETs JSON; a failure is thrown with the server's own explanation (problem+json) if it gave one. */
async function getJson(url, headers = {}) {
  const response = await fetch(url, { headers });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(body?.detail ?? `${url} answered ${response.status}.`);
    error.status = response.status;
    throw error;
  }
  return body;
}

/** `{ token, person }` for a seeded resident; without an id, for the first seeded resident. */
function signIn(residentId) {
  const query = residentId ? `?resident=${encodeURIComponent(residentId)}` : '';
  return getJson(`/demo/token${query}`);
}

/** The pending or done sign-in of the resident shown; replaced when another one is chosen. */
let session = signIn(new URLSearchParams(location.search).get('resident'));
// A failed sign-in is reported in the demo controls; it must not also surface as unhandled.
session.catch(() => {});

/** The page's address keeps the resident and the language, so a reload shows the same portal. */
function remember(key, value) {
  const query = new URLSearchParams(location.search);
  query.set(key, value);
  history.replaceState(null, '', `?${query}`);
}

if (kinship) {
  // Given at once, before the widget's first request, which then waits for the sign-in.
  kinship.configure({ getToken: async () => (await session).token });
  // The portal's own pages stay in English; the widgets follow the language chosen here, live.
  // ?lang= may name a language not in the menu: a translator trying a new one.
  const chosen = new URLSearchParams(location.search).get('lang');
  if (chosen) {
    if (![...language.options].some((option) => option.value === chosen))
      language.append(new Option(chosen, chosen));
    language.value = chosen;
    kinship.setLocale(chosen);
  }
  language.addEventListener('change', () => {
    kinship.setLocale(language.value);
    remember('lang', language.value);
  });
} else {
  language.disabled = true;
  say(
    'Kinship did not load from /sdk/kinship.js: run `npm run build`, then reload. ' +
      'The portal works without it; the check-in box shows its fallback link.',
    true,
  );
}

/** Shows who is signed in, in the portal's header and in the switcher. */
function showSignedIn(person) {
  signedInName.textContent = person.name;
  select.value = person.id;
  if (kinship) say(`Using a demo token for ${person.name}.`);
}

async function showProgramName(token) {
  const program = await getJson('/api/v1/program', { Authorization: `Bearer ${token}` });
  for (const element of document.querySelectorAll('[data-program-name]'))
    element.textContent = program.name;
  document.title = `Resident home · ${program.name}`;
}

async function start() {
  let people;
  try {
    ({ items: people } = await getJson('/demo/people'));
  } catch (error) {
    select.replaceChildren(new Option('Residents unavailable'));
    say(
      error.status === 404
        ? 'Demo sign-in is off: this server checks real tokens (KINSHIP_JWT_SECRET or KINSHIP_JWKS_URL is set).'
        : `Could not list the demo residents: ${error.message}`,
      true,
    );
    return;
  }
  const residents = people.filter((person) => person.role === 'resident');
  select.replaceChildren(...residents.map((person) => new Option(person.name, person.id)));
  select.disabled = false;
  try {
    const { token, person } = await session;
    showSignedIn(person);
    await showProgramName(token);
  } catch (error) {
    select.selectedIndex = -1; // so that choosing any resident signs in
    say(`Could not sign in: ${error.message} Choose a resident above.`, true);
  }
}

async function switchTo(residentId) {
  const pending = (session = signIn(residentId));
  remember('resident', residentId);
  try {
    const { token, person } = await pending;
    if (pending !== session) return; // another resident was chosen meanwhile
    showSignedIn(person);
    if (!kinship) return;
    // A new way to get a token is a new person for the widgets: they fetch again, for them.
    kinship.configure({ getToken: async () => token });
  } catch (error) {
    if (pending === session) say(`Could not sign in: ${error.message}`, true);
  }
}

select.addEventListener('change', () => void switchTo(select.value));
void start();
