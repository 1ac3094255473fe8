// The CLI as a child process from the TypeScript sources, for tests that must kill a real run.
import { run } from '../../src/cli/run.js';

process.exitCode = await run();
