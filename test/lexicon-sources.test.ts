// Sources a reader can trust (issue 16): a source whose title names its publisher (in the
// citation's lead, before the quoted title) or whose `publisher` field names it must link to
// that publisher's own site, or say where the copy was read (`via`). A critic who clicks a
// "BBC" source and lands on an aggregator loses trust in the tool. Every source also says who
// published it and when (`publisher`, `date`).

import { loadLexicon } from '../src/lexicon';
import { ARABIC_LEXICON_DIR } from '../src/lexicon/arabic-matcher';

/** Publishers that source titles name, and the domains that are theirs. */
const PUBLISHERS: ReadonlyArray<[RegExp, string[]]> = [
  [/\bBBC\b(?! Watch)/, ['bbc.co.uk', 'bbc.com']],
  [/\bReuters\b/, ['reuters.com']],
  [/\bAP\b|Associated Press/, ['apnews.com', 'ap.org', 'apstylebook.com']],
  [/\bAmnesty\b/, ['amnesty.org']],
  [/\bUN Commission|\bOHCHR\b/, ['un.org', 'ohchr.org']],
  [/Syrian Observatory|\bSOHR\b/, ['syriahr.com']],
  [/\bSky News\b/, ['news.sky.com', 'sky.com']],
  [/\bFAIR\b/, ['fair.org']],
  [/\bThe Intercept\b/, ['theintercept.com']],
  [/\bAl Jazeera\b/, ['aljazeera.com', 'aljazeera.net']],
  [/\bThe Guardian\b/, ['theguardian.com']],
  [/\bNew York Times\b|\bNYT\b/, ['nytimes.com']],
  [/\bWashington Post\b/, ['washingtonpost.com']],
  [/\bHuffPost\b/, ['huffpost.com', 'huffingtonpost.co.uk', 'huffingtonpost.com', 'huffingtonpost.ca']],
  [/\bNewsweek\b/, ['newsweek.com']],
  [/\bPoynter\b/, ['poynter.org']],
  [/\bIranWire\b/, ['iranwire.com']],
  [/\bB'Tselem\b/, ['btselem.org']],
  [/\bACLU\b/, ['aclu.org']],
  [/\bArab News\b/, ['arabnews.com']],
  [/\bEl País\b/, ['elpais.com']],
  [/\bToronto Star\b/, ['thestar.com']],
  [/\bIran International\b/, ['iranintl.com']],
  [/\bJerusalem Post\b/, ['jpost.com']],
];

/** The citation's lead, before the title in quotes or a bracket: who published it ("BBC News, 7 Mar. 2025: ..."). */
const leadOf = (title: string): string => title.split(/['‘“(]/)[0] ?? '';

const hostOf = (url: string): string => new URL(url).hostname.replace(/^www\./, '');
const owns = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

type Publisher = (typeof PUBLISHERS)[number];
/** The known publishers a text names. */
const namedIn = (text: string): Publisher[] => PUBLISHERS.filter(([name]) => name.test(text));
/** Whether the link is on a site of one of these publishers. */
const ownedBy = (named: Publisher[], url: string): boolean =>
  named.some(([, domains]) => domains.some((d) => owns(hostOf(url), d)));

describe('lexicon sources', () => {
  // the English lexicon and the Arabic one (data/lexicon/ar/)
  const sources = [...loadLexicon().sources.values(), ...loadLexicon(ARABIC_LEXICON_DIR).sources.values()];

  test.each(sources.filter((s) => s.url).map((s) => [s.id, s] as const))('%s: its link belongs to a publisher its title names, or it says via', (_id, source) => {
    const named = namedIn(leadOf(source.title));
    if (named.length === 0 || source.via) return;
    const url = source.url as string;
    expect({ title: source.title, host: hostOf(url), owned: ownedBy(named, url) })
      .toEqual({ title: source.title, host: hostOf(url), owned: true });
  });

  test('every source says who published it and when', () => {
    const lacking = sources
      .filter((s) => !s.publisher?.trim() || !s.date)
      .map((s) => `${s.id}:${s.publisher?.trim() ? '' : ' publisher'}${s.date ? '' : ' date'}`);
    expect(lacking).toEqual([]);
  });

  test.each(sources.filter((s) => s.url && s.publisher).map((s) => [s.id, s] as const))('%s: its link belongs to the publisher it names, or it says via', (_id, source) => {
    const named = namedIn(source.publisher as string);
    if (named.length === 0 || source.via) return;
    const url = source.url as string;
    expect({ publisher: source.publisher, host: hostOf(url), owned: ownedBy(named, url) })
      .toEqual({ publisher: source.publisher, host: hostOf(url), owned: true });
  });

  test('via names the host the copy was read on', () => {
    for (const s of sources.filter((x) => x.via)) expect(owns(hostOf(s.url as string), (s.via as string).toLowerCase())).toBe(true);
  });

  test('the check can fail: a BBC title on an aggregator is caught', () => {
    const named = namedIn(leadOf("BBC News, 7 Mar. 2025: a source told SANA that 'individual violations' occurred"));
    expect(named).not.toHaveLength(0);
    expect(ownedBy(named, 'https://globaleconomyedition.com/x')).toBe(false);
  });

  test('the check can fail: an Amnesty publisher on a news site is caught, on amnesty.org it passes', () => {
    const named = namedIn('Amnesty International');
    expect(named).not.toHaveLength(0);
    expect(ownedBy(named, 'https://anfenglishmobile.com/human-rights/ai-massacres-78713')).toBe(false);
    expect(ownedBy(named, 'https://www.amnesty.org/en/latest/news/2025/04/x/')).toBe(true);
  });
});
