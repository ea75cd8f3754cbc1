import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Paths are relative to this file's folder (scripts/), hence the leading **/.
  { ignores: ['**/dist/', '**/node_modules/', '**/reports/', '**/models/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Page content is hostile: nothing may be written into the DOM as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page content as text (textContent), never as HTML.' },
        { property: 'outerHTML', message: 'Render page content as text (textContent), never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render page content as text, never as HTML.' },
      ],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML from data.' }],
    },
  },
);
