// Sources a reader can trust (issue 16): a source whose title names its publisher (in the
// citation's lead, before the quoted title) must link to that publisher's own site, or say
// where the copy was read (`via`). A critic who clicks a
// "BBC" source and lands on an aggregator loses trust in the tool.

import { loadLexicon } from '../src/lexicon';

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
  [/\bAl Jazeera\b/, ['aljazeera.com']],
  [/\bThe Guardian\b/, ['theguardian.com']],
  [/\bNew York Times\b|\bNYT\b/, ['nytimes.com']],
  [/\bWashington Post\b/, ['washingtonpost.com']],
  [/\bHuffPost\b/, ['huffpost.com', 'huffingtonpost.co.uk', 'huffingtonpost.com']],
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

describe('lexicon sources', () => {
  const sources = [...loadLexicon().sources.values()];

  test.each(sources.filter((s) => s.url).map((s) => [s.id, s] as const))('%s: its link belongs to a publisher its title names, or it says via', (_id, source) => {
    const named = PUBLISHERS.filter(([name]) => name.test(leadOf(source.title)));
    if (named.length === 0 || source.via) return;
    const host = hostOf(source.url as string);
    expect({ title: source.title, host, owned: named.some(([, domains]) => domains.some((d) => owns(host, d))) })
      .toEqual({ title: source.title, host, owned: true });
  });

  test('via names the host the copy was read on', () => {
    for (const s of sources.filter((x) => x.via)) expect(owns(hostOf(s.url as string), (s.via as string).toLowerCase())).toBe(true);
  });

  test('the check can fail: a BBC title on an aggregator is caught', () => {
    const host = hostOf('https://globaleconomyedition.com/x');
    const named = PUBLISHERS.filter(([name]) => name.test(leadOf("BBC News, 7 Mar. 2025: a source told SANA that 'individual violations' occurred")));
    expect(named.some(([, domains]) => domains.some((d) => owns(host, d)))).toBe(false);
  });
});
