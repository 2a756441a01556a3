#!/usr/bin/env python3
"""Draw the twenty-seventh real-text gold sample (issue 13, stop 36), reproducibly.

Fresh stretches of three pools the earlier samples drew from, for headlines and sentences the
rules were never fitted to (the test halves of the earlier samples score about 0.06 below their
dev halves): Al Jazeera English headlines on Israel and Palestine (aje-headlines), headlines of
2025 RSS feeds of many outlets (rss2025), and Washington Post and New York Times sentences on
the first weeks of the Gaza war that mention deaths (wp-nyt-2023), in the seeded order every
pool follows:
- 100 items of each, ids oa, ob and oc.
Split dev/test alternately within each stretch.
  python3 eval/real/sample26.py MIRRORS_DIR > eval/data/real/items26.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 26)]
STRETCHES = [('aje-headlines', 'oa', 0, 100, 0), ('rss2025', 'ob', 0, 100, 0), ('wp-nyt-2023', 'oc', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
