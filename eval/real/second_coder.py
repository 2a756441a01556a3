#!/usr/bin/env python3
"""Draw the items of eval/data/real/second-coder-reuters.jsonl (issue 13, stop 73), reproducibly.

400 of the Reuters headlines of 2007-10 (pools reuters-crisis-titles and reuters-world-titles)
among the first GOLD_LINES lines of eval/data/real/gold.jsonl (the gold as it stood when they
were drawn: the 1st to 565th samples), both splits, none already in second-coder.jsonl, drawn
with a seeded random.Random. They were labelled again, blind, by second coders under
eval/data/real/BRIEF.md, four coders of 100 each, who saw neither the gold nor the tool.
  python3 eval/real/second_coder.py > /tmp/second-coder-items.jsonl   (id and text, in id order)
"""
import json
import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'real')
GOLD_LINES = 126789
SEED = 73
COUNT = 400


def main():
    with open(os.path.join(ROOT, 'second-coder.jsonl'), encoding='utf-8') as f:
        have = {json.loads(line)['id'] for line in f if line.strip()}
    items = []
    with open(os.path.join(ROOT, 'gold.jsonl'), encoding='utf-8') as f:
        for n, line in enumerate(f):
            if n >= GOLD_LINES:
                break
            item = json.loads(line)
            if (item.get('source') or {}).get('pool', '').startswith('reuters-') and item['id'] not in have:
                items.append(item)
    picked = sorted(random.Random(SEED).sample(items, COUNT), key=lambda i: i['id'])
    for item in picked:
        print(json.dumps({'id': item['id'], 'text': item['text']}, ensure_ascii=False))


if __name__ == '__main__':
    main()
