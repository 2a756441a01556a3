#!/usr/bin/env python3
"""Draw the fifty-third real-text gold sample (issue 13, stop 40, fifth), reproducibly.

The world-news headline pool (fwd-worldnews) ended with the 52nd sample, so the world
headlines come again from ABC News (Australia) of 2003 (abc-2003, lower case as published; the
23rd sample's source); with them the next Al Jazeera English headlines (aje-headlines) and
first sentences of Al Jazeera standfirsts (aje-descriptions), in the seeded order every pool
follows:
- 100 items of each, ids td, te and tf.
Split dev/test alternately within each stretch.
  python3 eval/real/sample52.py MIRRORS_DIR > eval/data/real/items52.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 52)]
STRETCHES = [('aje-headlines', 'td', 0, 100, 0), ('abc-2003', 'te', 0, 100, 0), ('aje-descriptions', 'tf', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
