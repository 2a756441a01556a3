#!/usr/bin/env python3
"""Draw the eighteenth real-text gold sample (issue 13, stop 32), reproducibly.

A new source, and the pool with most harm left, in the seeded order every pool follows:
- the next 100 first prose sentences of local US news articles on shootings (gva-first, ids ga);
- the next 100 later sentences of those articles (gva-later, ids gb);
- the next 100 headlines of humicroedit (Reddit's r/worldnews and r/politics, 2017-18; ids hu).
Split dev/test alternately within each stretch.
  python3 eval/real/sample17.py MIRRORS_DIR > eval/data/real/items17.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule of the stop looked at them.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 17)]
STRETCHES = [('gva-first', 'ga', 0, 100, 0), ('gva-later', 'gb', 0, 100, 0),
             ('humicroedit', 'hu', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
