#!/usr/bin/env python3
"""Draw the eighty-seventh real-text gold sample (issue 13, stop 43, ninth), reproducibly.

The next ABC News (Australia) headlines of 2003 (abc-2003), later sentences of local US news
articles on shootings (gva-later) and the last Al Jazeera standfirsts (aje-descriptions),
in the seeded order every pool follows:
- 100 items of each of the first two, ids mj and mk; the 74 left of aje-descriptions, id ml.
Split dev/test alternately within each stretch.
  python3 eval/real/sample86.py MIRRORS_DIR > eval/data/real/items86.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 86)]
STRETCHES = [('abc-2003', 'mj', 0, 100, 0), ('gva-later', 'mk', 0, 100, 0), ('aje-descriptions', 'ml', 0, 74, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
