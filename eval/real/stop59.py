#!/usr/bin/env python3
"""Draw the 334th to 357th real-text gold samples (issue 13, stop 59), reproducibly, one at a time.

The same two Reuters pools as stop58.py (reuters-crisis-titles, reuters-world-titles: headlines
of 2007-10), continued: each sample is the next 100 items of each of its two pools in the seeded
order every pool follows, every earlier sample's texts left out, split dev/test alternately.
Seventeen of the twenty-four samples are crisis news only, the section richest in reports of harm.
  python3 eval/real/stop59.py N MIRRORS_DIR > eval/data/real/itemsN.jsonl   (N from 333 to 356:
  itemsN.jsonl holds the (N+1)th sample, as in the earlier sampling scripts)
Labelled under eval/data/real/BRIEF.md by readers who never ran the tool, before it was run on
them; measured once, four samples at a time, before any rule drawn from their dev halves.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import draw_table

# items file number: its two stretches, each a pool and the id prefix of its 100 items
TABLE = """
333 reuters-crisis-titles qsw  reuters-crisis-titles qsx
334 reuters-world-titles  qsy  reuters-crisis-titles qsz
335 reuters-crisis-titles qta  reuters-crisis-titles qtb
336 reuters-crisis-titles qtc  reuters-crisis-titles qtd
337 reuters-crisis-titles qte  reuters-world-titles  qtf
338 reuters-crisis-titles qtg  reuters-crisis-titles qth
339 reuters-crisis-titles qti  reuters-crisis-titles qtj
340 reuters-crisis-titles qtk  reuters-crisis-titles qtl
341 reuters-crisis-titles qtm  reuters-crisis-titles qtn
342 reuters-world-titles  qto  reuters-crisis-titles qtp
343 reuters-crisis-titles qtq  reuters-crisis-titles qtr
344 reuters-crisis-titles qts  reuters-crisis-titles qtt
345 reuters-crisis-titles qtu  reuters-crisis-titles qtv
346 reuters-crisis-titles qtw  reuters-world-titles  qtx
347 reuters-crisis-titles qty  reuters-crisis-titles qtz
348 reuters-crisis-titles qua  reuters-crisis-titles qub
349 reuters-crisis-titles quc  reuters-world-titles  qud
350 reuters-crisis-titles que  reuters-crisis-titles quf
351 reuters-crisis-titles qug  reuters-crisis-titles quh
352 reuters-world-titles  qui  reuters-crisis-titles quj
353 reuters-crisis-titles quk  reuters-crisis-titles qul
354 reuters-crisis-titles qum  reuters-crisis-titles qun
355 reuters-crisis-titles quo  reuters-world-titles  qup
356 reuters-crisis-titles quq  reuters-crisis-titles qur
"""

draw_table(TABLE, sys.argv)
