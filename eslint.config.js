// Lint rules: typescript-eslint's strict, type-aware rule set for the TypeScript sources and tests,
// ESLint's recommended rules for the plain JavaScript of bin/ and bench/, and the project's habits
// (type-only imports marked as such, strict equality, nothing printed outside the CLI and the bench).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'keluaran/', 'coverage/', 'examples/', 'schema/', 'templates/', 'data/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['vitest.config.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/consistent-type-exports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Spreading a string into code points is how the text measures and escapes work, on purpose.
      '@typescript-eslint/no-misused-spread': ['error', { allow: [{ from: 'lib', name: 'string' }] }],
      '@typescript-eslint/prefer-nullish-coalescing': 'error',
      '@typescript-eslint/prefer-optional-chain': 'error',
      '@typescript-eslint/prefer-includes': 'error',
      '@typescript-eslint/prefer-string-starts-ends-with': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node, sourceType: 'module' },
    rules: { eqeqeq: ['error', 'always'] },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  // Commander hands each action its parsed options untyped; the option definitions above each action
  // fix their shape, and every command reads them through its own typed options interface.
  { files: ['src/cli/program.ts'], rules: { '@typescript-eslint/no-unsafe-argument': 'off' } },
  // The benchmarks are scripts that print their figures.
  { files: ['bench/**'], rules: { 'no-console': 'off' } },
);
