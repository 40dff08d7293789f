import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.kinship/', 'test-artifacts/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'widgets/**/*.ts', 'test/browser/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'No eval: Kinship runs under strict CSPs.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No new Function: Kinship runs under strict CSPs.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'widgets/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message: "Use 'zod/mini' in the browser: classic zod is 4× larger and probes eval.",
            },
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'Endpoint data is text, never HTML.',
            },
          ],
        },
      ],
    },
  },
);
