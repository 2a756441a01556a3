"""Reading two files of evgeny-kolonsky/gaza-news, shared by eval/real/sample.py (the gold
sample) and eval/asymmetry/collect.py (the worked example of docs/asymmetry.md).
`show(path)` returns a file's text at the mirror's HEAD."""
import re

def strip_publisher(title, publisher):
    # "Title - BBC.com" -> "Title": Google News appends the publisher.
    suffix = f' - {publisher}'
    if title.lower().endswith(suffix.lower()):
        return title[: -len(suffix)].strip()
    return title.strip()

def google_news(show, path='googlenews-bbc-gaza.txt'):
    """(line, date, publisher, headline, url) per result."""
    for i, line in enumerate(show(path).split('\n'), 1):
        cols = line.split('\t')
        if len(cols) < 4: continue
        date, publisher, title, url = cols[:4]
        yield i, date, publisher, strip_publisher(title, publisher), url

BOILER = re.compile(r"^(What we covered|All$|Our live coverage|The latest|Catch up|Live updates)", re.I)

def cnn_live(show, path='cnn-news-israel-hamas-war.txt'):
    """(line, date, live page url, title) per post title of CNN's live pages; navigation dropped."""
    date = url = None
    for i, line in enumerate(show(path).split('\n'), 1):
        cols = line.split('\t')
        if len(cols) == 2 and cols[0]:
            date, url = cols
            continue
        m = re.match(r'^\d+\.\s+(.*)$', cols[-1].strip())
        if not m: continue
        text = m.group(1).strip()
        if BOILER.match(text) or len(text.split()) < 4: continue
        yield i, date, url, text
