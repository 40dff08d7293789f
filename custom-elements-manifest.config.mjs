// @custom-elements-manifest/analyzer settings (`npm run build` runs `cem analyze` with them).
//
// The manifest lists what a portal's developers may use, and nothing else. Two plugins get it
// there from how Kinship is written:
// - `definitions`: Kinship registers its tags with `KinElement.define(tag)` (guarded: a tag already
//   on the page is left alone), which the analyzer does not take for `customElements.define`; each
//   such call in a widget's registration module (`widgets/<name>/<name>.ts`) becomes the
//   `custom-element-definition` export a `customElements.define` call would have made, and the
//   module's re-export of the class points at the component module that declares it.
// - `publicOnly`: private and protected members are implementation, not API (the analyzer lists
//   them with their privacy); `@internal` members are left out by the analyzer itself.

function definitions() {
  return {
    name: 'kinship-definitions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        !ts.isCallExpression(node) ||
        !ts.isPropertyAccessExpression(node.expression) ||
        node.expression.name.text !== 'define' ||
        !ts.isIdentifier(node.expression.expression) ||
        !node.arguments[0] ||
        !ts.isStringLiteral(node.arguments[0])
      )
        return;
      const className = node.expression.expression.text;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: node.arguments[0].text,
        declaration: { name: className, module: moduleDoc.path },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      const declaredIn = new Map();
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? [])
          declaredIn.set(declaration.name, module.path);
      for (const module of customElementsManifest.modules) {
        for (const exported of module.exports ?? []) {
          const { declaration } = exported;
          const local = module.declarations?.some(({ name }) => name === declaration.name);
          if (!local && declaredIn.has(declaration.name))
            declaration.module = declaredIn.get(declaration.name);
        }
      }
    },
  };
}

function publicOnly() {
  return {
    name: 'kinship-public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected',
          );
        }
      }
    },
  };
}

export default {
  litelement: true,
  globs: ['src/core/kin-element.ts', 'widgets/*/*.component.ts', 'widgets/*/*.ts'],
  exclude: ['widgets/*/*.view.ts', 'widgets/*/*.styles.ts'],
  outdir: 'dist',
  plugins: [definitions(), publicOnly()],
};
