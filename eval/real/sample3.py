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
import json, os, random, re

SEED = 20261203  # sample2's, so that the shuffle is the same
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'data', 'real')
TAKEN, SIZE = 300, 300

def key(text):
    return re.sub(r'\W+', ' ', text.lower()).strip()

def lines(name):
    with open(os.path.join(DATA, name), encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

seen = {key(it['text']) for it in lines('items.jsonl')}
rng = random.Random(f'{SEED}-rss2025')
uniq, keys = [], set()
for it in lines('pool-rss2025.jsonl'):
    k = key(it['text'])
    if not k or k in seen or k in keys: continue
    keys.add(k); uniq.append(it)
rng.shuffle(uniq)
earlier = {key(it['text']) for it in lines('items2.jsonl')}
for k, it in enumerate(uniq[TAKEN:TAKEN + SIZE]):
    assert key(it['text']) not in earlier
    print(json.dumps({'id': f'q{k + 1:04d}', 'split': 'dev' if k % 2 == 0 else 'test', 'pool': 'rss2025',
                      'kind': it['kind'], 'text': it['text'], 'outlet': it['outlet'], 'date': it['date'],
                      'url': it['url'], 'source': it['source']}, ensure_ascii=False))
