import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Lint rules that keep `files` inside the pure core; `outside` is the path that leaves it. */
function pureCore(files, outside) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', '@fluentui/*', '@microsoft/*', '@azure/*'],
              message: 'src/core is pure TypeScript.',
            },
            { group: ['node:*', 'fs', 'path', 'http'], message: 'src/core does no I/O.' },
            { group: [outside], message: 'src/core imports nothing outside itself.' },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-*', 'coverage', '.local', 'appPackage/build'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // The domain core stays pure: no framework, no SDK, no I/O, nothing from outside src/core.
  pureCore(['src/core/*.ts'], '../*'),
  pureCore(['src/core/*/**/*.ts'], '../../*'),
);
