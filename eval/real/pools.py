"""The pools the real-text gold samples are drawn from (eval/real/sample2.py, sample4.py): each
pool's items in file order, each with its locator. `mirrors` reads the fetched repositories
(eval/real/mirrors.py); rss2025 needs none, its pool being in the repository."""
import csv, html, io, json, os, pickle, random, re, sys, time

from gaza_news import cnn_live

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'real')

def key(text):
    return re.sub(r'\W+', ' ', text.lower()).strip()

def pool_items(name, mirrors):
    if name == 'cnn-live':
        repo = 'evgeny-kolonsky+gaza-news'
        c = mirrors.commit(repo)
        for i, date, url, text in cnn_live(lambda path: mirrors.show(repo, path)):
            yield dict(kind='headline', text=text, outlet='CNN', date=date, url=url,
                       source=dict(repo='evgeny-kolonsky/gaza-news', commit=c, path='cnn-news-israel-hamas-war.txt', line=i))
    elif name == 'cameo':
        repo = 'javierosorio+CAMEO_ConfliBERT'
        c = mirrors.commit(repo)
        for r in range(2, 11):
            path = f'annotations/training_round_{r}/relevant_r{r}.csv'
            for n, row in enumerate(csv.DictReader(io.StringIO(mirrors.show(repo, path))), 1):
                yield dict(kind='sentence', text=row['sentences'].strip(), outlet=None, date=None, url=None,
                           source=dict(repo='javierosorio/CAMEO_ConfliBERT', commit=c, path=path, row=n, story=row['story']))
    elif name == 'gum-news':
        repo = 'UniversalDependencies+UD_English-GUM'
        c = mirrors.commit(repo)
        docs = [d for split in ('train', 'dev') for d in mirrors.show(repo, f'not-to-release/file-lists/files.{split}').split() if d.startswith('GUM_news_')]
        for d in docs:
            path = f'not-to-release/sources/{d}.conllu'
            sent_id = None
            for i, line in enumerate(mirrors.show(repo, path).split('\n'), 1):
                if line.startswith('# sent_id = '): sent_id = line[12:].strip()
                if line.startswith('# text = ') and len(line[9:].split()) >= 5:
                    yield dict(kind='sentence', text=line[9:].strip(), outlet='Wikinews', date=None, url=None,
                               source=dict(repo='UniversalDependencies/UD_English-GUM', commit=c, path=path, line=i, sent_id=sent_id))
    elif name == 'humicroedit':
        # SemEval-2020 task 7 (Hossain et al. 2020): real headlines from Reddit's r/worldnews and
        # r/politics, 2017-18, one word of each later edited for humour; the original is kept
        # here, its marked word unmarked, and the corpus's tokenisation undone (detokenized)
        repo = 'dora-tang+SemEval-2020-Task-7'
        c = mirrors.commit(repo)
        path = 'data/task-1/train.csv'
        for n, row in enumerate(csv.DictReader(io.StringIO(mirrors.show(repo, path))), 2):
            yield dict(kind='headline', text=detokenized(re.sub(r'<([^/>]*)/>', r'\1', row['original'])), outlet=None, date=None, url=None,
                       source=dict(repo='dora-tang/SemEval-2020-Task-7', commit=c, path=path, line=n, row_id=row['id']))
    elif name in ('huffpost-harm-desks', 'huffpost-other-desks', 'huffpost-descriptions'):
        # HuffPost's News Category Dataset (Misra 2018), a 4,782-line excerpt of 2018 as
        # republished in a public repository: each line an article's headline, its first
        # sentences ("short_description"), desk (category), authors, date and URL.
        # Headlines of the crime and world-news desks, the other desks' headlines, and the
        # crime and world-news desks' descriptions are three pools, so that a sample can hold
        # about as much harm as the issue asks for without looking at any text.
        repo = 'ongraphpythondev+elastic_search'
        c = mirrors.commit(repo)
        path = 'News_Category_Dataset_v2.json'
        harm_desks = ('CRIME', 'WORLD NEWS')
        for n, line in enumerate(mirrors.show(repo, path).split('\n'), 1):
            if not line.strip(): continue
            row = json.loads(line)
            on_harm_desk = row['category'] in harm_desks
            source = dict(repo='ongraphpythondev/elastic_search', commit=c, path=path, line=n, category=row['category'])
            if name == 'huffpost-descriptions':
                if not on_harm_desk: continue
                text = first_sentence(row['short_description'])
                if len(text.split()) < 5: continue
                yield dict(kind='sentence', text=text, outlet='HuffPost', date=row['date'], url=row['link'], source=source)
            elif on_harm_desk == (name == 'huffpost-harm-desks'):
                yield dict(kind='headline', text=row['headline'].strip(), outlet='HuffPost', date=row['date'], url=row['link'], source=source)
    elif name in ('gva-first', 'gva-later'):
        # Local US news articles on shootings (2013-19), the sources the Gun Violence Archive
        # cites, as scraped for a University of Pennsylvania course project (CIS 530; its
        # train, dev and test files alike: none of them is kept out of this project). An
        # article's first sentence is one pool, a later sentence another: first sentences
        # report the shooting, later ones tell it on, with pronouns, quotes and police words.
        # Scraping left captions, copyright lines and lists: only sentences that look like
        # running prose are kept (prose_sentences).
        repo = 'husinthewei+CIS530P'
        c = mirrors.commit(repo)
        for path in ('data/data-train/X_train.json', 'data/data-dev/X_val.json', 'data/data-test/X_test.json'):
            for n, article in enumerate(json.loads(mirrors.show(repo, path))):
                sentences = prose_sentences(article['text'])
                chosen = sentences[:1] if name == 'gva-first' else sentences[1:]
                for k, (number, text) in enumerate(chosen):
                    yield dict(kind='sentence', text=text, outlet=None, date=article['publish_date'] or None, url=None,
                               source=dict(repo='husinthewei/CIS530P', commit=c, path=path, index=n, sentence=number))
    elif name in ('aje-headlines', 'aje-descriptions'):
        # Al Jazeera English's headlines on Israel and Palestine with each article's standfirst
        # (2021-23, most of them from the war on Gaza of October-December 2023), as scraped into
        # the "Israel-Palestine Conflict News Dataset" and republished in a public course project.
        # The site's soft hyphens are taken out. Headlines are one pool, the standfirst's first
        # sentence another.
        repo = 'ES-1085+project-ds-2-shea'
        c = mirrors.commit(repo)
        path = 'data/news_data.csv'
        for n, row in enumerate(csv.DictReader(io.StringIO(mirrors.show(repo, path))), 2):
            clean = lambda t: ' '.join(t.replace('\u00ad', '').replace('\u00a0', ' ').split())
            day, month, year = row['date'].split('-')
            source = dict(repo='ES-1085/project-ds-2-shea', commit=c, path=path, line=n)
            if name == 'aje-headlines':
                yield dict(kind='headline', text=clean(row['headline']), outlet='Al Jazeera', date=f'{year}-{month}-{day}', url=None, source=source)
            else:
                text = first_sentence(clean(row['description']))
                if len(text.split()) < 5: continue
                yield dict(kind='sentence', text=text, outlet='Al Jazeera', date=f'{year}-{month}-{day}', url=None, source=source)
    elif name == 'abc-2003':
        # ABC News (Australia) headlines of February to June 2003, lower case as published in
        # "A Million News Headlines" (Kulkarni, Harvard Dataverse), in a public course project's
        # copy that the 1 MB limit cut off mid-line: the cut last line is left out.
        repo = 'ZachWolpe+Python-Machine-Learing-Statistics-Latent-Dirichlet-Allocation-'
        c = mirrors.commit(repo)
        path = 'abcnews-date-text.csv'
        rows = mirrors.show(repo, path).split('\n')
        for n, line in enumerate(rows[1:-1], 2):
            date, _, text = line.partition(',')
            if not re.fullmatch(r'\d{8}', date) or len(text.split()) < 3: continue
            yield dict(kind='headline', text=text.strip(), outlet='ABC News (Australia)', date=f'{date[:4]}-{date[4:6]}-{date[6:]}', url=None,
                       source=dict(repo='ZachWolpe/Python-Machine-Learing-Statistics-Latent-Dirichlet-Allocation-', commit=c, path=path, line=n))
    elif name == 'guardian-2023':
        # The Guardian's headlines on Israel and Gaza of 2023 (January to October), each with
        # its URL, as a public student project on narrative and casualty counts stored them: the
        # front end's list (one row per entity the project tagged, so a headline recurs) and the
        # casualty list. Each headline is kept once, with the first row's line.
        repo = 'vedmathai+BaHiLa'
        c = mirrors.commit(repo)
        for path in ('client/narrativity-app/src/data/israel.jsx', 'casualty_dict_list.json'):
            raw = mirrors.show(repo, path)
            start = raw.index('[')
            rows = json.loads(raw[start:raw.rindex(']') + 1])
            line_of = {}
            for k, text_line in enumerate(raw.split('\n'), 1):
                if '"title"' in text_line: line_of.setdefault(text_line.strip(), k)
            for row in rows:
                title = ' '.join(row['title'].split())
                if len(title.split()) < 3: continue
                line = line_of.get(f'"title": {json.dumps(row["title"])}') or line_of.get(f'"title": {json.dumps(row["title"], ensure_ascii=False)}')
                yield dict(kind='headline', text=title, outlet='The Guardian', date=row.get('date'), url=row.get('url'),
                           source=dict(repo='vedmathai/BaHiLa', commit=c, path=path, line=line))
    elif name in ('fwd-worldnews', 'fwd-news'):
        # Titles of news links shared to r/worldnews and r/ukraine from November 2021 to July
        # 2022, each with its outlet's domain (Reuters, the Guardian, the BBC, AP, ...), as the
        # fwd/news headline collection stored them. Its newest stored copy is of July 2022 (later
        # ones are too large for the mirror): that commit is each item's locator.
        # fwd-news: the same copy's titles shared to r/news (US news) and to the Florida and Miami
        # local news subreddits, with their outlets' domains.
        repo = 'fwd+news'
        c = mirrors.git(repo, 'rev-list', '-1', '0aa530c').decode().strip()
        path = 'headlines.json'
        rows = json.loads(mirrors.git(repo, 'show', f'{c}:{path}').decode('utf-8'))
        for n, row in enumerate(rows):
            if row.get('category') not in (('worldnews', 'ukraine') if name == 'fwd-worldnews' else ('news', 'florida', 'miami')): continue
            text = ' '.join(row['title'].split())
            if len(text.split()) < 4: continue
            date = time.strftime('%Y-%m-%d', time.gmtime(row['timestamp'])) if row.get('timestamp') else None
            yield dict(kind='headline', text=text, outlet=row.get('domain'), date=date, url=row.get('link'),
                       source=dict(repo='fwd/news', commit=c, path=path, index=n))
    elif name == 'wp-nyt-2023':
        # Sentences of Washington Post and New York Times articles of 7-22 October 2023 that
        # mention deaths, as Holly Jackson's study of casualty mentions collected them (a keyword
        # filter chose them, so most report harm). Only the sentences: the articles' titles could
        # be among the headlines kept for independent checks, and the WSJ file is left out for the
        # same reason. The scrape doubled spaces (collapsed here), ran some sentences together
        # ("missing.Secretary"; left out) and kept photo credits ("(Sergey Ponomarev/...)"; left out).
        repo = 'hollyjackson+casualty_mentions_nyt'
        c = mirrors.commit(repo)
        for path, outlet in [('data/tagged_data_wp_oct7_to_oct22.csv', 'The Washington Post'),
                             ('data/tagged_data_nyt_oct7_to_oct18.csv', 'The New York Times'),
                             ('data/tagged_data_nyt_oct18_to_oct22.csv', 'The New York Times')]:
            for n, row in enumerate(csv.DictReader(io.StringIO(mirrors.show(repo, path))), 2):
                text = ' '.join(row['sentence'].split())
                if len(text.split()) < 5 or text.startswith('(') or re.search(r'[a-z0-9)][.?!][A-Z“"]', text): continue
                date = row['article_date'].strip()
                if '/' in date:  # 10/13/2023 in two of the files, 2023-10-21 in the third
                    month, day, year = date.split('/')
                    date = f'{year}-{int(month):02d}-{int(day):02d}'
                yield dict(kind='sentence', text=text, outlet=outlet, date=date, url=None,
                           source=dict(repo='hollyjackson/casualty_mentions_nyt', commit=c, path=path, row=n))
    elif name == 'fignews-en':
        # Posts of news outlets on the Gaza war (October 2023 to early 2024), in English as
        # written, from the FIGNEWS 2024 shared task's inter-annotator sample (CAMeL Lab): each
        # post's first sentence, with links and hashtags left out; posts whose first sentence
        # has fewer than five words, or is in the main file (too large for the mirror), are not
        # drawn, nor scraped page furniture ("| On - ...", "@" mentions: SCRAPE_JUNK). Its own bias
        # and propaganda labels are not used.
        repo = 'CAMeL-Lab+FIGNEWS-2024'
        c = mirrors.commit(repo)
        path = 'data/FIGNEWS-2024-TEXT-IAA.tsv'
        for n, line in enumerate(mirrors.show(repo, path).split('\n')[1:], 2):
            cols = line.split('\t')
            if len(cols) < 5 or cols[1] != 'English': continue
            text = re.sub(r'https?://\S+|#\S+', ' ', cols[4])
            text = first_sentence(' '.join(text.split()))
            if len(text.split()) < 5 or SCRAPE_JUNK.search(text): continue
            yield dict(kind='sentence', text=text, outlet=None, date=None, url=None,
                       source=dict(repo='CAMeL-Lab/FIGNEWS-2024', commit=c, path=path, line=n, post=cols[2]))
    elif name in ('ag-world-titles', 'ag-world-descriptions'):
        # AG's News (Zhang, Zhao and LeCun 2015, from Gulli's ComeToMyHead collection of 2004-05
        # news from more than 2,000 sources), its test file's World class (1,900 articles), as a
        # public character-CNN project stores it: each article's title and description, the
        # description being its lead as the source ran it. Titles are one pool, the description's
        # first sentence another. The wire's marks are taken out (a title's trailing "(AP)", a
        # lead's dateline "BAGHDAD (Reuters) - "), its entities undone ("#39;" for "'"); items
        # with HTML markup or the scrape's backslashes are not drawn.
        repo = 'mhjabreel+CharCnn_Keras'
        c = mirrors.commit(repo)
        path = 'data/ag_news_csv/test.csv'
        for n, row in enumerate(csv.reader(io.StringIO(mirrors.show(repo, path))), 1):
            if row[0] != '1': continue
            title, lead = (ag_text(t) for t in row[1:3])
            if title is None or lead is None: continue
            source = dict(repo='mhjabreel/CharCnn_Keras', commit=c, path=path, line=n)
            if name == 'ag-world-titles':
                text = AG_TITLE_SOURCE.sub('', title).strip()
                if len(text.split()) < 3: continue
                yield dict(kind='headline', text=text, outlet=None, date=None, url=None, source=source)
            else:
                text = first_sentence(AG_DATELINE.sub('', AG_DATELINE.sub('', lead)))
                if len(text.split()) < 5: continue
                yield dict(kind='sentence', text=text, outlet=None, date=None, url=None, source=source)
    elif name in ('bbc-rss-titles', 'bbc-rss-summaries', 'nyt-rss-titles', 'nyt-rss-summaries', 'toi-rss-titles'):
        # Items of the BBC's, the New York Times's and the Times of India's own RSS feeds
        # (December 2021 to June 2022; the Times of India's to February 2022), as a public
        # project of feed readers stored them: each item's title, and for the BBC and the Times
        # its summary, the one-sentence standfirst the feed gives (the Times of India's feed
        # gives none). Entities undone; a summary's first sentence of five words or more.
        repo = 'kumaagx+news-headlines-dataset'
        c = mirrors.commit(repo)
        outlet, file = {'bbc': ('BBC', 'BBC.csv'), 'nyt': ('The New York Times', 'NYT.csv'), 'toi': ('The Times of India', 'TOI.csv')}[name[:3]]
        path = f'Output/{file}'
        for n, row in enumerate(csv.DictReader(io.StringIO(mirrors.show(repo, path))), 2):
            title = ' '.join(html.unescape(row.get('Title') or '').split())
            source = dict(repo='kumaagx/news-headlines-dataset', commit=c, path=path, line=n)
            meta = dict(outlet=outlet, date=(row.get('Publish_DT') or '')[:10] or None, url=row.get('Link') or None, source=source)
            if name.endswith('-titles'):
                if len(title.split()) >= 3: yield dict(kind='headline', text=title, **meta)
            else:
                text = first_sentence(html.unescape(row.get('Summary') or ''))
                if len(text.split()) >= 5: yield dict(kind='sentence', text=text, **meta)
    elif name == 'affective-2007':
        # The headlines of the SemEval-2007 Affective Text task (Strapparava and Mihalcea 2007):
        # news titles of 2007 from Google News, CNN and newspapers' sites, its trial and test
        # files, as a public emotion-detection project stores them. Its emotion scores are not used.
        repo = 'kenellysra+emotiondetection'
        c = mirrors.commit(repo)
        for path in ('resources/affectivetext_trial.xml', 'resources/affectivetext_test.xml'):
            for n, line in enumerate(mirrors.show(repo, path).split('\n'), 1):
                m = re.match(r'\s*<instance id="(\d+)">(.*)</instance>', line)
                if not m: continue
                text = ' '.join(html.unescape(m.group(2)).split())
                if len(text.split()) < 3: continue
                yield dict(kind='headline', text=text, outlet=None, date=None, url=None,
                           source=dict(repo='kenellysra/emotiondetection', commit=c, path=path, line=n, instance=m.group(1)))
    elif name in ('reuters-1996-titles', 'reuters-1996-leads'):
        # Reuters news stories of August 1996 to August 1997 (the Reuters Corpus, RCV1) as the
        # CoNLL-2003 named-entity task tokenised them, in a public project's copy that keeps the
        # documents apart: each story's title, and its lead, the first sentence after the
        # dateline ("BRUSSELS 1996-08-22"), detokenised. Sports results ("SOCCER - ...": a
        # capitals word and a dash open their titles) and stories without a dateline are not
        # drawn; a title of fewer than three words, or a lead of fewer than eight, neither.
        repo = 'kyzhouhzau+BERT-NER'
        c = mirrors.commit(repo)
        for path in ('old_version/NERdata/train.txt', 'old_version/NERdata/dev.txt', 'old_version/NERdata/test.txt'):
            for doc, sentences in conll_documents(mirrors.show(repo, path)):
                title_line, title = sentences[0]
                if SPORTS_TITLE.match(title): continue
                dateline = next((k for k, (_, s) in enumerate(sentences[:4]) if CONLL_DATELINE.search(s)), None)
                if dateline is None or dateline + 1 >= len(sentences): continue
                source = dict(repo='kyzhouhzau/BERT-NER', commit=c, path=path, document=doc)
                if name == 'reuters-1996-titles':
                    text = detokenized(re.sub(r' \.$', '', title))
                    if len(text.split()) >= 3: yield dict(kind='headline', text=text, outlet='Reuters', date=None, url=None, source=dict(source, line=title_line))
                else:
                    lead_line, lead = sentences[dateline + 1]
                    text = detokenized(lead)
                    if len(text.split()) >= 8: yield dict(kind='sentence', text=text, outlet='Reuters', date=None, url=None, source=dict(source, line=lead_line))
    elif name in ('reuters-crisis-titles', 'reuters-world-titles'):
        # Reuters headlines of 2007-10 as a public repository keeps them, one pickled list of
        # {title, href, ts} per day (data/YYYYMMDD.pkl), read with an unpickler that builds no
        # objects but lists, dicts and strings. Two of the site's sections, named in each
        # link's path: its crisis news ("latestCrisis", AlertNet's wars, disasters and
        # humanitarian news) and its world news ("worldNews"). A title of fewer than three words
        # is not drawn.
        repo = 'mike0sv+Reuters-full-data-set'
        c = mirrors.commit(repo)
        section = 'latestCrisis' if name == 'reuters-crisis-titles' else 'worldNews'
        for path, data in mirrors.blobs(repo, 'data/'):
            for k, row in enumerate(PlainUnpickler(io.BytesIO(data), encoding='bytes').load()):
                field = lambda f: (row.get(f.encode()) or b'').decode('utf-8', 'replace')
                href = field('href')
                if f'/article/{section}/' not in href: continue
                text = ' '.join(field('title').split())
                if len(text.split()) < 3: continue
                yield dict(kind='headline', text=text, outlet='Reuters', date=os.path.basename(path)[:8], url=href,
                           source=dict(repo='mike0sv/Reuters-full-data-set', commit=c, path=path, item=k))
    elif name == 'rss2025':
        with open(os.path.join(DATA, 'pool-rss2025.jsonl'), encoding='utf-8') as f:
            for line in f:
                if line.strip(): yield json.loads(line)
    else:
        sys.exit(f'unknown pool {name}')

