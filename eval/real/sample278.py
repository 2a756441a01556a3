#!/usr/bin/env python3
"""Draw the two-hundred-and-seventy-ninth real-text gold sample (issue 13, stop 56, twentieth), reproducibly.

The next ABC News (Australia) headlines of 2003 (abc-2003), in the seeded order every pool
follows, two stretches of it:
- ids ui (100) and uy (100).
Split dev/test alternately within each stretch.
  python3 eval/real/sample278.py MIRRORS_DIR > eval/data/real/items278.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 278)]
STRETCHES = [('abc-2003', 'ui', 0, 100, 0), ('abc-2003', 'uy', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
