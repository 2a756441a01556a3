#!/usr/bin/env python3
"""Draw the hundred-and-seventeenth real-text gold sample (issue 13, stop 49, second), reproducibly.

Later sentences of local US news articles on shootings (gva-later), the next ABC News (Australia)
headlines of 2003 (abc-2003) and the next news headlines of the Humicroedit
set (humicroedit; the HuffPost and world-news pools of earlier samples are used up),
in the seeded order every pool follows:
- 100 items of each, ids rm, rn and ro.
Split dev/test alternately within each stretch.
  python3 eval/real/sample116.py MIRRORS_DIR > eval/data/real/items116.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 116)]
STRETCHES = [('gva-later', 'rm', 0, 100, 0), ('abc-2003', 'rn', 0, 100, 0), ('humicroedit', 'ro', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
