// The widgets that are built, found by their registration module (widgets/<name>/<name>.ts).
import { existsSync, readdirSync } from 'node:fs';

export function widgetEntries() {
  return Object.fromEntries(
    (existsSync('widgets') ? readdirSync('widgets') : [])
      .filter((name) => existsSync(`widgets/${name}/${name}.ts`))
      .map((name) => [name, `widgets/${name}/${name}.ts`]),
  );
}
