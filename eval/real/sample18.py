#!/usr/bin/env python3
"""Draw the nineteenth real-text gold sample (issue 13, stop 32, its last), reproducibly.

The 18th sample's new source again, and the pool with most harm left, in the seeded order every pool follows:
- the next 100 first prose sentences of local US news articles on shootings (gva-first, ids gc);
- the next 100 later sentences of those articles (gva-later, ids gd);
- the next 100 headlines of humicroedit (Reddit's r/worldnews and r/politics, 2017-18; ids hv).
Split dev/test alternately within each stretch.
  python3 eval/real/sample18.py MIRRORS_DIR > eval/data/real/items18.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, with the stop's final rules, as text no rule has seen (dev half too).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 18)]
STRETCHES = [('gva-first', 'gc', 0, 100, 0), ('gva-later', 'gd', 0, 100, 0),
             ('humicroedit', 'hv', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
