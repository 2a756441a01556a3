#!/usr/bin/env python3
"""Draw the fifth real-text gold sample (issue 13, stop 26), reproducibly.

Continues sample2's seeded order of two pools (eval/real/pools.py), so no text is in an
earlier sample: CNN live-page post titles of the Israel-Hamas war (cnn-live, the next 200
after sample2's 200) and world-news RSS titles of 2025 (rss2025, the next 100 after the 600
of sample2 and sample3). Split dev/test alternately within each pool's stretch.
  python3 eval/real/sample4.py MIRRORS_DIR > eval/data/real/items4.jsonl
MIRRORS_DIR holds evgeny-kolonsky/gaza-news as fetched (eval/real/mirrors.py); only
cnn-news-israel-hamas-war.txt is read. Labelled under eval/data/real/BRIEF.md by readers
who never ran the tool, before it was run on them; measured once on all of them before any
rule was changed (CHANGELOG, stop 26).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_stretches

STRETCHES = [('cnn-live', 'u', 200, 200), ('rss2025', 'w', 600, 100)]  # pool, id prefix, taken before, size

print_stretches(sys.argv[1], STRETCHES, ('items2.jsonl', 'items3.jsonl'))
