/** The document model: node types, constructors and traversal. */
export * from './ast.js';
export * from './builders.js';
export * from './walk.js';
export * from './numbering.js';
