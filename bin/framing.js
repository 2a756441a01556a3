#!/usr/bin/env node
'use strict';
process.env.DOTENV_CONFIG_QUIET ??= 'true';
// before any analysis code is optimised: less inlining, less background compiling (src/cli/jit.ts)
require('../dist/src/cli/jit.js').tuneJit();
require('../dist/src/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { process.stderr.write(`framing: ${error && error.message ? error.message : error}\n`); process.exitCode = 2; },
);
