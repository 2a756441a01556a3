#!/usr/bin/env python3
"""Draw the twenty-second real-text gold sample (issue 13, stop 33), reproducibly.

The 21st sample's source again: Al Jazeera English on Israel and Palestine (2021-23, most of it the war
on Gaza of late 2023), in the seeded order every pool follows:
- the next 150 headlines (aje-headlines, ids jc);
- the next 150 first sentences of the articles' standfirsts (aje-descriptions, ids jd).
Split dev/test alternately within each stretch.
  python3 eval/real/sample21.py MIRRORS_DIR > eval/data/real/items21.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; labelled while the stop's rules were written, and measured once, at its end.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 21)]
STRETCHES = [('aje-headlines', 'jc', 0, 150, 0), ('aje-descriptions', 'jd', 0, 150, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
