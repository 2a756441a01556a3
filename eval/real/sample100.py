#!/usr/bin/env python3
"""Draw the hundred-and-first real-text gold sample (issue 13, stop 43, twenty-third), reproducibly.

HuffPost headlines from desks other than world and crime news (huffpost-other-desks), later
sentences of local US news articles on shootings (gva-later) and the next ABC News (Australia)
headlines of 2003 (abc-2003),
in the seeded order every pool follows:
- 100 items of each, ids bm, bn and bo.
Split dev/test alternately within each stretch.
  python3 eval/real/sample100.py MIRRORS_DIR > eval/data/real/items100.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 100)]
STRETCHES = [('huffpost-other-desks', 'bm', 0, 100, 0), ('gva-later', 'bn', 0, 100, 0), ('abc-2003', 'bo', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
