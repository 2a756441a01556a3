#!/usr/bin/env python3
"""Draw the 326th to 333rd real-text gold samples (issue 13, stop 58), reproducibly, one at a time.

Each sample is two stretches, each the next items of a pool (eval/real/pools.py) in the seeded
order every pool follows, with every earlier sample's texts left out, split dev/test
alternately within each stretch. The pools: Reuters headlines of 2007-10 from its crisis
section (reuters-crisis-titles: AlertNet's wars, disasters and humanitarian news) and its world
news section (reuters-world-titles), the kind of war and disaster headline the independent
checks of the tool are made of.
  python3 eval/real/stop58.py N MIRRORS_DIR > eval/data/real/itemsN.jsonl   (N from 325 to 332:
  itemsN.jsonl holds the (N+1)th sample, as sampleN.py's and stop57.py's do for earlier ones)
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, four samples at a time, before any rule drawn from their dev halves.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import draw_table

# items file number: its two stretches, each a pool and the id prefix of its 100 items
TABLE = """
325 reuters-crisis-titles qsg  reuters-world-titles  qsh
326 reuters-crisis-titles qsi  reuters-crisis-titles qsj
327 reuters-world-titles  qsk  reuters-crisis-titles qsl
328 reuters-crisis-titles qsm  reuters-world-titles  qsn
329 reuters-crisis-titles qso  reuters-crisis-titles qsp
330 reuters-world-titles  qsq  reuters-crisis-titles qsr
331 reuters-crisis-titles qss  reuters-world-titles  qst
332 reuters-crisis-titles qsu  reuters-crisis-titles qsv
"""
draw_table(TABLE, sys.argv)
