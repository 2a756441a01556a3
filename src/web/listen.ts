// Listening: the app on a port, with a plain answer for requests Node refuses before the app
// sees them (a URL or headers over 16 KB get 431 with a reason, not an empty reply).

import { createServer, type Server } from 'node:http';
import type { Express } from 'express';

const TOO_LARGE =
  'HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n' +
  'request too large: the URL and headers may be at most 16 KB; send long texts in the body of a POST\n';

export function serve(app: Express, port: number, host?: string): Server {
  const server = createServer(app);
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return;
    if (err.code === 'HPE_HEADER_OVERFLOW') socket.end(TOO_LARGE);
    else socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
  return host === undefined ? server.listen(port) : server.listen(port, host);
}
