#!/usr/bin/env python3
"""Draw the hundred-and-nineteenth real-text gold sample (issue 13, stop 49, fourth), reproducibly.

The last first sentences of US local news on shootings (gva-first, 20) then later ones
(gva-later), the next ABC News (Australia) headlines of 2003 (abc-2003), the last HuffPost
descriptions (huffpost-descriptions, 21) then Humicroedit news headlines (humicroedit), in the
seeded order every pool follows:
- ids tm (100: gva-first, then gva-later from tm0021), tn (100) and to (100: the HuffPost
  descriptions, then Humicroedit from to0022).
Split dev/test alternately within each stretch.
  python3 eval/real/sample118.py MIRRORS_DIR > eval/data/real/items118.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 118)]
STRETCHES = [('gva-first', 'tm', 0, 20, 0), ('gva-later', 'tm', 0, 80, 20), ('abc-2003', 'tn', 0, 100, 0),
             ('huffpost-descriptions', 'to', 0, 21, 0), ('humicroedit', 'to', 0, 79, 21)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
