#!/usr/bin/env python3
"""Join a drawn sample with its hand labels into gold lines (eval/data/real/gold.jsonl).

  python3 eval/real/merge.py eval/data/real/items3.jsonl LABELS.jsonl [LABELS.jsonl ...] >> eval/data/real/gold.jsonl

Each item keeps its id, split, kind, text and locator; the labels give every field of
eval/data/real/BRIEF.md. An item without a label, a label without an item, or a span that is
not in its text stops the merge with the id.
"""
import json, sys

FIELDS = ['harm', 'events', 'primary', 'cause', 'agentNamed', 'device', 'responsibility',
          'victim', 'nationality', 'role', 'passives', 'note']

def lines(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

items = lines(sys.argv[1])
labels = {}
for path in sys.argv[2:]:
    for label in lines(path):
        if label['id'] in labels: sys.exit(f"{label['id']}: labelled twice")
        labels[label['id']] = label
ids = {it['id'] for it in items}
if set(labels) - ids: sys.exit(f'labels without an item: {sorted(set(labels) - ids)}')
for it in items:
    label = labels.get(it['id'])
    if label is None: sys.exit(f"{it['id']}: no label")
    missing = [f for f in FIELDS if f not in label]
    if missing: sys.exit(f"{it['id']}: missing {missing}")
    text = it['text']
    spans = list(label['events']) + [label['primary'], label['victim'], (label['responsibility'] or {}).get('party')]
    spans += [p['verb'] for p in label['passives']] + [p['agent'] for p in label['passives']]
    for span in spans:
        if span is not None and span not in text: sys.exit(f"{it['id']}: {span!r} is not in the text")
    gold = {'id': it['id'], 'split': it['split'], 'kind': it['kind'], 'text': text}
    gold.update({f: label[f] for f in FIELDS})
    gold['source'] = {'pool': it['pool'], 'outlet': it['outlet'], 'date': it['date'], 'url': it['url'], **it['source']}
    print(json.dumps(gold, ensure_ascii=False))
