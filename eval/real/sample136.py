#!/usr/bin/env python3
"""Draw the hundred-and-thirty-seventh real-text gold sample (issue 13, stop 51, sixth), reproducibly.

The next later sentences of US local news on shootings (gva-later), the next ABC News
(Australia) headlines of 2003 (abc-2003) and the next Humicroedit news headlines (humicroedit),
in the seeded order every pool follows:
- ids zp (100), zq (100) and zr (79: the last of humicroedit).
Split dev/test alternately within each stretch.
  python3 eval/real/sample136.py MIRRORS_DIR > eval/data/real/items136.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 136)]
STRETCHES = [('gva-later', 'zp', 0, 100, 0), ('abc-2003', 'zq', 0, 100, 0), ('humicroedit', 'zr', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
