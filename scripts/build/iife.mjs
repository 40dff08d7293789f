// Rollup output plugin: turns the entry chunk of an ES-module build into the classic script
// `kinship.js`, an IIFE, while the widgets' views stay ES-module chunks that it imports on demand.
//
// - The entry's dynamic imports resolve against the URL kinship.js was loaded from, so a copy on a
//   CDN loads its own chunks.
// - What the chunks import from the entry (lit, the core) is handed to them through a symbol
//   property of `window.Kinship`: each chunk's `import {…} from "../kinship.js"` becomes a
//   destructuring of that object. Everything shared is a function, a class or a constant, so a copy
//   of the binding is the same as the live binding an import would give.
// - Before any bundled code runs, the wrapper checks for an earlier copy (this page loaded kinship.js
//   twice, or two versions): the later one only reports itself to the first and does nothing else,
//   so no tag is defined twice and no library initialises twice. A browser without custom elements
//   gets nothing at all, and the light-DOM fallback inside the tags stays visible.
import MagicString from 'magic-string';

const MODULES = 'window.Kinship[Symbol.for("kinship.modules")]';

export function iifeEntry({ entryFileName, version }) {
  return {
    name: 'kinship-iife-entry',

    renderDynamicImport({ chunk }) {
      if (chunk.isEntry) return { left: 'import(kinshipChunkUrl(', right: '))' };
      return null;
    },

    renderChunk(code, chunk) {
      const magic = new MagicString(code);
      if (!chunk.isEntry) {
        // `import { a as b, c } from "../kinship.js";` → `const { a: b, c } = <the shared modules>;`
        const entryImport = new RegExp(
          String.raw`import\s*\{([^}]*)\}\s*from\s*(["'])\.\./` +
            entryFileName.replace('.', '\\.') +
            String.raw`\2;?`,
          'g',
        );
        for (const match of code.matchAll(entryImport)) {
          const bindings = match[1].replace(/\s+as\s+/g, ':');
          magic.overwrite(
            match.index,
            match.index + match[0].length,
            `const{${bindings}}=${MODULES};`,
          );
        }
        return { code: magic.toString(), map: magic.generateMap({ hires: true }) };
      }
      if (chunk.imports.length) {
        this.error(
          `${entryFileName} must not import other chunks (it imports ${chunk.imports.join(', ')}: ${Object.keys(chunk.modules).join(' ')}).`,
        );
      }
      const exportStatement = /export\s*\{([^}]*)\};?\s*$/.exec(code);
      if (exportStatement) {
        const pairs = exportStatement[1].split(',').map((pair) => {
          const [local, exported = local] = pair.trim().split(/\s+as\s+/);
          return `${JSON.stringify(exported)}:${local}`;
        });
        magic.overwrite(
          exportStatement.index,
          exportStatement.index + exportStatement[0].length,
          `Object.defineProperty(window.Kinship,Symbol.for("kinship.modules"),{value:{${pairs.join(',')}}});`,
        );
      }
      magic.prepend(
        '(function(){"use strict";' +
          'var kinshipPrevious=window.Kinship;' +
          'if(kinshipPrevious){' +
          'var report=kinshipPrevious[Symbol.for("kinship.loaded-again")];' +
          `if(typeof report=="function")report(${JSON.stringify(version)});` +
          'else console.warn("[Kinship] window.Kinship is already taken by another script; Kinship did not start.");' +
          'return}' +
          'if(!window.customElements||!window.Promise||!window.Symbol)return;' +
          'var kinshipScript=document.currentScript&&document.currentScript.src||document.baseURI;' +
          'function kinshipChunkUrl(path){return new URL(path,kinshipScript).href}' +
          'try{\n',
      );
      magic.append('\n}catch(error){console.error("[Kinship] could not start.",error)}})();\n');
      return { code: magic.toString(), map: magic.generateMap({ hires: true }) };
    },
  };
}
