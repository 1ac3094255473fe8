// ESLint runs on the TypeScript sources; eslint-plugin-regexp is here chiefly to catch
// regexes in the lexicon that can backtrack super-linearly (issue: robustness).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.verslag-cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'warn',
      // Bounded windows between word boundaries ("\\bsluit\\b[^.]{0,120}?\\bvergadering") are the
      // lexicon's idiom: the rule reports that the window is never empty, which is intended.
      'regexp/no-contradiction-with-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['bin/**/*.js'], languageOptions: { globals: { process: 'readonly' } } },
);
