// ESLint flat config. The security rules at the bottom are the point: portal data must reach the DOM as
// text only, so HTML sinks and code evaluation are forbidden everywhere except the one sanitizer module.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const SANITIZER_MODULE = 'packages/widgets/src/internal/sanitize.ts';

const htmlSinks = [
  {
    selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML|srcdoc)$/]',
    message: 'HTML sink: render portal data as text (Lit bindings) or go through the sanitizer module.',
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTML|setHTMLUnsafe|createContextualFragment|write|writeln)$/]',
    message: 'HTML sink: render portal data as text (Lit bindings) or go through the sanitizer module.',
  },
  {
    selector: "CallExpression[callee.property.name='html'][arguments.length>0]",
    message: 'd3 selection.html() is an HTML sink; use .text().',
  },
  {
    selector:
      'TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/\\.(innerHTML|outerHTML)\\s*=|srcdoc\\s*=/]',
    message: 'HTML sink in a Lit template (.innerHTML / srcdoc binding).',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'docs/api/**',
      'coverage/**',
      'packages/demo-portal/data/**',
      'test/fixtures/**',
      '.bench-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,ts}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-globals': ['error', { name: 'eval', message: 'No code evaluation (strict CSP).' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'HTML sink: only the sanitizer module may use it.',
            },
            {
              name: 'lit-html/directives/unsafe-html.js',
              message: 'HTML sink: only the sanitizer module may use it.',
            },
            {
              name: 'lit/directives/unsafe-svg.js',
              message: 'SVG sink: only the sanitizer module may use it.',
            },
            {
              name: 'lit/directives/style-map.js',
              message:
                'styleMap writes a style attribute on its first render, which a strict CSP blocks; use cssProperties() from packages/widgets/src/internal/css-properties.ts.',
            },
            {
              name: 'd3',
              message: 'Import the d3 modules you need (d3-scale, d3-shape …), not the umbrella.',
            },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...htmlSinks],
    },
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'packages/embed/src/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
    },
  },
  {
    files: [SANITIZER_MODULE],
    rules: { 'no-restricted-syntax': 'off', 'no-restricted-imports': 'off' },
  },
  {
    // Tests may use chai's expression assertions (`expect(x).to.be.true`) and read untyped JSON.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
