#!/usr/bin/env python3
"""Draw the eighty-first real-text gold sample (issue 13, stop 43, third), reproducibly.

First sentences of local US news articles on shootings (gva-first), Al Jazeera standfirsts
(aje-descriptions) and later sentences of local US news articles on shootings (gva-later),
in the seeded order every pool follows:
- 100 items of each, ids gj, gk and gl.
Split dev/test alternately within each stretch.
  python3 eval/real/sample80.py MIRRORS_DIR > eval/data/real/items80.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 80)]
STRETCHES = [('gva-first', 'gj', 0, 100, 0), ('aje-descriptions', 'gk', 0, 100, 0), ('gva-later', 'gl', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
