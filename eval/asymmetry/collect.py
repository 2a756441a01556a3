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
import csv, os, re, subprocess, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'real'))
from gaza_news import cnn_live, google_news

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

for i, date, publisher, headline, url in google_news(show):
    row('googlenews-bbc-gaza.txt', i, 'BBC' if publisher in ('BBC', 'BBC.com') else publisher, date, url, headline)

for i, date, page, text in cnn_live(show):
    # the URL is the day's live page, shared by all its posts: kept in via, not as the item's URL
    # (which the store takes as the item's identity)
    row('cnn-news-israel-hamas-war.txt', i, 'CNN', date, '', text, page)
