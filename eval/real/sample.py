#!/usr/bin/env python3
"""Draw the real-text gold sample (issue 13) from public collections, reproducibly.

Run once, before any labelling, with the mirrors fetched:
  python3 eval/real/sample.py MIRRORS_DIR > eval/data/real/items.jsonl
Each item keeps its locator (repository, commit, path, line) and its split, decided here,
before labelling. Collections kept for independent measurement are never opened
(gaza-news.txt, wsj-news-middleeast.txt, GUM/PUD test files).
"""
import csv, io, json, os, random, re, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mirrors import Mirrors
from gaza_news import cnn_live, google_news, strip_publisher

MIRRORS = sys.argv[1]
SEED = 20261202
rng = random.Random(SEED)

_mirrors = Mirrors(MIRRORS)
show, commit = _mirrors.show, _mirrors.commit

pools = {}

GAZA = 'evgeny-kolonsky+gaza-news'
gaza_repo, gaza_commit = 'evgeny-kolonsky/gaza-news', commit(GAZA)
items = []
for i, date, outlet, text, url in google_news(lambda path: show(GAZA, path)):
    items.append(dict(kind='headline', text=text, outlet=outlet, date=date, url=url,
                      source=dict(repo=gaza_repo, commit=gaza_commit, path='googlenews-bbc-gaza.txt', line=i)))
pools['gaza-bbc'] = (items, None)

items = []
rows = show(GAZA, 'death-toll.tsv').split('\n')
for i, line in enumerate(rows, 1):
    if i == 1: continue
    cols = line.split('\t')
    if len(cols) < 5: continue
    date, toll, publisher, title, url = cols[:5]
    items.append(dict(kind='headline', text=strip_publisher(title, publisher), outlet=publisher, date=date, url=url,
                      source=dict(repo=gaza_repo, commit=gaza_commit, path='death-toll.tsv', line=i)))
pools['gaza-toll'] = (items, None)

items = []
for i, date, url, text in cnn_live(lambda path: show(GAZA, path)):
    items.append(dict(kind='headline', text=text, outlet='CNN', date=date, url=url,
                      source=dict(repo=gaza_repo, commit=gaza_commit, path='cnn-news-israel-hamas-war.txt', line=i)))
pools['cnn-live'] = (items, 160)

CAMEO = 'javierosorio+CAMEO_ConfliBERT'
cameo_commit = commit(CAMEO)
items = []
for r in range(2, 11):
    path = f'annotations/training_round_{r}/relevant_r{r}.csv'
    reader = csv.DictReader(io.StringIO(show(CAMEO, path)))
    for n, row in enumerate(reader, 1):
        items.append(dict(kind='sentence', text=row['sentences'].strip(), outlet=None, date=None, url=None,
                          source=dict(repo='javierosorio/CAMEO_ConfliBERT', commit=cameo_commit, path=path, row=n,
                                      story=row['story'])))
pools['cameo'] = (items, 250)

GUM = 'UniversalDependencies+UD_English-GUM'
gum_commit = commit(GUM)
docs = [d for split in ('train', 'dev') for d in show(GUM, f'not-to-release/file-lists/files.{split}').split() if d.startswith('GUM_news_')]
items = []
for d in docs:
    path = f'not-to-release/sources/{d}.conllu'
    sent_id = None
    for i, line in enumerate(show(GUM, path).split('\n'), 1):
        if line.startswith('# sent_id = '): sent_id = line[12:].strip()
        if line.startswith('# text = '):
            text = line[9:].strip()
            if len(text.split()) < 5: continue
            items.append(dict(kind='sentence', text=text, outlet='Wikinews', date=None, url=None,
                              source=dict(repo='UniversalDependencies/UD_English-GUM', commit=gum_commit, path=path, line=i, sent_id=sent_id)))
pools['gum-news'] = (items, 130)

seen = set()
out = []
for name, (items, n) in pools.items():
    uniq = []
    for it in items:
        key = re.sub(r'\W+', ' ', it['text'].lower()).strip()
        if key in seen or not key: continue
        seen.add(key); uniq.append(it)
    rng.shuffle(uniq)
    chosen = uniq if n is None else uniq[:n]
    for k, it in enumerate(chosen):
        it['pool'] = name
        it['split'] = 'dev' if k % 2 == 0 else 'test'
        out.append(it)

rng.shuffle(out)
for k, it in enumerate(out, 1):
    it['id'] = f'r{k:04d}'
    print(json.dumps({'id': it['id'], 'split': it['split'], 'pool': it['pool'], 'kind': it['kind'], 'text': it['text'],
                      'outlet': it['outlet'], 'date': it['date'], 'url': it['url'], 'source': it['source']}, ensure_ascii=False))
