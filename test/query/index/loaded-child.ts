// The CLI as a child process from the TypeScript sources, saying on stderr every module it loads
// ("loaded <url>"), for the test that a query answered from its index loads no parser.
import { register } from 'node:module';

const hooks = `export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  process._rawDebug('loaded ' + resolved.url);
  return resolved;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
const { run } = await import('../../../src/cli/run.js');
process.exitCode = await run();