class PlainUnpickler(pickle.Unpickler):
    """Reads lists, dicts and strings only: a pickle that names any class is refused, so
    reading one runs no code."""
    def find_class(self, module, name):
        raise pickle.UnpicklingError(f'refused: {module}.{name}')

def first_sentence(text):
    """An article description's first sentence: up to the first full stop, question or
    exclamation mark followed by a space and a capital (abbreviations such as "U.S." stay)."""
    text = ' '.join(text.split())
    m = re.search(r'(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St))[.?!]["”’]?(?= [A-Z"“])', text)
    return text[:m.end()] if m else text

TITLE_END = re.compile(r'\b(Mr|Mrs|Ms|Dr|St|Sgt|Lt|Det|Capt|Cpl|Gov|Sen|Rep|No|Jr|Sr|Ave|Blvd|Rd|Ft|Mt|vs|Co|Inc|Gen|Col|Maj|Ofc|Dep|Insp|Supt|Jan|Feb|Aug|Sept|Oct|Nov|Dec|a\.m|p\.m)\.$')

SCRAPE_JUNK = re.compile(r'copyright|all rights reserved|tweet|\.jpg|\(photo|photo:|click here|subscribe|advertisement|http|@|#|\|', re.I)

def prose_sentences(text):
    """The article's sentences that read as running prose, numbered from 1 in the article's
    order: split at a full stop, question or exclamation mark before a space and a capital
    (not after a capital alone or a short title: "U.S.", "Sgt.", "St."); kept when 8 to 45
    words long, starting with a capital or a quote, ending with a full stop or quote, and
    free of scraping's junk (SCRAPE_JUNK)."""
    out = []
    for paragraph in text.split('\n'):
        pieces = re.split(r'(?<=[.?!])(?:(?<=[.?!])["”’])? (?=["“]?[A-Z])', ' '.join(paragraph.split()))
        for piece in pieces:
            # "Sgt. Don Cobb", "U.S. Army": a piece ending in a title or initial goes on
            if out and out[-1][1] and (TITLE_END.search(out[-1][0]) or re.search(r'(^|\W)[A-Z]\.$', out[-1][0])):
                out[-1] = (out[-1][0] + ' ' + piece, True)
            else:
                out.append((piece, True))
        if out: out[-1] = (out[-1][0], False)
    out = [s for s, _ in out]
    numbered = []
    seen = set()
    for number, s in enumerate(out, 1):
        if s in seen: continue
        seen.add(s)
        words = len(s.split())
        if 8 <= words <= 45 and re.match(r'["“]?[A-Z]', s) and re.search(r'[.!?]["”’]?$', s) and not SCRAPE_JUNK.search(s):
            numbered.append((number, s))
    return numbered

