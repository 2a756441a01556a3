#!/usr/bin/env python3
"""Draw the fifty-fourth real-text gold sample (issue 13, stop 40, sixth), reproducibly.

The next Al Jazeera English headlines (aje-headlines) and ABC News (Australia) headlines of
2003 (abc-2003), and the next first prose sentences of local US news articles on shootings
(gva-first; the 18th to 20th samples' source), in the seeded order every pool follows:
- 100 items of each, ids ud, ue and uf.
Split dev/test alternately within each stretch.
  python3 eval/real/sample53.py MIRRORS_DIR > eval/data/real/items53.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 53)]
STRETCHES = [('aje-headlines', 'ud', 0, 100, 0), ('abc-2003', 'ue', 0, 100, 0), ('gva-first', 'uf', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
