#!/usr/bin/env python3
"""Draw the sixtieth real-text gold sample (issue 13, stop 41, second), reproducibly.

The last sentences of New York Times and Washington Post coverage of 2023 (wp-nyt-2023), later
sentences of local US news articles on shootings (gva-later) and the last 2025 RSS headlines
(rss2025), in the seeded order every pool follows:
- up to 100 items of each, ids ed, ee and ef (56, 100 and 43: the first and last pools end here).
Split dev/test alternately within each stretch.
  python3 eval/real/sample59.py MIRRORS_DIR > eval/data/real/items59.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 59)]
STRETCHES = [('wp-nyt-2023', 'ed', 0, 100, 0), ('gva-later', 'ee', 0, 100, 0), ('rss2025', 'ef', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
