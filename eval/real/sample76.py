#!/usr/bin/env python3
"""Draw the seventy-seventh real-text gold sample (issue 13, stop 42, eleventh), reproducibly.

First sentences of local US news articles on shootings (gva-first), Al Jazeera standfirsts
(aje-descriptions) and the next ABC News (Australia) headlines of 2003 (abc-2003), in the seeded
order every pool follows:
- 100 items of each, ids cj, ck and cl.
Split dev/test alternately within each stretch.
  python3 eval/real/sample76.py MIRRORS_DIR > eval/data/real/items76.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 76)]
STRETCHES = [('gva-first', 'cj', 0, 100, 0), ('aje-descriptions', 'ck', 0, 100, 0), ('abc-2003', 'cl', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
