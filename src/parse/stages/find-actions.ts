import type { ParseContext } from '../context.js';

export function findActions(_ctx: ParseContext): void {}
