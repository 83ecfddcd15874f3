import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        defineBackground: 'readonly',
        defineContentScript: 'readonly',
        chrome: 'readonly',
        browser: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The product's code (tests build fixture DOMs from strings; that is fine there).
    files: [
      'entrypoints/**/*.{ts,tsx}',
      'compose/**/*.{ts,tsx}',
      'components/**/*.{ts,tsx}',
      'utils/**/*.ts',
      'core/**/*.ts',
    ],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      // Page and draft text is never markup: no HTML strings into the DOM, anywhere. (The only
      // innerHTML in the build is Preact's own dangerouslySetInnerHTML path, never reached.)
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML.',
        },
        {
          selector:
            'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render text, never HTML.',
        },
        {
          selector:
            "CallExpression[callee.property.name='insertAdjacentHTML'], CallExpression[callee.object.name='document'][callee.property.name=/^write/]",
          message: 'Render text, never HTML.',
        },
      ],
    },
  },
  {
    // The pure core: no browser, DOM, wxt or idb (DESIGN.md).
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'wxt',
                'wxt/*',
                '#imports',
                'idb',
                'preact',
                'preact/*',
                'webextension-polyfill',
              ],
              message: 'core/ is pure TypeScript',
            },
            {
              group: ['@/*', '~/*', '../entrypoints/*', '../components/*', '../utils/*'],
              message: 'core/ never imports from the rest of the project',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'chrome',
        'browser',
        'navigator',
        'fetch',
      ],
    },
  },
  {
    // The compose-box framework: the DOM and the UI, but no extension API, so the content
    // script and the practice page run the same code (issue 11). The browser glue passes in
    // what it needs (analyzer, counts, park, contact) as callbacks.
    files: ['compose/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', '#imports', 'idb', 'webextension-polyfill'],
              message: 'compose/ has no extension API: take it as a callback',
            },
            {
              group: ['@/utils/*', '@/entrypoints/*', '../entrypoints/*', '../utils/*'],
              allowTypeImports: true,
              message: 'compose/ never imports browser glue or entry points (types only)',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'chrome', 'browser'],
    },
  },
);
