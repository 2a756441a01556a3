#!/usr/bin/env python3
"""Draw the fifty-second real-text gold sample (issue 13, stop 40, fourth), reproducibly.

The next stretches of the headline pools of the 31st to 51st samples, Al Jazeera English
headlines on Israel and Palestine (aje-headlines) and world news headlines of a public news
collection (fwd-worldnews), and of Washington Post and New York Times sentences on the first weeks
of the Gaza war that mention deaths (wp-nyt-2023), in the seeded order every pool follows:
- 100 items of each, ids sd, se and sf (fwd-worldnews has only 26 left: the pool ends there).
Split dev/test alternately within each stretch.
  python3 eval/real/sample51.py MIRRORS_DIR > eval/data/real/items51.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 51)]
STRETCHES = [('aje-headlines', 'sd', 0, 100, 0), ('fwd-worldnews', 'se', 0, 100, 0), ('wp-nyt-2023', 'sf', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
