#!/usr/bin/env python3
"""Draw the forty-ninth real-text gold sample (issue 13, stop 40, first), reproducibly.

The next stretches of the headline pools of the 31st to 48th samples, Al Jazeera English
headlines on Israel and Palestine (aje-headlines) and world news headlines of a public news
collection (fwd-worldnews), and of the first sentences of Al Jazeera standfirsts
(aje-descriptions), in the seeded order every pool follows:
- 100 items of each, ids nc, nd and ne.
Split dev/test alternately within each stretch.
  python3 eval/real/sample48.py MIRRORS_DIR > eval/data/real/items48.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 48)]
STRETCHES = [('aje-headlines', 'nc', 0, 100, 0), ('fwd-worldnews', 'nd', 0, 100, 0), ('aje-descriptions', 'ne', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
