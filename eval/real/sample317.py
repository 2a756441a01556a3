#!/usr/bin/env python3
"""Draw the three-hundred-and-eighteenth real-text gold sample (issue 13, stop 57, twenty-ninth), reproducibly.

Two stretches, each the next 100 items of a pool in the seeded order every pool follows, with
every earlier sample's texts left out:
- ids qrq: headlines of 2007 from the SemEval-2007 Affective Text task (affective-2007):
  the last 25, the pool runs out here;
- ids qrr: titles of Reuters stories of 1996-97 as CoNLL-2003 keeps them (reuters-1996-titles):
  the last 99, the pool runs out here.
Split dev/test alternately within each stretch.
  python3 eval/real/sample317.py MIRRORS_DIR > eval/data/real/items317.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 317)]
STRETCHES = [('affective-2007', 'qrq', 0, 100, 0), ('reuters-1996-titles', 'qrr', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
