#!/usr/bin/env python3
"""Draw the twentieth real-text gold sample (issue 13, stop 32), reproducibly.

The 18th sample's new source again, and the pool with most harm left, in the seeded order every pool follows:
- the next 100 first prose sentences of local US news articles on shootings (gva-first, ids ge);
- the next 100 later sentences of those articles (gva-later, ids gf);
- the next 100 headlines of humicroedit (Reddit's r/worldnews and r/politics, 2017-18; ids hw).
Split dev/test alternately within each stretch.
  python3 eval/real/sample19.py MIRRORS_DIR > eval/data/real/items19.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once before any rule looked at its dev half, and again at the stop's end.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 19)]
STRETCHES = [('gva-first', 'ge', 0, 100, 0), ('gva-later', 'gf', 0, 100, 0),
             ('humicroedit', 'hw', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
