// `npm start`: serves the app on PORT (default 3000) with the shipped sample corpus, or
// with the corpus store at FRAMING_DB when that is set.

import { analyze } from '../analyze';
import { CorpusStore } from '../corpus/store/store';
import { createApp } from './app';
import { serve } from './listen';

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`framing: PORT must be a port number, got "${process.env.PORT}"`);
  process.exit(2);
}

// Models and lexicons load now, not on the first visitor's request.
analyze('Warm-up: one man was killed.');

const store = process.env.FRAMING_DB ? CorpusStore.open(process.env.FRAMING_DB) : undefined;
const server = serve(createApp({ store }), port);
server.on('listening', () => console.log(`framing: serving on http://localhost:${port}`));
server.on('error', (error: Error) => {
  console.error(`framing: cannot listen on port ${port}: ${error.message}`);
  process.exit(1);
});
