#!/usr/bin/env python3
"""Draw the twenty-fourth real-text gold sample (issue 13, stop 34), reproducibly.

A source none of the earlier samples used: titles of news links shared to r/worldnews and
r/ukraine from November 2021 to July 2022 (the first months of Russia's full invasion of
Ukraine), each from its outlet (Reuters, the Guardian, the BBC, AP and some 2,000 others), in
the seeded order every pool follows:
- 300 titles (fwd-worldnews), ids la (the first 150) and lb (the next 150).
Split dev/test alternately within each stretch.
  python3 eval/real/sample23.py MIRRORS_DIR > eval/data/real/items23.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, after the stop's rules, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 23)]
STRETCHES = [('fwd-worldnews', 'la', 0, 150, 0), ('fwd-worldnews', 'lb', 0, 150, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
