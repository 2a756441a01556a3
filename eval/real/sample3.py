#!/usr/bin/env python3
"""Draw the fourth real-text gold sample (issue 13, stop 25), reproducibly.

The rss2025 pool of the third sample (eval/real/sample2.py) holds 955 world-news RSS titles of
2025; sample2 shuffled the pool's unique titles with its seeded generator and took the first
300. This takes the next 300 of the same shuffled order, so no title is in both, and none is
in the first sample (items.jsonl), which sample2 skipped too. Split dev/test alternately, as
before. Needs no mirror: the pool is in the repository.
  python3 eval/real/sample3.py > eval/data/real/items3.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run
on them; measured once on all of them before any rule was changed (CHANGELOG, stop 25).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import item_line, key, lines, shuffled_pool

TAKEN, SIZE = 300, 300
earlier = {key(it['text']) for it in lines('items2.jsonl')}
for k, it in enumerate(shuffled_pool('rss2025', None)[TAKEN:TAKEN + SIZE]):
    assert key(it['text']) not in earlier
    print(item_line(f'q{k + 1:04d}', k, 'rss2025', it))
