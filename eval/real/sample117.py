#!/usr/bin/env python3
"""Draw the hundred-and-eighteenth real-text gold sample (issue 13, stop 49, third), reproducibly.

The Guardian's headlines on Israel and Gaza of 2023 (guardian-2023, a new pool: every one no
earlier sample holds), then the next ABC News (Australia) headlines of 2003 (abc-2003) and the
next news headlines of the Humicroedit set (humicroedit), in the seeded order every pool follows:
- 113 items of the first (ids sm), 94 and 93 of the others (sn, so): 300.
Split dev/test alternately within each stretch.
  python3 eval/real/sample117.py MIRRORS_DIR > eval/data/real/items117.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 117)]
STRETCHES = [('guardian-2023', 'sm', 0, 113, 0), ('abc-2003', 'sn', 0, 94, 0), ('humicroedit', 'so', 0, 93, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
