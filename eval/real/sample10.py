#!/usr/bin/env python3
"""Draw the eleventh real-text gold sample (issue 13, stop 28), reproducibly.

Continues sample2's seeded order of a pool (eval/real/pools.py), so no text is in an
earlier sample: CNN live-page post titles of the Israel-Hamas war (cnn-live, the next 300
after the 1500 of sample2, sample4, sample5, sample7, sample8 and sample9). Split dev/test alternately.
  python3 eval/real/sample10.py MIRRORS_DIR > eval/data/real/items10.jsonl
MIRRORS_DIR holds evgeny-kolonsky/gaza-news as fetched (eval/real/mirrors.py); only
cnn-news-israel-hamas-war.txt is read. Labelled under eval/data/real/BRIEF.md by readers
who never ran the tool, before it was run on them; measured once on all of them before any
rule was changed (CHANGELOG, stop 28).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_stretches

STRETCHES = [('cnn-live', 'p', 1500, 300)]  # pool, id prefix, taken before, size

print_stretches(sys.argv[1], STRETCHES, ('items2.jsonl', 'items3.jsonl', 'items4.jsonl', 'items5.jsonl', 'items6.jsonl', 'items7.jsonl', 'items8.jsonl', 'items9.jsonl'))
