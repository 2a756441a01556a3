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
import csv, io, json, os, random, re, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mirrors import Mirrors
from gaza_news import cnn_live

MIRRORS, POOLS = sys.argv[1], sys.argv[2:]
SEED = 20261203
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'data', 'real')
SIZES = {'cnn-live': 200, 'cameo': 60, 'gum-news': 40, 'rss2025': 300}
PREFIX = {'cnn-live': 'c', 'cameo': 'm', 'gum-news': 'g', 'rss2025': 'n'}

_mirrors = Mirrors(MIRRORS)
show, commit = _mirrors.show, _mirrors.commit

def key(text):
    return re.sub(r'\W+', ' ', text.lower()).strip()

def pool_items(name):
    if name == 'cnn-live':
        repo = 'evgeny-kolonsky+gaza-news'
        c = commit(repo)
        for i, date, url, text in cnn_live(lambda path: show(repo, path)):
            yield dict(kind='headline', text=text, outlet='CNN', date=date, url=url,
                       source=dict(repo='evgeny-kolonsky/gaza-news', commit=c, path='cnn-news-israel-hamas-war.txt', line=i))
    elif name == 'cameo':
        repo = 'javierosorio+CAMEO_ConfliBERT'
        c = commit(repo)
        for r in range(2, 11):
            path = f'annotations/training_round_{r}/relevant_r{r}.csv'
            for n, row in enumerate(csv.DictReader(io.StringIO(show(repo, path))), 1):
                yield dict(kind='sentence', text=row['sentences'].strip(), outlet=None, date=None, url=None,
                           source=dict(repo='javierosorio/CAMEO_ConfliBERT', commit=c, path=path, row=n, story=row['story']))
    elif name == 'gum-news':
        repo = 'UniversalDependencies+UD_English-GUM'
        c = commit(repo)
        docs = [d for split in ('train', 'dev') for d in show(repo, f'not-to-release/file-lists/files.{split}').split() if d.startswith('GUM_news_')]
        for d in docs:
            path = f'not-to-release/sources/{d}.conllu'
            sent_id = None
            for i, line in enumerate(show(repo, path).split('\n'), 1):
                if line.startswith('# sent_id = '): sent_id = line[12:].strip()
                if line.startswith('# text = ') and len(line[9:].split()) >= 5:
                    yield dict(kind='sentence', text=line[9:].strip(), outlet='Wikinews', date=None, url=None,
                               source=dict(repo='UniversalDependencies/UD_English-GUM', commit=c, path=path, line=i, sent_id=sent_id))
    elif name == 'rss2025':
        with open(os.path.join(DATA, 'pool-rss2025.jsonl'), encoding='utf-8') as f:
            for line in f:
                if line.strip(): yield json.loads(line)
    else:
        sys.exit(f'unknown pool {name}')

seen = set()
with open(os.path.join(DATA, 'items.jsonl'), encoding='utf-8') as f:
    seen.update(key(json.loads(l)['text']) for l in f if l.strip())

for name in POOLS:
    rng = random.Random(f'{SEED}-{name}')
    uniq, keys = [], set()
    for it in pool_items(name):
        k = key(it['text'])
        if not k or k in seen or k in keys: continue
        keys.add(k); uniq.append(it)
    rng.shuffle(uniq)
    for k, it in enumerate(uniq[:SIZES[name]]):
        print(json.dumps({'id': f'{PREFIX[name]}{k + 1:04d}', 'split': 'dev' if k % 2 == 0 else 'test', 'pool': name,
                          'kind': it['kind'], 'text': it['text'], 'outlet': it['outlet'], 'date': it['date'],
                          'url': it['url'], 'source': it['source']}, ensure_ascii=False))
