export * from './position.js';
export * from './diagnostic.js';
export * from './verslag.js';
export * from './roster.js';