AG_ENTITIES = {'#39;': "'", 'quot;': '"', '#151;': '\u2014', '#36;': '$', '\\$': '$', '&amp;': '&', 'amp;': '&'}

# "Car bomb kills ten (AFP)", "... (Update2)": the wire's or the update's mark after a title
AG_TITLE_SOURCE = re.compile(r'\s*\((?:AP|AFP|Reuters|Canadian Press|Update\d+|[A-Z][\w.]*(?:\s+[A-Z&][\w.]*)*)\)\s*$')

# "BAGHDAD (Reuters) - ", "GAZA CITY, Gaza Strip (Reuters) - ", "KABUL, Sept. 2, 2004 - ",
# "Canadian Press - OTTAWA (CP) - ": a lead's dateline, capitals with a place's name, a date or
# a wire's name, or the wire's name alone, before a dash (taken out twice over)
AG_DATELINE = re.compile(r"^\s*(?:(?:[A-Z][A-Z.'/-]+(?:\s+[A-Z][A-Z.'/-]+)*(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*)?(?:,?\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2}(?:,\s*\d{4})?)?)?\s*(?:\([^)]*\))?|Reuters|AFP|AP|Canadian Press)\s*-{1,2}\s+")

def ag_text(raw):
    """An AG's News field as the source wrote it: entities undone and spaces collapsed; None
    where HTML markup or a backslash of the scrape is left in it."""
    text = raw
    for entity, char in AG_ENTITIES.items():
        text = text.replace(entity, char)
    if re.search(r'&lt;|&gt;|lt;|gt;|\\|&#?\w+;', text): return None
    return ' '.join(text.split())

