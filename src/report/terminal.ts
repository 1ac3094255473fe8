/**
 * Text from a verslag is data: before it reaches a terminal, control characters and escape
 * sequences are made visible (`\x1b[2J` prints as the six characters `\x1b[2J`), so a file can't
 * recolour, clear or rewrite the user's terminal. Tabs and newlines are kept.
 */
// C0 controls except tab and newline, DEL, C1 controls, and the bidi overrides that can reorder
// what a reader sees.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
