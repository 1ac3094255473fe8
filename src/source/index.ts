export * from './decode.js';
export * from './lines.js';
export * from './text-builder.js';
export * from './chars.js';
