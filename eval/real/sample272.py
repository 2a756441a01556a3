#!/usr/bin/env python3
"""Draw the two-hundred-and-seventy-third real-text gold sample (issue 13, stop 56, fourteenth), reproducibly.

The next leads and titles of AG's News World articles of 2004-05 (ag-world-descriptions,
ag-world-titles), in the seeded order every pool follows:
- ids oy (100 leads) and oz (100 titles).
Split dev/test alternately within each stretch.
  python3 eval/real/sample272.py MIRRORS_DIR > eval/data/real/items272.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 272)]
STRETCHES = [('ag-world-descriptions', 'oy', 0, 100, 0), ('ag-world-titles', 'oz', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
