#!/usr/bin/env python3
"""Draw the twenty-eighth real-text gold sample (issue 13, stop 37), reproducibly.

Fresh stretches of two pools the earlier samples drew from, both of the war on Gaza, the
coverage the tool is checked on (the test halves of the gaza-news headline pool score well below
their dev halves, so more unseen text of that war is what the rules need): Al Jazeera English
headlines on Israel and Palestine (aje-headlines) and the first sentences of the same articles'
standfirsts (aje-descriptions), in the seeded order every pool follows:
- 150 items of each, ids pa and pb.
Split dev/test alternately within each stretch.
  python3 eval/real/sample27.py MIRRORS_DIR > eval/data/real/items27.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 27)]
STRETCHES = [('aje-headlines', 'pa', 0, 150, 0), ('aje-descriptions', 'pb', 0, 150, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
