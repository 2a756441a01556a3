#!/usr/bin/env python3
"""Draw the thirteenth real-text gold sample (issue 13, stop 29), reproducibly.

Continues the seeded order of two pools (eval/real/pools.py), so no text is in an earlier
sample, most of it beyond the Israel-Hamas war:
- humicroedit: real headlines of Reddit's r/worldnews and r/politics, 2017-18 (the next 150
  after sample11's, which ended at 450);
- cnn-live: CNN live-page post titles of the Israel-Hamas war (the last 66, after sample11's
  stretch ending at 1950).
Split dev/test alternately within each stretch.
  python3 eval/real/sample12.py MIRRORS_DIR > eval/data/real/items12.jsonl
MIRRORS_DIR holds the fetched repositories (eval/real/mirrors.py). Labelled under
eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on them; measured
once, with the stop's final rules, as text no rule has seen (dev half too).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_stretches

STRETCHES = [('humicroedit', 'e', 450, 150), ('cnn-live', 'f', 1950, 66)]  # pool, id prefix, taken before, size

print_stretches(sys.argv[1], STRETCHES, ('items2.jsonl', 'items3.jsonl', 'items4.jsonl', 'items5.jsonl', 'items6.jsonl', 'items7.jsonl', 'items8.jsonl', 'items9.jsonl', 'items10.jsonl', 'items11.jsonl'))