def detokenized(text):
    """A tokenised headline as it was written: no space before closing punctuation and
    clitics ("Trump 's" -> "Trump's", "ca n't" -> "can't"), none inside brackets or quotes."""
    t = re.sub(r"\b(ca|wo) n(['’])t\b", lambda m: {'ca': 'can', 'wo': 'won'}[m.group(1)] + m.group(2) + 't', text)
    t = re.sub(r" (n['’]t|['’](s|re|ve|ll|d|m))\b", r'\1', t)
    t = re.sub(r' ([,.:;?!%)\]])', r'\1', t)
    t = re.sub(r'([(\[$]) ', r'\1', t)
    t = re.sub(r'([‘“]) ', r'\1', t)
    t = re.sub(r' ([’”])', r'\1', t)
    out, open_quote = [], {'"': False, "'": False}
    for token in t.split(' '):
        if token in open_quote:
            if open_quote[token]:
                out[-1:] = [(out[-1] if out else '') + token]
            else:
                out.append(token + '\u0000')
            open_quote[token] = not open_quote[token]
        else:
            out.append(token)
    return ' '.join(out).replace('\u0000 ', '').replace('\u0000', '').strip()

# "SOCCER - JAPAN GET LUCKY WIN", "TENNIS - RESULTS": a sports story's title in CoNLL-2003
SPORTS_TITLE = re.compile(r'^[A-Z][A-Z/ ]+ - ')
# "BRUSSELS 1996-08-22", "LONDON 1996-08-30": a story's dateline, a place and a date
CONLL_DATELINE = re.compile(r'\b199[67]-\d\d-\d\d$')

