#!/usr/bin/env python3
"""Draw the twenty-third real-text gold sample (issue 13, stop 34), reproducibly.

A source none of the earlier samples used: ABC News (Australia) headlines of February to June
2003 (the war in Iraq, SARS, the Bali bombing trials, Australian crime and courts), all in lower
case as the collection publishes them, in the seeded order every pool follows:
- 300 headlines (abc-2003), ids ka (the first 150) and kb (the next 150).
Split dev/test alternately within each stretch.
  python3 eval/real/sample22.py MIRRORS_DIR > eval/data/real/items22.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 22)]
STRETCHES = [('abc-2003', 'ka', 0, 150, 0), ('abc-2003', 'kb', 0, 150, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
