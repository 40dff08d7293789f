// Test-runner middleware serving the built SDK (dist/) as if it were another version of it:
// GET /__kinship/sdk-as/<version>/kinship.js is dist/kinship.js with its version changed, and every
// other path under it is the matching file of dist/ (its chunks). For the tests of a page that loads
// two versions of Kinship.
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';

const { version } = JSON.parse(
  await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
);

export function sdkCopies() {
  return async (ctx, next) => {
    const match = /^\/__kinship\/sdk-as\/([\w.-]+)\/(.+)$/.exec(ctx.path);
    if (!match) return next();
    const [, asVersion, path] = match;
    const file = normalize(join('dist', path));
    if (!file.startsWith('dist/')) return next();
    let source = await readFile(file, 'utf8');
    if (path === 'kinship.js') source = source.replaceAll(version, asVersion);
    ctx.type = 'text/javascript';
    ctx.body = source;
  };
}
