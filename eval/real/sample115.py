#!/usr/bin/env python3
"""Draw the hundred-and-sixteenth real-text gold sample (issue 13, stop 49), reproducibly.

Later sentences of local US news articles on shootings (gva-later), the next ABC News (Australia)
headlines of 2003 (abc-2003) and the next news headlines of the Humicroedit
set (humicroedit; the HuffPost and world-news pools of earlier samples are used up),
in the seeded order every pool follows:
- 100 items of each, ids qm, qn and qo.
Split dev/test alternately within each stretch.
  python3 eval/real/sample115.py MIRRORS_DIR > eval/data/real/items115.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 115)]
STRETCHES = [('gva-later', 'qm', 0, 100, 0), ('abc-2003', 'qn', 0, 100, 0), ('humicroedit', 'qo', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
