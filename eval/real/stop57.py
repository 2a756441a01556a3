#!/usr/bin/env python3
"""Draw the 290th to 325th real-text gold samples (issue 13, stop 57), reproducibly, one at a time.

Each sample is two stretches, each the next items of a pool (eval/real/pools.py) in the seeded
order every pool follows, with every earlier sample's texts left out, split dev/test
alternately within each stretch. The pools: the SemEval-2007 Affective Text headlines
(affective-2007); the titles and summaries of the BBC's, the New York Times's and the Times of
India's RSS feeds of 2021-22 (bbc-rss-titles, bbc-rss-summaries, nyt-rss-titles,
nyt-rss-summaries, toi-rss-titles); the titles and leads of Reuters stories of 1996-97 as
CoNLL-2003 keeps them (reuters-1996-titles, reuters-1996-leads). A stretch asks for 100 items
and gets fewer where its pool runs out: the Reuters leads in the 314th sample (47), the
Affective Text headlines and the Reuters titles in the 318th (25, 99), the New York Times
titles and summaries in the 323rd and 325th (22, 13).
  python3 eval/real/stop57.py N MIRRORS_DIR > eval/data/real/itemsN.jsonl   (N from 289 to 324:
  itemsN.jsonl holds the (N+1)th sample, as sampleN.py's do for earlier ones)
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, four samples at a time, before any rule drawn from their dev halves.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import draw_sample

# items file number: its stretches (pool, id prefix, skipped, size, first number)
SAMPLES = {
    289: [('affective-2007', 'li', 0, 100, 0), ('bbc-rss-titles', 'mi', 0, 100, 0)],
    290: [('reuters-1996-leads', 'ni', 0, 100, 0), ('bbc-rss-summaries', 'oi', 0, 100, 0)],
    291: [('reuters-1996-titles', 'pi', 0, 100, 0), ('nyt-rss-titles', 'qi', 0, 100, 0)],
    292: [('affective-2007', 'ri', 0, 100, 0), ('toi-rss-titles', 'tz', 0, 100, 0)],
    293: [('bbc-rss-titles', 'uz', 0, 100, 0), ('reuters-1996-leads', 'vz', 0, 100, 0)],
    294: [('bbc-rss-summaries', 'wz', 0, 100, 0), ('nyt-rss-summaries', 'xz', 0, 100, 0)],
    295: [('affective-2007', 'yz', 0, 100, 0), ('reuters-1996-titles', 'zz', 0, 100, 0)],
    296: [('bbc-rss-titles', 'hh', 0, 100, 0), ('reuters-1996-leads', 'ih', 0, 100, 0)],
    297: [('affective-2007', 'qqa', 0, 100, 0), ('reuters-1996-leads', 'qqb', 0, 100, 0)],
    298: [('bbc-rss-summaries', 'qqc', 0, 100, 0), ('toi-rss-titles', 'qqd', 0, 100, 0)],
    299: [('reuters-1996-titles', 'qqe', 0, 100, 0), ('bbc-rss-titles', 'qqf', 0, 100, 0)],
    300: [('affective-2007', 'qqg', 0, 100, 0), ('nyt-rss-titles', 'qqh', 0, 100, 0)],
    301: [('reuters-1996-leads', 'qqi', 0, 100, 0), ('affective-2007', 'qqj', 0, 100, 0)],
    302: [('bbc-rss-titles', 'qqk', 0, 100, 0), ('reuters-1996-titles', 'qql', 0, 100, 0)],
    303: [('nyt-rss-summaries', 'qqm', 0, 100, 0), ('bbc-rss-summaries', 'qqn', 0, 100, 0)],
    304: [('affective-2007', 'qqo', 0, 100, 0), ('toi-rss-titles', 'qqp', 0, 100, 0)],
    305: [('reuters-1996-leads', 'qqq', 0, 100, 0), ('affective-2007', 'qqr', 0, 100, 0)],
    306: [('bbc-rss-summaries', 'qqs', 0, 100, 0), ('reuters-1996-titles', 'qqt', 0, 100, 0)],
    307: [('nyt-rss-titles', 'qqu', 0, 100, 0), ('bbc-rss-titles', 'qqv', 0, 100, 0)],
    308: [('affective-2007', 'qqw', 0, 100, 0), ('nyt-rss-summaries', 'qqx', 0, 100, 0)],
    309: [('reuters-1996-leads', 'qra', 0, 100, 0), ('affective-2007', 'qrb', 0, 100, 0)],
    310: [('bbc-rss-titles', 'qrc', 0, 100, 0), ('reuters-1996-titles', 'qrd', 0, 100, 0)],
    311: [('nyt-rss-titles', 'qre', 0, 100, 0), ('bbc-rss-summaries', 'qrf', 0, 100, 0)],
    312: [('affective-2007', 'qrg', 0, 100, 0), ('toi-rss-titles', 'qrh', 0, 100, 0)],
    313: [('reuters-1996-leads', 'qri', 0, 100, 0), ('bbc-rss-titles', 'qrj', 0, 100, 0)],
    314: [('affective-2007', 'qrk', 0, 100, 0), ('bbc-rss-summaries', 'qrl', 0, 100, 0)],
    315: [('reuters-1996-titles', 'qrm', 0, 100, 0), ('nyt-rss-summaries', 'qrn', 0, 100, 0)],
    316: [('toi-rss-titles', 'qro', 0, 100, 0), ('bbc-rss-titles', 'qrp', 0, 100, 0)],
    317: [('affective-2007', 'qrq', 0, 100, 0), ('reuters-1996-titles', 'qrr', 0, 100, 0)],
    318: [('bbc-rss-titles', 'qrs', 0, 100, 0), ('bbc-rss-summaries', 'qrt', 0, 100, 0)],
    319: [('toi-rss-titles', 'qru', 0, 100, 0), ('bbc-rss-summaries', 'qrv', 0, 100, 0)],
    320: [('bbc-rss-titles', 'qrw', 0, 100, 0), ('toi-rss-titles', 'qrx', 0, 100, 0)],
    321: [('bbc-rss-titles', 'qry', 0, 100, 0), ('toi-rss-titles', 'qrz', 0, 100, 0)],
    322: [('bbc-rss-summaries', 'qsa', 0, 100, 0), ('nyt-rss-titles', 'qsb', 0, 100, 0)],
    323: [('toi-rss-titles', 'qsc', 0, 100, 0), ('bbc-rss-summaries', 'qsd', 0, 100, 0)],
    324: [('bbc-rss-titles', 'qse', 0, 100, 0), ('nyt-rss-summaries', 'qsf', 0, 100, 0)],
}

draw_sample(SAMPLES, sys.argv)
