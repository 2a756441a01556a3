#!/usr/bin/env python3
"""Draw the seventy-sixth real-text gold sample (issue 13, stop 42, tenth), reproducibly.

The next ABC News (Australia) headlines of 2003 (abc-2003), first sentences of local US news
articles on shootings (gva-first) and HuffPost headlines from desks other than world and crime
news (huffpost-other-desks), in the seeded order every pool follows:
- 100 items of each, ids bj, bk and bl.
Split dev/test alternately within each stretch.
  python3 eval/real/sample75.py MIRRORS_DIR > eval/data/real/items75.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 75)]
STRETCHES = [('abc-2003', 'bj', 0, 100, 0), ('gva-first', 'bk', 0, 100, 0), ('huffpost-other-desks', 'bl', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
