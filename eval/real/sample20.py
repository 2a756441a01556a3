#!/usr/bin/env python3
"""Draw the twenty-first real-text gold sample (issue 13, stop 33), reproducibly.

A source none had used: Al Jazeera English on Israel and Palestine (2021-23, most of it the war
on Gaza of late 2023), in the seeded order every pool follows:
- 150 headlines (aje-headlines, ids ja);
- 150 first sentences of the articles' standfirsts (aje-descriptions, ids jb).
Split dev/test alternately within each stretch.
  python3 eval/real/sample20.py MIRRORS_DIR > eval/data/real/items20.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once before any rule looked at its dev half, and again at the stop's end.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 20)]
STRETCHES = [('aje-headlines', 'ja', 0, 150, 0), ('aje-descriptions', 'jb', 0, 150, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
