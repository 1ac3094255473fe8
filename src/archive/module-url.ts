/**
 * The URL of a module beside `base` (an import.meta.url). Under a TypeScript loader (tests, tsx) the
 * sources are .ts; built, they are .js. Workers import by URL, so the extension must be the real one.
 * A module of its own: the CLI names products without loading the parser that product.ts imports.
 */
export function siblingModule(base: string, relativeJs: string): string {
  const url = new URL(relativeJs, base);
  if (base.endsWith('.ts')) url.pathname = url.pathname.replace(/\.js$/, '.ts');
  return url.href;
}
