#!/usr/bin/env python3
"""Draw the three-hundred-and-twenty-fourth real-text gold sample (issue 13, stop 57, thirty-fifth), reproducibly.

Two stretches, each the next 100 items of a pool in the seeded order every pool follows, with
every earlier sample's texts left out:
- ids qsc: titles of the Times of India's RSS feeds, December 2021 to February 2022 (toi-rss-titles);
- ids qsd: summaries of the BBC's RSS feeds, December 2021 to June 2022 (bbc-rss-summaries).
Split dev/test alternately within each stretch.
  python3 eval/real/sample323.py MIRRORS_DIR > eval/data/real/items323.jsonl
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, before any rule drawn from its dev half.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import print_unseen_stretches

EARLIER = ['items2.jsonl'] + [f'items{n}.jsonl' for n in range(3, 323)]
STRETCHES = [('toi-rss-titles', 'qsc', 0, 100, 0), ('bbc-rss-summaries', 'qsd', 0, 100, 0)]  # pool, id prefix, skipped, size, first number

print_unseen_stretches(sys.argv[1], STRETCHES, EARLIER)
