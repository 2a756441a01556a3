#!/usr/bin/env python3
"""Draw the twenty-fifth real-text gold sample (issue 13, stop 35), reproducibly.

A source none of the earlier samples used, and the coverage the tool is for: sentences of
Washington Post and New York Times articles of 7-22 October 2023, the first two weeks of the
Gaza war, that mention deaths (Holly Jackson's casualty-mention data, pool wp-nyt-2023), in the
seeded order every pool follows:
- 300 sentences, ids ma (the first 150) and mb (the next 150).
Split dev/test alternately within each stretch.
  python3 eval/real/sample24.py MIRRORS_DIR > eval/data/real/items24.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 24)]
STRETCHES = [('wp-nyt-2023', 'ma', 0, 150, 0), ('wp-nyt-2023', 'mb', 0, 150, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
