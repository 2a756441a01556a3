// The recased section's items: the text recased, every labelled phrase taken from the same place.

import type { RealGoldItem } from '../eval/real-gold';
import { recasedItem } from '../eval/real-recased-section';

const item: RealGoldItem = {
  id: 'x1', split: 'dev', kind: 'headline', text: 'Two farmers shot dead by soldiers near the border',
  harm: true, events: ['shot dead'], primary: 'shot dead', cause: 'violence', agentNamed: true, device: 'passive-with-agent',
  responsibility: { link: 'grammatical', party: 'soldiers' }, victim: 'Two farmers', nationality: null, role: 'civilian',
  passives: [{ verb: 'shot', agent: 'soldiers' }], note: '', source: {},
};

describe('recasedItem', () => {
  test.each([
    ['Title Case', 'Two Farmers Shot Dead by Soldiers Near the Border', 'Shot Dead', 'Soldiers', 'Two Farmers', 'Shot'],
    ['ALL CAPS', 'TWO FARMERS SHOT DEAD BY SOLDIERS NEAR THE BORDER', 'SHOT DEAD', 'SOLDIERS', 'TWO FARMERS', 'SHOT'],
  ] as const)('%s', (casing, text, primary, party, victim, verb) => {
    const recased = recasedItem(item, casing);
    expect(recased.text).toBe(text);
    expect([recased.primary, recased.responsibility?.party, recased.victim, recased.passives[0]?.verb, recased.passives[0]?.agent]).toEqual([primary, party, victim, verb, party]);
    expect(recased.events).toEqual([primary]);
    // the labels that are no spans stay as they were
    expect([recased.device, recased.role, recased.responsibility?.link]).toEqual([item.device, item.role, item.responsibility?.link]);
  });

  test('as written, nothing changes', () => {
    expect(recasedItem(item, 'as written')).toEqual(item);
  });
});
