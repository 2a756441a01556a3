#!/usr/bin/env python3
"""Draw the 326th to 702nd real-text gold samples (issue 13, stops 58 to 76), reproducibly, one at a time.

Each sample is two stretches, each the next items of a pool (eval/real/pools.py) in the seeded
order every pool follows, with every earlier sample's texts left out, split dev/test
alternately within each stretch. The pools: Reuters headlines of 2007-10 from its crisis
section (reuters-crisis-titles: AlertNet's wars, disasters and humanitarian news) and its world
news section (reuters-world-titles), the kind of war and disaster headline the independent
checks of the tool are made of. After the 670th sample the world news pool has 67 items left
(stop 75): later rows draw on the crisis pool alone.
  python3 eval/real/stop58.py N MIRRORS_DIR > eval/data/real/itemsN.jsonl   (N from 325 to 701:
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
# stop 59: the same pools continued, 17 of its 24 samples crisis news only
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
# stop 60: the same pools continued
357 reuters-crisis-titles qus  reuters-crisis-titles qut
358 reuters-world-titles  quu  reuters-crisis-titles quv
359 reuters-crisis-titles quw  reuters-crisis-titles qux
360 reuters-crisis-titles quy  reuters-world-titles  quz
361 reuters-world-titles  qva  reuters-crisis-titles qvb
362 reuters-crisis-titles qvc  reuters-crisis-titles qvd
363 reuters-crisis-titles qve  reuters-world-titles  qvf
364 reuters-crisis-titles qvg  reuters-crisis-titles qvh
# stop 61: the same pools continued
365 reuters-crisis-titles qvi  reuters-crisis-titles qvj
366 reuters-world-titles  qvk  reuters-crisis-titles qvl
367 reuters-crisis-titles qvm  reuters-crisis-titles qvn
368 reuters-crisis-titles qvo  reuters-world-titles  qvp
369 reuters-crisis-titles qvq  reuters-crisis-titles qvr
370 reuters-crisis-titles qvs  reuters-world-titles  qvt
371 reuters-world-titles  qvu  reuters-crisis-titles qvv
372 reuters-crisis-titles qvw  reuters-crisis-titles qvx
373 reuters-world-titles  qvy  reuters-crisis-titles qvz
374 reuters-crisis-titles qwa  reuters-crisis-titles qwb
375 reuters-crisis-titles qwc  reuters-world-titles  qwd
376 reuters-crisis-titles qwe  reuters-crisis-titles qwf
377 reuters-world-titles  qwg  reuters-crisis-titles qwh
378 reuters-crisis-titles qwi  reuters-crisis-titles qwj
379 reuters-crisis-titles qwk  reuters-world-titles  qwl
380 reuters-crisis-titles qwm  reuters-crisis-titles qwn
# stop 62: the same pools continued
381 reuters-crisis-titles qwo  reuters-world-titles  qwp
382 reuters-crisis-titles qwq  reuters-crisis-titles qwr
383 reuters-world-titles  qws  reuters-crisis-titles qwt
384 reuters-crisis-titles qwu  reuters-crisis-titles qwv
385 reuters-world-titles  qww  reuters-crisis-titles qwx
386 reuters-crisis-titles qwy  reuters-crisis-titles qwz
387 reuters-crisis-titles qxa  reuters-world-titles  qxb
388 reuters-crisis-titles qxc  reuters-crisis-titles qxd
389 reuters-crisis-titles qxe  reuters-world-titles  qxf
390 reuters-world-titles  qxg  reuters-crisis-titles qxh
391 reuters-crisis-titles qxi  reuters-crisis-titles qxj
392 reuters-crisis-titles qxk  reuters-world-titles  qxl
# stop 63: the same pools continued
393 reuters-crisis-titles qxm  reuters-crisis-titles qxn
394 reuters-world-titles  qxo  reuters-crisis-titles qxp
395 reuters-crisis-titles qxq  reuters-crisis-titles qxr
396 reuters-crisis-titles qxs  reuters-world-titles  qxt
397 reuters-crisis-titles qxu  reuters-crisis-titles qxv
398 reuters-world-titles  qxw  reuters-crisis-titles qxx
399 reuters-crisis-titles qxy  reuters-crisis-titles qxz
400 reuters-crisis-titles qya  reuters-world-titles  qyb
401 reuters-crisis-titles qyc  reuters-crisis-titles qyd
402 reuters-world-titles  qye  reuters-crisis-titles qyf
403 reuters-crisis-titles qyg  reuters-crisis-titles qyh
404 reuters-crisis-titles qyi  reuters-world-titles  qyj
405 reuters-crisis-titles qyk  reuters-crisis-titles qyl
406 reuters-world-titles  qym  reuters-crisis-titles qyn
407 reuters-crisis-titles qyo  reuters-crisis-titles qyp
408 reuters-crisis-titles qyq  reuters-world-titles  qyr
# stop 64: the same pools continued
409 reuters-crisis-titles qys  reuters-crisis-titles qyt
410 reuters-world-titles  qyu  reuters-crisis-titles qyv
411 reuters-crisis-titles qyw  reuters-crisis-titles qyx
412 reuters-crisis-titles qyy  reuters-world-titles  qyz
413 reuters-crisis-titles qza  reuters-crisis-titles qzb
414 reuters-world-titles  qzc  reuters-crisis-titles qzd
415 reuters-crisis-titles qze  reuters-world-titles  qzf
416 reuters-crisis-titles qzg  reuters-crisis-titles qzh
417 reuters-world-titles  qzi  reuters-crisis-titles qzj
418 reuters-crisis-titles qzk  reuters-crisis-titles qzl
419 reuters-crisis-titles qzm  reuters-world-titles  qzn
420 reuters-crisis-titles qzo  reuters-crisis-titles qzp
421 reuters-crisis-titles qzq  reuters-world-titles  qzr
422 reuters-world-titles  qzs  reuters-crisis-titles qzt
423 reuters-crisis-titles qzu  reuters-crisis-titles qzv
424 reuters-crisis-titles qzw  reuters-world-titles  qzx
425 reuters-crisis-titles qzy  reuters-crisis-titles qzz
426 reuters-world-titles  raa  reuters-crisis-titles rab
427 reuters-crisis-titles rac  reuters-crisis-titles rad
428 reuters-crisis-titles rae  reuters-world-titles  raf
429 reuters-crisis-titles rag  reuters-crisis-titles rah
430 reuters-world-titles  rai  reuters-crisis-titles raj
431 reuters-crisis-titles rak  reuters-crisis-titles ral
432 reuters-crisis-titles ram  reuters-world-titles  ran
433 reuters-crisis-titles rao  reuters-crisis-titles rap
434 reuters-world-titles  raq  reuters-crisis-titles rar
435 reuters-crisis-titles ras  reuters-crisis-titles rat
436 reuters-crisis-titles rau  reuters-world-titles  rav
# stop 65
437 reuters-crisis-titles raw  reuters-crisis-titles rax
438 reuters-world-titles  ray  reuters-crisis-titles raz
439 reuters-crisis-titles rba  reuters-world-titles  rbb
440 reuters-crisis-titles rbc  reuters-crisis-titles rbd
441 reuters-world-titles  rbe  reuters-crisis-titles rbf
442 reuters-crisis-titles rbg  reuters-crisis-titles rbh
443 reuters-crisis-titles rbi  reuters-world-titles  rbj
444 reuters-crisis-titles rbk  reuters-crisis-titles rbl
445 reuters-world-titles  rbm  reuters-crisis-titles rbn
446 reuters-crisis-titles rbo  reuters-crisis-titles rbp
447 reuters-crisis-titles rbq  reuters-world-titles  rbr
448 reuters-crisis-titles rbs  reuters-crisis-titles rbt
449 reuters-crisis-titles rbu  reuters-world-titles  rbv
450 reuters-crisis-titles rbw  reuters-crisis-titles rbx
451 reuters-world-titles  rby  reuters-crisis-titles rbz
452 reuters-crisis-titles rca  reuters-crisis-titles rcb
# stop 66
453 reuters-crisis-titles rcc  reuters-crisis-titles rcd
454 reuters-world-titles  rce  reuters-crisis-titles rcf
455 reuters-crisis-titles rcg  reuters-world-titles  rch
456 reuters-crisis-titles rci  reuters-crisis-titles rcj
457 reuters-world-titles  rck  reuters-crisis-titles rcl
458 reuters-crisis-titles rcm  reuters-world-titles  rcn
459 reuters-crisis-titles rco  reuters-crisis-titles rcp
460 reuters-world-titles  rcq  reuters-crisis-titles rcr
461 reuters-crisis-titles rcs  reuters-world-titles  rct
462 reuters-crisis-titles rcu  reuters-crisis-titles rcv
463 reuters-world-titles  rcw  reuters-crisis-titles rcx
464 reuters-crisis-titles rcy  reuters-world-titles  rcz
465 reuters-crisis-titles rda  reuters-crisis-titles rdb
466 reuters-world-titles  rdc  reuters-crisis-titles rdd
467 reuters-crisis-titles rde  reuters-world-titles  rdf
468 reuters-crisis-titles rdg  reuters-crisis-titles rdh
# stop 67
469 reuters-world-titles  rdi  reuters-crisis-titles rdj
470 reuters-crisis-titles rdk  reuters-world-titles  rdl
471 reuters-crisis-titles rdm  reuters-crisis-titles rdn
472 reuters-world-titles  rdo  reuters-crisis-titles rdp
473 reuters-crisis-titles rdq  reuters-world-titles  rdr
474 reuters-crisis-titles rds  reuters-crisis-titles rdt
475 reuters-world-titles  rdu  reuters-crisis-titles rdv
476 reuters-crisis-titles rdw  reuters-world-titles  rdx
477 reuters-crisis-titles rdy  reuters-crisis-titles rdz
478 reuters-world-titles  rea  reuters-crisis-titles reb
479 reuters-crisis-titles rec  reuters-world-titles  red
480 reuters-crisis-titles ree  reuters-crisis-titles ref
481 reuters-world-titles  reg  reuters-crisis-titles reh
482 reuters-crisis-titles rei  reuters-world-titles  rej
483 reuters-crisis-titles rek  reuters-crisis-titles rel
484 reuters-world-titles  rem  reuters-crisis-titles ren
# stop 68
485 reuters-crisis-titles reo  reuters-world-titles  rep
486 reuters-crisis-titles req  reuters-crisis-titles rer
487 reuters-world-titles  res  reuters-crisis-titles ret
488 reuters-crisis-titles reu  reuters-world-titles  rev
489 reuters-crisis-titles rew  reuters-crisis-titles rex
490 reuters-world-titles  rey  reuters-crisis-titles rez
491 reuters-crisis-titles rfa  reuters-world-titles  rfb
492 reuters-crisis-titles rfc  reuters-crisis-titles rfd
493 reuters-world-titles  rfe  reuters-crisis-titles rff
494 reuters-crisis-titles rfg  reuters-world-titles  rfh
495 reuters-crisis-titles rfi  reuters-crisis-titles rfj
496 reuters-world-titles  rfk  reuters-crisis-titles rfl
497 reuters-crisis-titles rfm  reuters-world-titles  rfn
498 reuters-crisis-titles rfo  reuters-crisis-titles rfp
499 reuters-world-titles  rfq  reuters-crisis-titles rfr
500 reuters-crisis-titles rfs  reuters-world-titles  rft
# stop 69
501 reuters-crisis-titles rfu  reuters-crisis-titles rfv
502 reuters-world-titles  rfw  reuters-crisis-titles rfx
503 reuters-crisis-titles rfy  reuters-world-titles  rfz
504 reuters-crisis-titles rga  reuters-crisis-titles rgb
505 reuters-world-titles  rgc  reuters-crisis-titles rgd
506 reuters-crisis-titles rge  reuters-world-titles  rgf
507 reuters-crisis-titles rgg  reuters-crisis-titles rgh
508 reuters-world-titles  rgi  reuters-crisis-titles rgj
# stop 70
509 reuters-crisis-titles rgk  reuters-world-titles  rgl
510 reuters-crisis-titles rgm  reuters-crisis-titles rgn
511 reuters-world-titles  rgo  reuters-crisis-titles rgp
512 reuters-crisis-titles rgq  reuters-world-titles  rgr
513 reuters-crisis-titles rgs  reuters-crisis-titles rgt
514 reuters-world-titles  rgu  reuters-crisis-titles rgv
515 reuters-crisis-titles rgw  reuters-world-titles  rgx
516 reuters-crisis-titles rgy  reuters-crisis-titles rgz
# stop 71
517 reuters-world-titles  rha  reuters-crisis-titles rhb
518 reuters-crisis-titles rhc  reuters-world-titles  rhd
519 reuters-crisis-titles rhe  reuters-crisis-titles rhf
520 reuters-world-titles  rhg  reuters-crisis-titles rhh
521 reuters-crisis-titles rhi  reuters-world-titles  rhj
522 reuters-crisis-titles rhk  reuters-crisis-titles rhl
523 reuters-world-titles  rhm  reuters-crisis-titles rhn
524 reuters-crisis-titles rho  reuters-world-titles  rhp
# stop 72
525 reuters-crisis-titles rhq  reuters-crisis-titles rhr
526 reuters-world-titles  rhs  reuters-crisis-titles rht
527 reuters-crisis-titles rhu  reuters-world-titles  rhv
528 reuters-crisis-titles rhw  reuters-crisis-titles rhx
529 reuters-world-titles  rhy  reuters-crisis-titles rhz
530 reuters-crisis-titles ria  reuters-world-titles  rib
531 reuters-crisis-titles ric  reuters-crisis-titles rid
532 reuters-world-titles  rie  reuters-crisis-titles rif
533 reuters-crisis-titles rig  reuters-world-titles  rih
534 reuters-crisis-titles rii  reuters-crisis-titles rij
535 reuters-world-titles  rik  reuters-crisis-titles ril
536 reuters-crisis-titles rim  reuters-world-titles  rin
537 reuters-crisis-titles rio  reuters-crisis-titles rip
538 reuters-world-titles  riq  reuters-crisis-titles rir
539 reuters-crisis-titles ris  reuters-world-titles  rit
540 reuters-crisis-titles riu  reuters-crisis-titles riv
541 reuters-world-titles  riw  reuters-crisis-titles rix
542 reuters-crisis-titles riy  reuters-world-titles  riz
543 reuters-crisis-titles rja  reuters-crisis-titles rjb
544 reuters-world-titles  rjc  reuters-crisis-titles rjd
545 reuters-crisis-titles rje  reuters-world-titles  rjf
546 reuters-crisis-titles rjg  reuters-crisis-titles rjh
547 reuters-world-titles  rji  reuters-crisis-titles rjj
548 reuters-crisis-titles rjk  reuters-world-titles  rjl
# stop 73
549 reuters-crisis-titles rjm  reuters-crisis-titles rjn
550 reuters-world-titles  rjo  reuters-crisis-titles rjp
551 reuters-crisis-titles rjq  reuters-world-titles  rjr
552 reuters-crisis-titles rjs  reuters-crisis-titles rjt
553 reuters-world-titles  rju  reuters-crisis-titles rjv
554 reuters-crisis-titles rjw  reuters-world-titles  rjx
555 reuters-crisis-titles rjy  reuters-crisis-titles rjz
556 reuters-world-titles  rka  reuters-crisis-titles rkb
557 reuters-crisis-titles rkc  reuters-world-titles  rkd
558 reuters-crisis-titles rke  reuters-crisis-titles rkf
559 reuters-world-titles  rkg  reuters-crisis-titles rkh
560 reuters-crisis-titles rki  reuters-world-titles  rkj
561 reuters-crisis-titles rkk  reuters-crisis-titles rkl
562 reuters-world-titles  rkm  reuters-crisis-titles rkn
563 reuters-crisis-titles rko  reuters-world-titles  rkp
564 reuters-crisis-titles rkq  reuters-crisis-titles rkr
565 reuters-world-titles  rks  reuters-crisis-titles rkt
566 reuters-crisis-titles rku  reuters-world-titles  rkv
567 reuters-crisis-titles rkw  reuters-crisis-titles rkx
568 reuters-world-titles  rky  reuters-crisis-titles rkz
569 reuters-crisis-titles rla  reuters-world-titles  rlb
570 reuters-crisis-titles rlc  reuters-crisis-titles rld
571 reuters-world-titles  rle  reuters-crisis-titles rlf
572 reuters-crisis-titles rlg  reuters-world-titles  rlh
573 reuters-crisis-titles rli  reuters-crisis-titles rlj
574 reuters-world-titles  rlk  reuters-crisis-titles rll
575 reuters-crisis-titles rlm  reuters-world-titles  rln
576 reuters-crisis-titles rlo  reuters-crisis-titles rlp
577 reuters-world-titles  rlq  reuters-crisis-titles rlr
578 reuters-crisis-titles rls  reuters-world-titles  rlt
579 reuters-crisis-titles rlu  reuters-crisis-titles rlv
580 reuters-world-titles  rlw  reuters-crisis-titles rlx
# stop 74
581 reuters-crisis-titles rly  reuters-world-titles  rlz
582 reuters-crisis-titles rma  reuters-crisis-titles rmb
583 reuters-world-titles  rmc  reuters-crisis-titles rmd
584 reuters-crisis-titles rme  reuters-world-titles  rmf
585 reuters-crisis-titles rmg  reuters-crisis-titles rmh
586 reuters-world-titles  rmi  reuters-crisis-titles rmj
587 reuters-crisis-titles rmk  reuters-world-titles  rml
588 reuters-crisis-titles rmm  reuters-crisis-titles rmn
589 reuters-world-titles  rmo  reuters-crisis-titles rmp
590 reuters-crisis-titles rmq  reuters-world-titles  rmr
591 reuters-crisis-titles rms  reuters-crisis-titles rmt
592 reuters-world-titles  rmu  reuters-crisis-titles rmv
593 reuters-crisis-titles rmw  reuters-world-titles  rmx
594 reuters-crisis-titles rmy  reuters-crisis-titles rmz
595 reuters-world-titles  rna  reuters-crisis-titles rnb
596 reuters-crisis-titles rnc  reuters-world-titles  rnd
597 reuters-crisis-titles rne  reuters-crisis-titles rnf
598 reuters-world-titles  rng  reuters-crisis-titles rnh
599 reuters-crisis-titles rni  reuters-world-titles  rnj
600 reuters-crisis-titles rnk  reuters-crisis-titles rnl
601 reuters-world-titles  rnm  reuters-crisis-titles rnn
602 reuters-crisis-titles rno  reuters-world-titles  rnp
603 reuters-crisis-titles rnq  reuters-crisis-titles rnr
604 reuters-world-titles  rns  reuters-crisis-titles rnt
605 reuters-crisis-titles rnu  reuters-world-titles  rnv
606 reuters-crisis-titles rnw  reuters-crisis-titles rnx
607 reuters-world-titles  rny  reuters-crisis-titles rnz
608 reuters-crisis-titles roa  reuters-world-titles  rob
609 reuters-crisis-titles roc  reuters-crisis-titles rod
610 reuters-world-titles  roe  reuters-crisis-titles rof
611 reuters-crisis-titles rog  reuters-world-titles  roh
612 reuters-crisis-titles roi  reuters-crisis-titles roj
613 reuters-world-titles  rok  reuters-crisis-titles rol
614 reuters-crisis-titles rom  reuters-world-titles  ron
615 reuters-crisis-titles roo  reuters-crisis-titles rop
616 reuters-world-titles  roq  reuters-crisis-titles ror
617 reuters-crisis-titles ros  reuters-world-titles  rot
618 reuters-crisis-titles rou  reuters-crisis-titles rov
619 reuters-world-titles  row  reuters-crisis-titles rox
620 reuters-crisis-titles roy  reuters-world-titles  roz
621 reuters-crisis-titles rpa  reuters-crisis-titles rpb
622 reuters-world-titles  rpc  reuters-crisis-titles rpd
623 reuters-crisis-titles rpe  reuters-world-titles  rpf
624 reuters-crisis-titles rpg  reuters-crisis-titles rph
625 reuters-world-titles  rpi  reuters-crisis-titles rpj
626 reuters-crisis-titles rpk  reuters-world-titles  rpl
627 reuters-crisis-titles rpm  reuters-crisis-titles rpn
628 reuters-world-titles  rpo  reuters-crisis-titles rpp
# stop 75
629 reuters-crisis-titles rpq  reuters-world-titles  rpr
630 reuters-crisis-titles rps  reuters-crisis-titles rpt
631 reuters-world-titles  rpu  reuters-crisis-titles rpv
632 reuters-crisis-titles rpw  reuters-world-titles  rpx
633 reuters-crisis-titles rpy  reuters-crisis-titles rpz
634 reuters-world-titles  rqa  reuters-crisis-titles rqb
635 reuters-crisis-titles rqc  reuters-world-titles  rqd
636 reuters-crisis-titles rqe  reuters-crisis-titles rqf
637 reuters-world-titles  rqg  reuters-crisis-titles rqh
638 reuters-crisis-titles rqi  reuters-world-titles  rqj
639 reuters-crisis-titles rqk  reuters-crisis-titles rql
640 reuters-world-titles  rqm  reuters-crisis-titles rqn
641 reuters-crisis-titles rqo  reuters-world-titles  rqp
642 reuters-crisis-titles rqq  reuters-crisis-titles rqr
643 reuters-world-titles  rqs  reuters-crisis-titles rqt
644 reuters-crisis-titles rqu  reuters-world-titles  rqv
645 reuters-crisis-titles rqw  reuters-crisis-titles rqx
646 reuters-world-titles  rqy  reuters-crisis-titles rqz
647 reuters-crisis-titles rra  reuters-world-titles  rrb
648 reuters-crisis-titles rrc  reuters-crisis-titles rrd
649 reuters-world-titles  rre  reuters-crisis-titles rrf
650 reuters-crisis-titles rrg  reuters-world-titles  rrh
651 reuters-crisis-titles rri  reuters-crisis-titles rrj
652 reuters-world-titles  rrk  reuters-crisis-titles rrl
653 reuters-crisis-titles rrm  reuters-world-titles  rrn
654 reuters-crisis-titles rro  reuters-crisis-titles rrp
655 reuters-world-titles  rrq  reuters-crisis-titles rrr
656 reuters-crisis-titles rrs  reuters-world-titles  rrt
657 reuters-crisis-titles rru  reuters-crisis-titles rrv
658 reuters-world-titles  rrw  reuters-crisis-titles rrx
659 reuters-crisis-titles rry  reuters-world-titles  rrz
660 reuters-crisis-titles rsa  reuters-crisis-titles rsb
661 reuters-world-titles  rsc  reuters-crisis-titles rsd
662 reuters-crisis-titles rse  reuters-world-titles  rsf
663 reuters-crisis-titles rsg  reuters-crisis-titles rsh
664 reuters-world-titles  rsi  reuters-crisis-titles rsj
665 reuters-crisis-titles rsk  reuters-world-titles  rsl
666 reuters-crisis-titles rsm  reuters-crisis-titles rsn
667 reuters-world-titles  rso  reuters-crisis-titles rsp
668 reuters-crisis-titles rsq  reuters-world-titles  rsr
669 reuters-crisis-titles rss  reuters-crisis-titles rst
# stop 76: the crisis pool alone
670 reuters-crisis-titles rsu  reuters-crisis-titles rsv
671 reuters-crisis-titles rsw  reuters-crisis-titles rsx
672 reuters-crisis-titles rsy  reuters-crisis-titles rsz
673 reuters-crisis-titles rta  reuters-crisis-titles rtb
674 reuters-crisis-titles rtc  reuters-crisis-titles rtd
675 reuters-crisis-titles rte  reuters-crisis-titles rtf
676 reuters-crisis-titles rtg  reuters-crisis-titles rth
677 reuters-crisis-titles rti  reuters-crisis-titles rtj
678 reuters-crisis-titles rtk  reuters-crisis-titles rtl
679 reuters-crisis-titles rtm  reuters-crisis-titles rtn
680 reuters-crisis-titles rto  reuters-crisis-titles rtp
681 reuters-crisis-titles rtq  reuters-crisis-titles rtr
682 reuters-crisis-titles rts  reuters-crisis-titles rtt
683 reuters-crisis-titles rtu  reuters-crisis-titles rtv
684 reuters-crisis-titles rtw  reuters-crisis-titles rtx
685 reuters-crisis-titles rty  reuters-crisis-titles rtz
686 reuters-crisis-titles rua  reuters-crisis-titles rub
687 reuters-crisis-titles ruc  reuters-crisis-titles rud
688 reuters-crisis-titles rue  reuters-crisis-titles ruf
689 reuters-crisis-titles rug  reuters-crisis-titles ruh
690 reuters-crisis-titles rui  reuters-crisis-titles ruj
691 reuters-crisis-titles ruk  reuters-crisis-titles rul
692 reuters-crisis-titles rum  reuters-crisis-titles run
693 reuters-crisis-titles ruo  reuters-crisis-titles rup
694 reuters-crisis-titles ruq  reuters-crisis-titles rur
695 reuters-crisis-titles rus  reuters-crisis-titles rut
696 reuters-crisis-titles ruu  reuters-crisis-titles ruv
697 reuters-crisis-titles ruw  reuters-crisis-titles rux
698 reuters-crisis-titles ruy  reuters-crisis-titles ruz
699 reuters-crisis-titles rva  reuters-crisis-titles rvb
700 reuters-crisis-titles rvc  reuters-crisis-titles rvd
701 reuters-crisis-titles rve  reuters-crisis-titles rvf
"""
draw_table(TABLE, sys.argv)
