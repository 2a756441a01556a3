// The JSON API through supertest: results in the annotation contract, and every error
// as JSON with its status and a message saying what is wrong.

import request from 'supertest';
import { createApp } from '../src/web/app';
import { fixtureAnalyze } from './browser/fixture-analyzer';

const app = createApp({ analyze: fixtureAnalyze });
const SEED = 'Hundreds killed as Syria security forces battle al-Assad loyalists';

async function expectError(req: request.Test, status: number, message: string | RegExp): Promise<void> {
  const res = await req.expect(status).expect('Content-Type', /json/);
  expect(Object.keys(res.body as object)).toEqual(['error']);
  expect((res.body as { error: string }).error).toMatch(message);
}

describe('POST /api/analyze', () => {
  test('returns the Analysis', async () => {
    const res = await request(app).post('/api/analyze').send({ text: SEED }).expect(200).expect('Content-Type', /json/);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(fixtureAnalyze(SEED))));
    expect(res.body.annotations[0]).toMatchObject({ type: 'passive', text: 'killed', agent: null });
  });

  test.each([
    ['no text', {}, 'text is missing'],
    ['text not a string', { text: ['x'] }, 'text must be a string'],
    ['empty text', { text: ' ' }, 'text is empty'],
  ])('400 for %s', async (_, body, message) => {
    await expectError(request(app).post('/api/analyze').send(body), 400, message);
  });

  test('400 for a body that is not a JSON object', async () => {
    await expectError(request(app).post('/api/analyze').send([SEED]), 400, 'the body must be a JSON object');
  });

  test('400 for malformed JSON', async () => {
    await expectError(request(app).post('/api/analyze').set('Content-Type', 'application/json').send('{"text": '),
      400, 'request body is not valid JSON');
  });

  test('415 for a body that is not JSON', async () => {
    await expectError(request(app).post('/api/analyze').type('form').send({ text: SEED }), 415,
      'send JSON, with Content-Type: application/json');
  });

  test('413 for text over 20,000 characters', async () => {
    await expectError(request(app).post('/api/analyze').send({ text: 'a'.repeat(20_001) }), 413,
      'text is too long: 20001 characters, the limit is 20000');
  });

  test('413 for a body over 1 MB', async () => {
    await expectError(request(app).post('/api/analyze').send({ text: 'a'.repeat(1_100_000) }), 413,
      'request body too large: the limit is 1mb');
  });

  test('500 without internals when the analyser fails', async () => {
    const broken = createApp({ analyze: () => { throw new Error('model missing at /secret/path'); } });
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await request(broken).post('/api/analyze').send({ text: SEED }).expect(500);
    spy.mockRestore();
    expect(res.body).toEqual({ error: 'internal error: the request could not be completed' });
  });
});

describe('POST /api/compare', () => {
  const items = [
    { outlet: 'Outlet A', text: 'Twelve protesters shot dead by police.', date: '2024-05-14', url: 'https://example.org/a' },
    { outlet: 'Outlet B', text: 'Protesters killed in clashes.' },
    { outlet: 'Outlet C', text: 'The ministry spoke of individual violations.' },
  ];

  test('returns each item with its Analysis, and the comparison rows', async () => {
    const res = await request(app).post('/api/compare').send({ items }).expect(200);
    expect(res.body.items).toHaveLength(3);
    expect(res.body.items[0]).toEqual({ outlet: 'Outlet A', date: '2024-05-14', url: 'https://example.org/a',
      analysis: JSON.parse(JSON.stringify(fixtureAnalyze(items[0]!.text))) });
    expect(res.body.items[1]).toMatchObject({ outlet: 'Outlet B', date: null, url: null });
    const agentless = res.body.comparison.find((r: { label: string }) => r.label === 'Agentless passives');
    expect(agentless).toEqual({ label: 'Agentless passives', differs: true, cells: [
      { text: '0', differs: false, hidden: false }, { text: '1', differs: true, hidden: true }, { text: '0', differs: false, hidden: false }] });
  });

  test.each([
    ['no items', {}, 'items must be an array'],
    ['one item', { items: items.slice(0, 1) }, 'a comparison needs 2 to 8 texts, got 1'],
    ['nine items', { items: Array(9).fill(items[1]) }, 'a comparison needs 2 to 8 texts, got 9'],
    ['an item without outlet', { items: [items[1], { text: 'x' }] }, 'items[1].outlet is missing'],
    ['an item without text', { items: [items[1], { outlet: 'x' }] }, 'items[1].text is missing'],
    ['an outlet name too long', { items: [items[1], { outlet: 'x'.repeat(121), text: 'x' }] }, 'items[1].outlet is too long'],
    ['a javascript: URL', { items: [items[1], { ...items[1], url: 'javascript:alert(1)' }] }, 'items[1].url must be an http'],
    ['a bad date', { items: [items[1], { ...items[1], date: '8 March' }] }, 'items[1].date must look like 2025-03-08'],
  ])('400 for %s', async (_, body, message) => {
    await expectError(request(app).post('/api/compare').send(body), 400, message);
  });

  test('413 for a text over 20,000 characters', async () => {
    await expectError(request(app).post('/api/compare').send({ items: [items[1], { outlet: 'x', text: 'a'.repeat(20_001) }] }),
      413, 'items[1].text is too long');
  });
});

test('unknown API routes are JSON 404s, a known route with the wrong method a JSON 405', async () => {
  await expectError(request(app).get('/api/analyze'), 405, 'method not allowed: GET /api/analyze takes POST');
  await expectError(request(app).post('/api/nope').send({}), 404, 'not found: POST /api/nope');
});
