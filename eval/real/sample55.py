#!/usr/bin/env python3
"""Draw the fifty-sixth real-text gold sample (issue 13, stop 40, eighth), reproducibly.

The last Al Jazeera English headlines (aje-headlines, fewer than 100 left), the next ABC News
(Australia) headlines of 2003 (abc-2003) and later sentences of local US news articles on
shootings (gva-later; the 18th to 20th samples' source), in the seeded order every pool follows:
- 100 items of each where the pool has them, ids wd, we and wf.
Split dev/test alternately within each stretch.
  python3 eval/real/sample55.py MIRRORS_DIR > eval/data/real/items55.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 55)]
STRETCHES = [('aje-headlines', 'wd', 0, 100, 0), ('abc-2003', 'we', 0, 100, 0), ('gva-later', 'wf', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
