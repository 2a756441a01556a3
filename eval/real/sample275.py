#!/usr/bin/env python3
"""Draw the two-hundred-and-seventy-sixth real-text gold sample (issue 13, stop 56, seventeenth), reproducibly.

The next leads and titles of AG's News World articles of 2004-05 (ag-world-descriptions,
ag-world-titles), in the seeded order every pool follows:
- ids ry (100 leads) and rz (100 titles).
Split dev/test alternately within each stretch.
  python3 eval/real/sample275.py MIRRORS_DIR > eval/data/real/items275.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 275)]
STRETCHES = [('ag-world-descriptions', 'ry', 0, 100, 0), ('ag-world-titles', 'rz', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
