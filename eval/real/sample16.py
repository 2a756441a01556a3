#!/usr/bin/env python3
"""Draw the seventeenth real-text gold sample (issue 13, stop 31, its last), reproducibly.

Two pools in the seeded order every pool follows, none of their texts in an earlier sample:
- the next 150 headlines of humicroedit (Reddit's r/worldnews and r/politics, 2017-18; ids s);
- the last 57 headlines of HuffPost's crime and world-news desks (ids s, after those);
- the next 93 first sentences of those desks' descriptions (ids t).
Split dev/test alternately within each stretch.
  python3 eval/real/sample16.py MIRRORS_DIR > eval/data/real/items16.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, with the stop's final rules, as text no rule has seen (dev half too).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 16)]
STRETCHES = [('humicroedit', 's', 0, 150, 0), ('huffpost-harm-desks', 's', 0, 57, 150),
             ('huffpost-descriptions', 't', 0, 93, 0)]  # pool, id prefix, skipped, size, first number: earlier samples' items are left out first

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