def conll_documents(text):
    """The documents of a CoNLL-2003 file (one token a line, "-DOCSTART-" between documents):
    (document number from 1, [(the line of its first token, its tokens joined by spaces)])."""
    docs, sentence, start = [], [], None
    for n, line in enumerate(text.split('\n'), 1):
        token = line.split(' ')[0] if line.strip() else ''
        if token == '-DOCSTART-':
            docs.append([])
            continue
        if not token:
            if sentence and docs: docs[-1].append((start, ' '.join(sentence)))
            sentence, start = [], None
            continue
        if start is None: start = n
        sentence.append(token)
    if sentence and docs: docs[-1].append((start, ' '.join(sentence)))
    return [(k, d) for k, d in enumerate(docs, 1) if d]

def lines(name):
    with open(os.path.join(DATA, name), encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

SEED = 20261203  # sample2's: every later sample continues its shuffled order

def shuffled_pool(name, mirrors):
    """The pool's unique texts, none of the first sample's (items.jsonl), in sample2's seeded
    order: sample2 took the head of it and each later sample takes the next stretch."""
    seen = {key(it['text']) for it in lines('items.jsonl')}
    rng = random.Random(f'{SEED}-{name}')
    uniq, keys = [], set()
    for it in pool_items(name, mirrors):
        k = key(it['text'])
        if not k or k in seen or k in keys: continue
        keys.add(k); uniq.append(it)
    rng.shuffle(uniq)
    return uniq

def item_line(item_id, k, name, it):
    """One drawn item as a JSON line; the split alternates within each pool's stretch."""
    return json.dumps({'id': item_id, 'split': 'dev' if k % 2 == 0 else 'test', 'pool': name,
                       'kind': it['kind'], 'text': it['text'], 'outlet': it['outlet'], 'date': it['date'],
                       'url': it['url'], 'source': it['source']}, ensure_ascii=False)

def print_stretches(mirrors_dir, stretches, earlier_names):
    """Print the next stretch of each pool's seeded order as item lines, none of them in an
    earlier sample: (pool, id prefix, items taken before, size) per stretch. Shared by
    sample4.py, sample5.py and sample7.py."""
    from mirrors import Mirrors
    mirrors = Mirrors(mirrors_dir)
    earlier = {key(it['text']) for name in earlier_names for it in lines(name)}
    for name, prefix, taken, size in stretches:
        for k, it in enumerate(shuffled_pool(name, mirrors)[taken:taken + size]):
            assert key(it['text']) not in earlier
            print(item_line(f'{prefix}{k + 1:04d}', k, name, it))

def print_unseen_stretches(mirrors_dir, stretches, earlier_names):
    """Print, from each pool's seeded order with every earlier sample's texts (and those this
    draw took) left out, a stretch as item lines: (pool, id prefix, skipped, size, first
    number) per stretch, so that two pools can share a prefix. Shared by sample13.py and
    sample14.py."""
    from mirrors import Mirrors
    mirrors = Mirrors(mirrors_dir)
    earlier = {key(it['text']) for name in earlier_names for it in lines(name)}
    drawn = set()
    for name, prefix, skipped, size, first in stretches:
        seen = earlier | drawn  # once per stretch: a union per item is quadratic in a large pool
        items = [it for it in shuffled_pool(name, mirrors) if key(it['text']) not in seen]
        for k, it in enumerate(items[skipped:skipped + size]):
            drawn.add(key(it['text']))
            print(item_line(f'{prefix}{first + k + 1:04d}', k, name, it))

def draw_sample(samples, argv):
    """`script.py N MIRRORS_DIR`: print the items file N of a stop's table of samples (stop57.py,
    stop58.py), every earlier items file's texts left out."""
    n = int(argv[1])
    if n not in samples: sys.exit(f'no sample {n} here: {min(samples)} to {max(samples)}')
    print_unseen_stretches(argv[2], samples[n], ['items2.jsonl'] + [f'items{k}.jsonl' for k in range(3, n)])


def draw_table(table, argv):
    """draw_sample() for a table of lines `N POOL_A PREFIX_A POOL_B PREFIX_B` (stop58.py; a line
    opening with # is a comment): items file N is 100 items of each pool's next stretch, under its
    id prefix."""
    rows = (line.split() for line in table.strip().split('\n') if not line.startswith('#'))
    draw_sample({int(n): [(pool_a, prefix_a, 0, 100, 0), (pool_b, prefix_b, 0, 100, 0)]
                 for n, pool_a, prefix_a, pool_b, prefix_b in rows}, argv)
