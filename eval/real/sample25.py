#!/usr/bin/env python3
"""Draw the twenty-sixth real-text gold sample (issue 13, stop 35), reproducibly.

A source none of the earlier samples used: posts of news outlets on the Gaza war in English,
from the FIGNEWS 2024 shared task's inter-annotator sample (pool fignews-en, each post's first
sentence), in the seeded order every pool follows:
- up to 300 sentences, ids na (the first 150) and nb (the rest).
Split dev/test alternately within each stretch.
  python3 eval/real/sample25.py MIRRORS_DIR > eval/data/real/items25.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, while the stop's
rules were written; measured after the rules drawn from the 25th sample, and no rule drawn
from it that stop.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 25)]
STRETCHES = [('fignews-en', 'na', 0, 150, 0), ('fignews-en', 'nb', 0, 150, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
