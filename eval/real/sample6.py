#!/usr/bin/env python3
"""Draw the seventh real-text gold sample (issue 13, stop 27), reproducibly: 300 headlines of
a pool no earlier sample used, SemEval-2020 task 7's real headlines from Reddit's r/worldnews
and r/politics (2017-18; eval/real/pools.py, humicroedit), de-duplicated, in a seeded order;
split dev/test alternately. A pool of world and US political news, unlike the war coverage of
the earlier samples.
  python3 eval/real/sample6.py MIRRORS_DIR > eval/data/real/items6.jsonl
MIRRORS_DIR holds dora-tang/SemEval-2020-Task-7 as fetched (eval/real/mirrors.py); only
data/task-1/train.csv is read. Labelled under eval/data/real/BRIEF.md by readers who never ran
the tool, before it was run on them; measured once on all of them before any rule was changed
(CHANGELOG, stop 27).
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mirrors import Mirrors
from pools import item_line, key, lines, shuffled_pool

mirrors = Mirrors(sys.argv[1])
earlier = {key(it['text']) for name in ('items.jsonl', 'items2.jsonl', 'items3.jsonl', 'items4.jsonl', 'items5.jsonl') for it in lines(name)}
drawn = [it for it in shuffled_pool('humicroedit', mirrors) if key(it['text']) not in earlier][:300]
for k, it in enumerate(drawn):
    print(item_line(f'h{k + 1:04d}', k, 'humicroedit', it))
