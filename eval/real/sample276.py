#!/usr/bin/env python3
"""Draw the two-hundred-and-seventy-seventh real-text gold sample (issue 13, stop 56, eighteenth), reproducibly.

The last leads and titles of AG's News World articles of 2004-05 (ag-world-descriptions,
ag-world-titles: the pools run out here) and the next ABC News (Australia) headlines of 2003
(abc-2003), in the seeded order every pool follows:
- ids sy (the last leads), sz (the last titles) and si (100 headlines).
Split dev/test alternately within each stretch.
  python3 eval/real/sample276.py MIRRORS_DIR > eval/data/real/items276.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 276)]
STRETCHES = [('ag-world-descriptions', 'sy', 0, 100, 0), ('ag-world-titles', 'sz', 0, 100, 0), ('abc-2003', 'si', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
