#!/usr/bin/env python3
"""Draw the sixteenth real-text gold sample (issue 13, stop 31), reproducibly.

A new outlet and desk mix, none of it seen by any rule: HuffPost's News Category Dataset
(eval/real/pools.py), in the seeded order every pool follows:
- the next 120 headlines of the crime and world-news desks (ids l): those in no earlier sample;
- the next 80 headlines of the other desks (ids l, after those);
- the next 100 first sentences of crime and world-news descriptions (ids o).
Split dev/test alternately within each stretch.
  python3 eval/real/sample15.py MIRRORS_DIR > eval/data/real/items15.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, with the stop's final rules, as text no rule has seen (dev half too).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 15)]
STRETCHES = [('huffpost-harm-desks', 'l', 0, 120, 0), ('huffpost-other-desks', 'l', 0, 80, 120),
             ('huffpost-descriptions', 'o', 0, 100, 0)]  # pool, id prefix, skipped, size, first number: earlier samples' items are left out first

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
