#!/usr/bin/env python3
"""Draw the two-hundred-and-fifty-ninth real-text gold sample (issue 13, stop 55, thirty-second), reproducibly.

The next later sentences of US local news on shootings (gva-later) and the next ABC News
(Australia) headlines of 2003 (abc-2003), in the seeded order every pool follows (humicroedit
has no text left: sample136.py drew its last):
- ids hh (none: the gva-later pool has no text left after sample257.py's) and ig (100).
Split dev/test alternately within each stretch.
  python3 eval/real/sample258.py MIRRORS_DIR > eval/data/real/items258.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 258)]
STRETCHES = [('gva-later', 'hh', 0, 100, 0), ('abc-2003', 'ig', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
