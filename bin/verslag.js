#!/usr/bin/env node
// Thin shim: run the built CLI. main() is called unconditionally (an import.meta.url guard is
// false behind npm's bin symlink, and the CLI would silently do nothing).
import { run } from '../dist/cli/run.js';

process.exitCode = await run();
