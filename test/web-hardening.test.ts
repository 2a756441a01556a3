// The web app under odd or hostile requests (issue 14, "smaller things"): each gets a status
// and a message that say what is wrong, and nothing a client sends shapes a link or a frame.

import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { createApp } from '../src/web/app';
import { allowedHosts, linkHost } from '../src/web/hosts';
import { serve } from '../src/web/listen';
import { fixtureAnalyze } from './browser/fixture-analyzer';

const app = createApp({ analyze: fixtureAnalyze });

describe('JSON bodies', () => {
  test.each([['null'], ['"hello"'], ['42']])('%s is valid JSON but not an object: 400 saying so', async (body) => {
    const res = await request(app).post('/api/analyze').set('Content-Type', 'application/json').send(body).expect(400);
    expect(res.body).toEqual({ error: 'the body must be a JSON object' });
  });

  test('a charset other than UTF-8 is 415', async () => {
    const res = await request(app).post('/api/analyze').set('Content-Type', 'application/json; charset=utf-16').send('{"text":"x"}').expect(415);
    expect(res.body.error).toMatch(/charset/);
  });

  test('a gzip body that is not gzip is 400 with a message, not zlib\'s', async () => {
    const res = await request(app).post('/api/analyze').set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send('{"text":"x"}').expect(400);
    expect(res.body.error).toBe('the request body could not be decompressed: check its Content-Encoding');
  });

  test('a real gzip body is read', async () => {
    const res = await request(app).post('/api/analyze').set('Content-Type', 'application/json').set('Content-Encoding', 'gzip')
      .serialize((body) => body as string).send(gzipSync(JSON.stringify({ text: 'Hundreds killed' }))).expect(200);
    expect(res.body.text).toBe('Hundreds killed');
  });
});

describe('methods', () => {
  test.each([
    ['put', '/', 'GET, POST'],
    ['delete', '/compare', 'GET, POST'],
    ['get', '/api/analyze', 'POST'],
    ['patch', '/api/compare', 'POST'],
  ] as const)('%s %s is 405 with Allow: %s', async (method, path, allow) => {
    const res = await request(app)[method](path).expect(405);
    expect(res.headers.allow).toBe(allow);
  });
});

describe('a URL over 16 KB', () => {
  test('gets 431 with a reason, not an empty reply', async () => {
    const server = serve(app, 0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: `/?text=${'a'.repeat(17_000)}` }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
    await new Promise((resolve) => server.close(resolve));
    expect(status).toBe(431);
    expect(body).toContain('send long texts in the body of a POST');
  });
});

describe('form posts from elsewhere are refused', () => {
  test.each([
    ['Origin: null', { Origin: 'null' }],
    ['Sec-Fetch-Site: same-site', { 'Sec-Fetch-Site': 'same-site' }],
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['another Origin', { Origin: 'https://evil.example' }],
  ])('%s: 403', async (_name, headers) => {
    await request(app).post('/corpus/events').set(headers).type('form').send({ id: 'x', event: 'y' }).expect(403);
  });

  test.each([
    ['a browser on this page (Sec-Fetch-Site: same-origin), even with Origin: null', { 'Sec-Fetch-Site': 'same-origin', Origin: 'null' }],
    ['a client that says nothing of where it comes from', {}],
    ['a client naming this host as Origin', { Origin: 'http://localhost' }],
  ])('%s: passes the check (then 400: no such item)', async (_name, headers) => {
    const res = await request(app).post('/corpus/events').set('Host', 'localhost').set(headers).type('form').send({ id: 'x', event: 'y' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('x');
  });

  test('pages send their address to this app only (Referrer-Policy: same-origin)', async () => {
    const res = await request(app).get('/').expect(200);
    expect(res.headers['referrer-policy']).toBe('same-origin');
  });
});

describe('share links and frames', () => {
  test('the share link names an allowed host, whatever Host the client sent', async () => {
    const res = await request(app).get('/?text=Hundreds%20killed').set('Host', 'evil.example').expect(200);
    expect(res.text).toContain('value="http://localhost/?text=Hundreds+killed"');
    expect(res.text).not.toContain('evil.example');
  });

  test.each([
    ['localhost:3000', ['localhost'], 'localhost:3000'],
    ['framing.example.org', ['framing.example.org'], 'framing.example.org'],
    ['evil.example', ['framing.example.org', 'localhost'], 'framing.example.org'],
    [undefined, ['localhost'], 'localhost'],
  ])('Host %s with ALLOWED_HOSTS %j gives %s', (host, allowed, expected) => {
    expect(linkHost(host, allowed)).toBe(expected);
  });

  test('ALLOWED_HOSTS is read as a comma-separated list, localhost by default', () => {
    expect(allowedHosts({ ALLOWED_HOSTS: ' framing.example.org , Localhost:3000 ' })).toEqual(['framing.example.org', 'localhost:3000']);
    expect(allowedHosts({})).toEqual(['localhost', '127.0.0.1', '[::1]']);
  });

  test('X-Frame-Options agrees with frame-ancestors, and no HSTS over plain HTTP', async () => {
    const res = await request(app).get('/').expect(200);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('text length', () => {
  test('line breaks sent as CRLF count once, as the browser counts them', async () => {
    const line = `${'x'.repeat(98)}\r\n`;
    const text = line.repeat(200).slice(0, 19_990);
    expect(text.replace(/\r\n/g, '\n').length).toBeLessThanOrEqual(20_000);
    expect(text.length).toBeGreaterThan(19_900);
    await request(app).post('/api/analyze').send({ text: `${text}${'y'.repeat(150)}` }).expect(200);
  });
});
