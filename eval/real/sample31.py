#!/usr/bin/env python3
"""Draw the thirty-second real-text gold sample (issue 13, stop 38, second), reproducibly.

The next stretches of the two headline pools of the thirty-first sample (sample30.py), since
headlines are where recall and passive F1 are furthest from the targets: Al Jazeera English
headlines on Israel and Palestine (aje-headlines) and world news headlines of a public news
collection (fwd-worldnews), in the seeded order every pool follows:
- 150 items of each, ids ta and tb.
Split dev/test alternately within each stretch.
  python3 eval/real/sample31.py MIRRORS_DIR > eval/data/real/items31.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 31)]
STRETCHES = [('aje-headlines', 'ta', 0, 150, 0), ('fwd-worldnews', 'tb', 0, 150, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
