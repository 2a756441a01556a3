#!/usr/bin/env python3
"""Draw the fourteenth real-text gold sample (issue 13, stop 30), reproducibly.

A new outlet and desk mix, none of it seen by any rule: HuffPost's News Category Dataset
(eval/real/pools.py), in the seeded order every pool follows:
- 120 headlines of the crime and world-news desks (ids a);
- 80 headlines of the other desks (politics, entertainment, ...; ids a, after those);
- 100 first sentences of crime and world-news articles' descriptions (ids b).
Split dev/test alternately within each stretch.
  python3 eval/real/sample13.py MIRRORS_DIR > eval/data/real/items13.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, with the rules as they stood, as text no rule has seen.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 13)]
STRETCHES = [('huffpost-harm-desks', 'a', 0, 120, 0), ('huffpost-other-desks', 'a', 0, 80, 120),
             ('huffpost-descriptions', 'b', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
