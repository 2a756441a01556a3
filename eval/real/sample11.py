#!/usr/bin/env python3
"""Draw the twelfth real-text gold sample (issue 13, stop 29), reproducibly.

Continues the seeded order of two pools (eval/real/pools.py), so no text is in an earlier
sample, half of it beyond the Israel-Hamas war:
- humicroedit: real headlines of Reddit's r/worldnews and r/politics, 2017-18 (the next 150
  after sample6's 300);
- cnn-live: CNN live-page post titles of the Israel-Hamas war (the next 150 after sample10's
  stretch ending at 1800).
Split dev/test alternately within each stretch.
  python3 eval/real/sample11.py MIRRORS_DIR > eval/data/real/items11.jsonl
MIRRORS_DIR holds the fetched repositories (eval/real/mirrors.py). Labelled under
eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on them.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_stretches

STRETCHES = [('humicroedit', 'j', 300, 150), ('cnn-live', 'z', 1800, 150)]  # pool, id prefix, taken before, size

print_stretches(sys.argv[1], STRETCHES, ('items2.jsonl', 'items3.jsonl', 'items4.jsonl', 'items5.jsonl', 'items6.jsonl', 'items7.jsonl', 'items8.jsonl', 'items9.jsonl', 'items10.jsonl'))
