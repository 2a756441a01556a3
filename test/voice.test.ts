// Whose words (issue 16): every annotation says whether it is in the outlet's own voice,
// quoted, or attributed to a speaker, and names the speaker when the text does.

import { analyze } from '../src/analyze';
import { quotedRanges } from '../src/voice/quotes';

const voices = (text: string) => analyze(text).annotations.map((a) => [a.type, a.text, a.voice, a.speaker?.text ?? null]);

describe('voice', () => {
  test.each([
    // headline single-quote style
    ["President vows to punish 'individual violations'", 'euphemism', 'quoted', null],
    ['President vows to punish “individual violations”', 'euphemism', 'quoted', null],
    // reported speech, speaker after
    ['Five killed in Gaza, health ministry says', 'harm', 'attributed', 'health ministry'],
    ['Police arrested 12 protesters, officials said.', 'harm', 'attributed', 'officials'],
    // a headline's source tag
    ["A third of the militia's fighters killed in the war: report", 'harm', 'attributed', 'report'],
    ['Tanks reach the town as strikes continue - witnesses', 'harm', 'attributed', 'witnesses'],
    // speaker first, and "according to"
    ['Officials said the killings were individual acts of revenge.', 'euphemism', 'attributed', 'Officials'],
    ['According to the ministry, 30 were killed.', 'harm', 'attributed', 'the ministry'],
    // the outlet's own words, a hyphen is no source tag
    ['Hundreds killed as Syria security forces battle al-Assad loyalists', 'harm', 'outlet', null],
  ])('%s: %s is %s', (text, type, voice, speaker) => {
    expect(voices(text).find(([t]) => t === type)?.slice(2)).toEqual([voice, speaker]);
  });

  test('quoted words inside reported speech are quoted, with the speaker', () => {
    expect(voices('The minister said the deaths were “individual violations”.').find(([t]) => t === 'euphemism'))
      .toEqual(['euphemism', 'individual violations', 'quoted', 'The minister']);
  });
});

describe('quotedRanges', () => {
  test.each([
    ["Israel's army and the group's fighters don't agree", []],
    ["vows to punish 'individual violations' in Latakia", ["'individual violations'"]],
    ['he said "no" and “yes”', ['"no"', '“yes”']],
    ['the ‘shattered’ community’s response', ['‘shattered’']],
  ])('%s', (text, expected) => {
    expect(quotedRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(expected);
  });
});
