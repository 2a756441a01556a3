#!/usr/bin/env python3
"""Draw the fifty-first real-text gold sample (issue 13, stop 40, third), reproducibly.

The next stretches of the headline pools of the 31st to 50th samples, Al Jazeera English
headlines on Israel and Palestine (aje-headlines) and world news headlines of a public news
collection (fwd-worldnews), and of the first sentences of Al Jazeera standfirsts
(aje-descriptions), in the seeded order every pool follows:
- 100 items of each, ids rd, re and rf.
Split dev/test alternately within each stretch.
  python3 eval/real/sample50.py MIRRORS_DIR > eval/data/real/items50.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 50)]
STRETCHES = [('aje-headlines', 'rd', 0, 100, 0), ('fwd-worldnews', 're', 0, 100, 0), ('aje-descriptions', 'rf', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
