// Rollup plugin: removes the indentation inside Lit's tagged templates (html``, svg``, css``) in
// Kinship's own sources. Minifiers leave template literals alone, so every template otherwise ships
// with its source formatting; the byte budget needs it gone.
//
// Only the literal text between interpolations changes: a run of whitespace that contains a line
// break becomes one space (which HTML and CSS treat the same as any whitespace), and CSS also loses
// comments and the spaces around its punctuation. The TypeScript parser finds the templates, so
// nested templates and `${}` expressions are handled exactly.
import MagicString from 'magic-string';
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

const collapse = (text) => text.replace(/\s*\n\s*/g, ' ');
const minifyCss = (text) =>
  collapse(text.replace(/\/\*[\s\S]*?\*\//g, ''))
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':');

export function minifyTemplates() {
  return {
    name: 'kinship-minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.ts$/.test(id)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const magic = new MagicString(code);
      const visit = (node) => {
        if (
          ts.isTaggedTemplateExpression(node) &&
          ts.isIdentifier(node.tag) &&
          TAGS.has(node.tag.text)
        ) {
          const minify = node.tag.text === 'css' ? minifyCss : collapse;
          const template = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            // The literal text sits between the delimiters: ` or } before it, ` or ${ after it.
            const start = part.getStart(source) + 1;
            const end =
              part.getEnd() -
              (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
            if (end > start) magic.overwrite(start, end, minify(code.slice(start, end)) || ' ');
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return { code: magic.toString(), map: magic.generateMap({ hires: true }) };
    },
  };
}
