// Texts not in English say so (issue 14, "Language"), and English headlines, short ones and
// those full of names, are never taken for another language.

import request from 'supertest';
import { languageOf } from '../src/nlp/language';
import { createApp } from '../src/web/app';
import { languageNote } from '../src/language-note';

describe('languageOf', () => {
  test.each([
    ['Des centaines de morts alors que les forces de sécurité syriennes combattent les fidèles', 'fra'],
    ['Cientos de muertos mientras las fuerzas de seguridad sirias combaten a los leales', 'spa'],
    ['مقتل المئات في اشتباكات بين قوات الأمن وفلول النظام', 'arb'],
    ['Сотни погибших в столкновениях на побережье', 'rus'],
  ])('%s → %s', (text, code) => {
    expect(languageOf(text)).toMatchObject({ code, english: false });
  });

  test.each([
    'Pilot killed',
    'Israeli strike kills 19',
    'Leeds councillor Jane Doe quits Labour over party’s ‘moral direction’',
    'death toll in the city rises to 40 as shelling continues',
    'PROTESTERS WERE SHOT BY POLICE OUTSIDE THE MINISTRY',
  ])('English: %s', (text) => {
    expect(languageOf(text).english).toBe(true);
  });

  test('the notice says what is not analysed, and only for other languages', () => {
    expect(languageNote(languageOf('Des centaines de morts alors que les forces de sécurité syriennes combattent les fidèles')))
      .toMatch(/^This text looks like French\. framing reads English only/);
    expect(languageNote(languageOf('Pilot killed'))).toBeNull();
  });
});

describe('pages', () => {
  const app = createApp();

  test('an Arabic text gets the notice, and is shown right to left', async () => {
    const res = await request(app).post('/').type('form').send({ text: 'مقتل المئات في اشتباكات بين قوات الأمن وفلول النظام' }).expect(200);
    expect(res.text).toContain('This text looks like Arabic. Passives, harm events and who is named are analysed for English only');
    expect(res.text).toContain('dir="auto"');
    // The Arabic lexicon marks the label (data/lexicon/ar/delegitimising-label.yml).
    expect(res.text).toMatch(/<mark class="hl[^"]*"[^>]*>وفلول النظام/);
  });

  test('a pasted URL gets a hint instead of an analysis', async () => {
    const res = await request(app).post('/').type('form').send({ text: 'https://www.example.org/news/2025/03/08/syria' }).expect(400);
    expect(res.text).toContain('looks like a web address: framing does not fetch pages');
  });
});
