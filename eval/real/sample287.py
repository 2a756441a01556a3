#!/usr/bin/env python3
"""Draw the two-hundred-and-eighty-eighth real-text gold sample (issue 13, stop 56, twenty-ninth), reproducibly.

The next titles shared to r/news and to the Florida and Miami news subreddits, November 2021 to
July 2022 (fwd-news), in the seeded order every pool follows, two stretches of it:
- ids gi (100) and hi (100).
Split dev/test alternately within each stretch.
  python3 eval/real/sample287.py MIRRORS_DIR > eval/data/real/items287.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 287)]
STRETCHES = [('fwd-news', 'gi', 0, 100, 0), ('fwd-news', 'hi', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
