import type { ParseContext } from '../context.js';

export function attributeSpeakers(_ctx: ParseContext): void {}
