// The app with the real analyser (tagger model and detectors): the seed headline must come
// back with "killed" flagged as a passive with no agent, on the page and from the API.

import request from 'supertest';
import { createApp } from '../src/web/app';

const app = createApp();
const SEED = 'Hundreds killed as Syria security forces battle al-Assad loyalists';

jest.setTimeout(30_000);

test('the Analyse page flags "killed" in the seed headline as agent omitted', async () => {
  const res = await request(app).get('/').query({ text: SEED }).expect(200);
  expect(res.text).toMatch(/<mark class="hl hl-agentless" tabindex="0" aria-describedby="t-tip-\d+">killed</);
  expect(res.text).toContain('Agent omitted: passive');
});

test('the API returns an agentless passive on "killed"', async () => {
  const res = await request(app).post('/api/analyze').send({ text: SEED }).expect(200);
  expect(res.body.annotations).toContainEqual(expect.objectContaining({
    type: 'passive', text: 'killed', agent: null, start: 9, end: 15 }));
});

test('the corpus page annotates the shipped sample', async () => {
  const res = await request(app).get('/corpus').expect(200);
  expect(res.text).toContain('class="hl hl-agentless"');
  expect(res.text).not.toContain('The analyser is not available');
});
