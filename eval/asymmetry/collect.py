#!/usr/bin/env python3
"""The worked example of docs/asymmetry.md: every headline of two public collections in
evgeny-kolonsky/gaza-news (fetched into /work/.mirror/), as a CSV for `framing import`,
each row with its locator (repository, commit, path, line) in `via`.

- googlenews-bbc-gaza.txt: Google News results for BBC and Gaza (BBC and BBC.com are
  one outlet, "BBC"; the other publishers it holds are kept under their own names);
- cnn-news-israel-hamas-war.txt: the post titles of CNN's live pages (navigation lines
  dropped, as in eval/real/sample.py).

Usage: python3 eval/asymmetry/collect.py > gaza-headlines.csv
"""
import csv, re, subprocess, sys

MIRROR = '/work/.mirror/evgeny-kolonsky+gaza-news/repo'
REPO = 'evgeny-kolonsky/gaza-news'

def show(path):
    return subprocess.run(['git', '-C', MIRROR, 'show', f'HEAD:{path}'], check=True, capture_output=True).stdout.decode('utf-8')

commit = subprocess.run(['git', '-C', MIRROR, 'rev-parse', 'HEAD'], check=True, capture_output=True).stdout.decode().strip()

def iso(date):
    m = re.match(r'^(\d\d)-(\d\d)-(\d\d)$', date)  # CNN pages: MM-DD-YY
    return f'20{m.group(3)}-{m.group(1)}-{m.group(2)}' if m else date

out = csv.writer(sys.stdout)
out.writerow(['id', 'outlet', 'date', 'url', 'headline', 'via'])
seen = set()
def row(path, line, outlet, date, url, headline, page=None):
    key = (outlet, headline.lower())
    if key in seen: return
    seen.add(key)
    via = f'{REPO} {path} line {line} (commit {commit[:12]})' + (f'; live page {page}' if page else '')
    out.writerow([f'{path.split("-")[0]}-{line}', outlet, iso(date), url, headline, via])

for i, line in enumerate(show('googlenews-bbc-gaza.txt').split('\n'), 1):
    cols = line.split('\t')
    if len(cols) < 4: continue
    date, publisher, title, url = cols[:4]
    suffix = f' - {publisher}'
    headline = title[: -len(suffix)].strip() if title.lower().endswith(suffix.lower()) else title.strip()
    row('googlenews-bbc-gaza.txt', i, 'BBC' if publisher in ('BBC', 'BBC.com') else publisher, date, url, headline)

BOILER = re.compile(r"^(What we covered|All$|Our live coverage|The latest|Catch up|Live updates)", re.I)
date = url = None
for i, line in enumerate(show('cnn-news-israel-hamas-war.txt').split('\n'), 1):
    cols = line.split('\t')
    if len(cols) == 2 and cols[0]:
        date, url = cols
        continue
    m = re.match(r'^\d+\.\s+(.*)$', cols[-1].strip())
    if not m: continue
    text = m.group(1).strip()
    if BOILER.match(text) or len(text.split()) < 4: continue
    # the URL is the day's live page, shared by all its posts: kept in via, not as the item's URL
    # (which the store takes as the item's identity)
    row('cnn-news-israel-hamas-war.txt', i, 'CNN', date, '', text, url)
