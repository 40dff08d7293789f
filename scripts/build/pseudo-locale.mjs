// The pseudo-locale `en-XA`, made from the English sources at build time (dist/locales/en-XA/):
// every letter accented, every vowel doubled and a word of dots added, so that each text is about
// 40 % longer (as German, French or Portuguese often are), and each text in brackets. A page in `en-XA` shows at once what is clipped (a
// bracket missing), what is hard-coded (text without accents) and what does not make room for a
// longer language. `{{variables}}` stay as they are, so the widgets still fill them in.
const ACCENTED = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'àƀçđéƒĝĥíĵķļɱñóƥɋŕšţúṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĻṀÑÓƤɊŔŠŢÚṼŴẊÝŽ'][index],
  ]),
);

/** One text in pseudo-locale form. */
export function pseudoText(text) {
  const parts = text.split(/(\{\{[^}]*\}\})/);
  const shown = parts
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/[A-Za-z]/g, (letter) =>
            /[aeiou]/i.test(letter) ? ACCENTED[letter].repeat(2) : ACCENTED[letter],
          ),
    )
    .join('');
  const padding = Math.round(text.length * 1.4) - shown.length - 2;
  return `[${shown}${padding > 1 ? ` ${'·'.repeat(padding - 1)}` : ''}]`;
}

/** A whole locale file (nested sections, plural keys and all) in pseudo-locale form. */
export function pseudoStrings(strings) {
  return Object.fromEntries(
    Object.entries(strings).map(([key, value]) => [
      key,
      typeof value === 'string' ? pseudoText(value) : pseudoStrings(value),
    ]),
  );
}
