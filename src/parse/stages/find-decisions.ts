import type { ParseContext } from '../context.js';

export function findDecisions(_ctx: ParseContext): void {}
