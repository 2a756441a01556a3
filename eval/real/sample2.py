#!/usr/bin/env python3
"""Draw the second real-text gold sample (issue 13, stop 23), reproducibly.

The first sample (eval/real/sample.py -> eval/data/real/items.jsonl) was tuned on for two
sessions; this one measures the tool afresh on text it has not met, then splits dev/test
like the first. Each pool is drawn with its own seeded generator, so adding a pool does not
change the others. Texts already in the first sample are skipped.
  python3 eval/real/sample2.py MIRRORS_DIR cnn-live gum-news rss2025 > eval/data/real/items2.jsonl
Pools: cnn-live (CNN live-page post titles), cameo (CAMEO_ConfliBERT sentences), gum-news
(UD English GUM news, train and dev only), rss2025 (eval/data/real/pool-rss2025.jsonl:
world-news RSS titles of 2025, collected from rumca-js/RSS-Link-Database-2025: 14 days
drawn beforehand, up to 4 world-news feeds of different outlets each day, every entry of
each file (the first 40), each with its path, line and commit; 955 titles, 12 outlets).
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run
on them; measured once on all of them before any rule was changed (CHANGELOG, stop 23).
Kept for independent measurement and never opened: gaza-news.txt, wsj-news-middleeast.txt,
GUM/PUD test files.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mirrors import Mirrors
from pools import item_line, shuffled_pool

MIRRORS, POOLS = sys.argv[1], sys.argv[2:]
SIZES = {'cnn-live': 200, 'cameo': 60, 'gum-news': 40, 'rss2025': 300}
PREFIX = {'cnn-live': 'c', 'cameo': 'm', 'gum-news': 'g', 'rss2025': 'n'}

mirrors = Mirrors(MIRRORS)
for name in POOLS:
    for k, it in enumerate(shuffled_pool(name, mirrors)[:SIZES[name]]):
        print(item_line(f'{PREFIX[name]}{k + 1:04d}', k, name, it))
