// Harm, responsibility, victims and passives on real text (issue 13): the hand-labelled
// sample of eval/data/real/gold.jsonl, dev and test, for the tool and a harm-word baseline.
// Targets are set on test, which is frozen: rules are tuned on dev only.

import { FIELDS, type RealCounts, emptyCounts, fieldShare, harmPrecision, harmRecall, passiveF1, passivePrecision, passiveRecall, scoreItem } from './real-score';
import { type RealGoldItem, type RealKind, type RealSplit, readRealGold } from './real-gold';
import { REAL_SYSTEMS, type RealSystem } from './real-systems';
import { fmt, fmtRatio } from './report';
import { f1 } from './score';
import type { EvalSection, Section, Table, Target } from './section';

const SPLITS: readonly RealSplit[] = ['dev', 'test'];
/**
 * Later samples, each drawn and labelled after the older test items had been read many times:
 * their test halves are shown apart too, since no rule had been written while looking at them
 * when each was first measured. The fourth (eval/real/sample3.py, ids q…) of stop 25; the
 * fifth (eval/real/sample4.py, ids u… and w…) of stop 26; the sixth (eval/real/sample5.py,
 * ids x… and y…), the seventh (eval/real/sample6.py, ids h…, world and US political
 * headlines, a new pool) and the eighth (eval/real/sample7.py, ids k…) of stop 27.
 */
const LATER_SAMPLES: ReadonlyArray<{ name: string; has: (i: RealGoldItem) => boolean }> = [
  { name: 'test, 4th sample', has: (i) => /^q\d/.test(i.id) },
  { name: 'test, 5th sample', has: (i) => /^[uw]\d/.test(i.id) },
  { name: 'test, 6th sample', has: (i) => /^[xy]\d/.test(i.id) },
  { name: 'test, 7th sample', has: (i) => /^h\d/.test(i.id) },
  { name: 'test, 8th sample', has: (i) => /^k\d/.test(i.id) },
  // the three of stop 27 together: 450 test items no rule was written while looking at
  { name: 'test, 6th-8th samples', has: (i) => /^[xyhk]\d/.test(i.id) },
  // stop 28's: measured before any rule of that stop looked at its dev half
  { name: 'test, 9th sample', has: (i) => /^m\d/.test(i.id) },
  { name: 'test, 10th sample', has: (i) => /^v\d/.test(i.id) },
  // the two of stop 28 together: 300 test items, measured before any rule looked at their dev halves
  { name: 'test, 9th-10th samples', has: (i) => /^[mv]\d/.test(i.id) },
  // stop 28's last, labelled after its last rule: the final build on text no rule has seen (dev half too)
  { name: 'test, 11th sample', has: (i) => /^p\d/.test(i.id) },
  // stop 29's: 150 humicroedit headlines (j) and 150 CNN titles (z), measured before any rule looked at them
  { name: 'test, 12th sample', has: (i) => /^[jz]\d/.test(i.id) },
  // stop 29's last: 150 humicroedit headlines (e) and 66 CNN titles (f), labelled after the stop's rules
  { name: 'test, 13th sample', has: (i) => /^[ef]\d/.test(i.id) },
  // stop 30's: HuffPost, a new outlet: 200 headlines (a) and 100 article sentences (b), measured before any rule looked at them
  { name: 'test, 14th sample', has: (i) => /^[ab]\d/.test(i.id) },
  // stop 30's last: 200 more HuffPost headlines (d) and 100 sentences (i), labelled while the stop's rules were written, measured once at its end
  { name: 'test, 15th sample', has: (i) => /^[di]\d/.test(i.id) },
  // stop 31's: 200 more HuffPost headlines (l) and 100 sentences (o), measured before any rule of the stop looked at them
  { name: 'test, 16th sample', has: (i) => /^[lo]\d/.test(i.id) },
  // stop 31's last: 150 humicroedit headlines and 57 HuffPost headlines (s), 93 HuffPost sentences (t), labelled while the stop's rules were written, measured once at its end
  { name: 'test, 17th sample', has: (i) => /^[st]\d/.test(i.id) },
  // stop 32's: a new source, local US news on shootings (100 first sentences, ga; 100 later ones, gb), and 100 humicroedit headlines (hu), measured before any rule of the stop looked at them
  { name: 'test, 18th sample', has: (i) => /^(ga|gb|hu)\d/.test(i.id) },
  // stop 32's last: 100 more first and 100 more later sentences of that local news (gc, gd), 100 humicroedit headlines (hv), labelled while the stop's rules were written, measured once at its end
  { name: 'test, 19th sample', has: (i) => /^(gc|gd|hv)\d/.test(i.id) },
  // stop 32's second: 100 more first and 100 more later sentences of that local news (ge, gf), 100 humicroedit headlines (hw), measured before any rule looked at its dev half
  { name: 'test, 20th sample', has: (i) => /^(ge|gf|hw)\d/.test(i.id) },
  // stop 33's: a new source, Al Jazeera English on Israel and Palestine (150 headlines, ja; 150 standfirst sentences, jb), measured before any rule of the stop looked at it
  { name: 'test, 21st sample', has: (i) => /^(ja|jb)\d/.test(i.id) },
  // stop 33's last: 150 more Al Jazeera headlines (jc) and 150 standfirst sentences (jd), labelled while the stop's rules were written, measured once at its end
  { name: 'test, 22nd sample', has: (i) => /^(jc|jd)\d/.test(i.id) },
  // stop 34's: a new source, ABC News (Australia) headlines of 2003 in lower case (ka, kb), measured before any rule looked at its dev half
  { name: 'test, 23rd sample', has: (i) => /^(ka|kb)\d/.test(i.id) },
  // stop 34's second: a new source, titles shared to r/worldnews and r/ukraine in 2021-22 with their outlets (la, lb), measured once after the stop's first rules, before any rule looked at its dev half
  { name: 'test, 24th sample', has: (i) => /^(la|lb)\d/.test(i.id) },
  // stop 35's: a new source, Washington Post and New York Times article sentences on deaths in the first two weeks of the Gaza war (ma, mb), measured before any rule looked at its dev half
  { name: 'test, 25th sample', has: (i) => /^(ma|mb)\d/.test(i.id) },
  // stop 35's last: a new source, news outlets' posts on the Gaza war in English (FIGNEWS 2024; na, nb), labelled while the stop's rules were written, measured after the rules from the 25th sample (later rules, from older dev items, moved only its victim field)
  { name: 'test, 26th sample', has: (i) => /^(na|nb)\d/.test(i.id) },
  // stop 36's: fresh stretches of three pools (Al Jazeera headlines, oa; 2025 RSS headlines, ob; Washington Post and New York Times sentences, oc), measured before any rule looked at its dev half
  { name: 'test, 27th sample', has: (i) => /^(oa|ob|oc)\d/.test(i.id) },
  // stop 37's: fresh stretches of Al Jazeera's Gaza-war headlines (pa) and their standfirsts' first sentences (pb), measured before any rule looked at its dev half
  { name: 'test, 28th sample', has: (i) => /^(pa|pb)\d/.test(i.id) },
  // stop 37's second: fresh stretches of Al Jazeera headlines (qa), world-news headlines (qb) and Washington Post and New York Times sentences (qc), measured before any rule looked at its dev half
  { name: 'test, 29th sample', has: (i) => /^(qa|qb|qc)\d/.test(i.id) },
  // stop 37's third: fresh stretches of Al Jazeera standfirsts (ra), world-news headlines (rb) and Washington Post and New York Times sentences (rc), measured before any rule looked at its dev half
  { name: 'test, 30th sample', has: (i) => /^(ra|rb|rc)\d/.test(i.id) },
  // stop 38's: fresh stretches of Al Jazeera headlines (sa) and world-news headlines (sb), measured before any rule looked at its dev half
  { name: 'test, 31st sample', has: (i) => /^(sa|sb)\d/.test(i.id) },
  // stop 38's second: the next stretches of the same two pools (ta, tb), measured before any rule looked at its dev half
  { name: 'test, 32nd sample', has: (i) => /^(ta|tb)\d/.test(i.id) },
  // stop 38's third: the next stretches of the Al Jazeera and world-news headlines (ua, ub) and of Al Jazeera standfirsts (uc), measured before any rule looked at its dev half
  { name: 'test, 33rd sample', has: (i) => /^(ua|ub|uc)\d/.test(i.id) },
  // stop 38's fourth: the next stretches of the Al Jazeera and world-news headlines (va, vb) and of Washington Post and New York Times sentences (vc), measured before any rule looked at its dev half
  { name: 'test, 34th sample', has: (i) => /^(va|vb|vc)\d/.test(i.id) },
  // stop 38's fifth: the next stretches of the Al Jazeera and world-news headlines (wa, wb) and of Al Jazeera standfirsts (wc), measured before any rule looked at its dev half
  { name: 'test, 35th sample', has: (i) => /^(wa|wb|wc)\d/.test(i.id) },
  // stop 38's sixth: the next stretches of the Al Jazeera and world-news headlines (xa, xb) and of Washington Post and New York Times sentences (xc), measured before any rule looked at its dev half
  { name: 'test, 36th sample', has: (i) => /^(xa|xb|xc)\d/.test(i.id) },
  // stop 39's first: the next stretches of the Al Jazeera and world-news headlines (ya, yb) and of Al Jazeera standfirsts (yc), measured before any rule looked at its dev half
  { name: 'test, 37th sample', has: (i) => /^(ya|yb|yc)\d/.test(i.id) },
  // stop 39's second: the next stretches of the Al Jazeera and world-news headlines (za, zb) and of Washington Post and New York Times sentences (zc), measured before any rule looked at its dev half
  { name: 'test, 38th sample', has: (i) => /^(za|zb|zc)\d/.test(i.id) },
  // stop 39's third: the next stretches of the Al Jazeera and world-news headlines (ea, eb) and of Al Jazeera standfirsts (ec), measured before any rule looked at its dev half
  { name: 'test, 39th sample', has: (i) => /^(ea|eb|ec)\d/.test(i.id) },
  // stop 39's fourth: the next stretches of the Al Jazeera and world-news headlines (fa, fb) and of Washington Post and New York Times sentences (fc), measured before any rule looked at its dev half
  { name: 'test, 40th sample', has: (i) => /^(fa|fb|fc)\d/.test(i.id) },
  // stop 39's fifth: the next stretches of the Al Jazeera and world-news headlines (ha, hb) and of Al Jazeera standfirsts (hc), measured before any rule looked at its dev half
  { name: 'test, 41st sample', has: (i) => /^(ha|hb|hc)\d/.test(i.id) },
  // stop 39's sixth: the next stretches of the Al Jazeera and world-news headlines (ia, ib) and of Washington Post and New York Times sentences (ic), measured before any rule looked at its dev half
  { name: 'test, 42nd sample', has: (i) => /^(ia|ib|ic)\d/.test(i.id) },
  // stop 39's seventh: the next stretches of the Al Jazeera and world-news headlines (ba, bb) and of Al Jazeera standfirsts (bc), measured before any rule looked at its dev half
  { name: 'test, 43rd sample', has: (i) => /^(ba|bb|bc)\d/.test(i.id) },
  // stop 39's eighth: the next stretches of the Al Jazeera and world-news headlines (ca, cb) and of Washington Post and New York Times sentences (cc), measured before any rule looked at its dev half
  { name: 'test, 44th sample', has: (i) => /^(ca|cb|cc)\d/.test(i.id) },
  // stop 39's ninth: the next stretches of the Al Jazeera and world-news headlines (da, db) and of Al Jazeera standfirsts (dc), measured before any rule looked at its dev half
  { name: 'test, 45th sample', has: (i) => /^(da|db|dc)\d/.test(i.id) },
  // stop 39's tenth: the next stretches of the Al Jazeera and world-news headlines (kc, kd) and of Washington Post and New York Times sentences (ke), measured before any rule looked at its dev half
  { name: 'test, 46th sample', has: (i) => /^(kc|kd|ke)\d/.test(i.id) },
  // stop 39's eleventh: the next stretches of the Al Jazeera and world-news headlines (lc, ld) and of Al Jazeera standfirsts (le), measured before any rule looked at its dev half
  { name: 'test, 47th sample', has: (i) => /^(lc|ld|le)\d/.test(i.id) },
  // stop 39's twelfth: the next stretches of the Al Jazeera and world-news headlines (mc, md) and of Washington Post and New York Times sentences (me), measured before any rule looked at its dev half
  { name: 'test, 48th sample', has: (i) => /^(mc|md|me)\d/.test(i.id) },
  // stop 40's first: the next stretches of the Al Jazeera and world-news headlines (nc, nd) and of the Al Jazeera standfirsts (ne), measured before any rule looked at its dev half
  { name: 'test, 49th sample', has: (i) => /^(nc|nd|ne)\d/.test(i.id) },
  // stop 40's second: the next stretches of the Al Jazeera and world-news headlines (pc, pd) and of Washington Post and New York Times sentences (pe), measured before any rule looked at its dev half
  { name: 'test, 50th sample', has: (i) => /^(pc|pd|pe)\d/.test(i.id) },
  // stop 40's third: the next stretches of the Al Jazeera and world-news headlines (rd, re) and of the Al Jazeera standfirsts (rf), measured before any rule looked at its dev half
  { name: 'test, 51st sample', has: (i) => /^(rd|re|rf)\d/.test(i.id) },
  // stop 40's fourth: the next Al Jazeera headlines (sd), the last 26 world-news headlines (se) and the next Washington Post and New York Times sentences (sf), measured before any rule looked at its dev half
  { name: 'test, 52nd sample', has: (i) => /^(sd|se|sf)\d/.test(i.id) },
  // stop 40's fifth: the next Al Jazeera headlines (td), ABC News (Australia) headlines of 2003 again (te) and Al Jazeera standfirsts (tf), measured before any rule looked at its dev half
  { name: 'test, 53rd sample', has: (i) => /^(td|te|tf)\d/.test(i.id) },
  // stop 40's sixth: the next Al Jazeera headlines (ud), ABC News (Australia) headlines (ue) and first sentences of US local news on shootings (uf), measured before any rule looked at its dev half
  { name: 'test, 54th sample', has: (i) => /^(ud|ue|uf)\d/.test(i.id) },
  // stop 40's seventh: the next Al Jazeera headlines (vd), ABC News (Australia) headlines (ve) and Al Jazeera standfirsts (vf), measured before any rule looked at its dev half
  { name: 'test, 55th sample', has: (i) => /^(vd|ve|vf)\d/.test(i.id) },
  // stop 40's eighth: the last 81 Al Jazeera headlines (wd), ABC News (Australia) headlines (we) and later sentences of US local news on shootings (wf), measured before any rule looked at its dev half
  { name: 'test, 56th sample', has: (i) => /^(wd|we|wf)\d/.test(i.id) },
  // stop 40's ninth: ABC News (Australia) headlines (xd), Al Jazeera standfirsts (xe) and first sentences of US local news on shootings (xf), measured before any rule looked at its dev half
  { name: 'test, 57th sample', has: (i) => /^(xd|xe|xf)\d/.test(i.id) },
  // stop 40's tenth: ABC News (Australia) headlines (yd), later sentences of US local news on shootings (ye) and Al Jazeera standfirsts (yf), measured before any rule looked at its dev half
  { name: 'test, 58th sample', has: (i) => /^(yd|ye|yf)\d/.test(i.id) },
  // stop 41's first: ABC News (Australia) headlines (zd), first sentences of US local news on shootings (ze) and Al Jazeera standfirsts (zf), measured before any rule looked at its dev half
  { name: 'test, 59th sample', has: (i) => /^(zd|ze|zf)\d/.test(i.id) },
  // stop 41's second: the last New York Times and Washington Post sentences of 2023 (ed), later sentences of US local news on shootings (ee) and the last 2025 RSS headlines (ef), measured before any rule looked at its dev half
  { name: 'test, 60th sample', has: (i) => /^(ed|ee|ef)\d/.test(i.id) },
  // stop 41's third: ABC News (Australia) headlines (fd), later sentences of US local news on shootings (fe) and Al Jazeera standfirsts (ff), measured before any rule looked at its dev half
  { name: 'test, 61st sample', has: (i) => /^(fd|fe|ff)\d/.test(i.id) },
  // stop 41's fourth: first sentences of US local news on shootings (hd), ABC News (Australia) headlines (he) and HuffPost headlines from other desks (hf), measured before any rule looked at its dev half
  { name: 'test, 62nd sample', has: (i) => /^(hd|he|hf)\d/.test(i.id) },
  // stop 41's fifth: later sentences of US local news on shootings (id), Al Jazeera standfirsts (ie) and ABC News (Australia) headlines (if), measured before any rule looked at its dev half
  { name: 'test, 63rd sample', has: (i) => /^(id|ie|if)\d/.test(i.id) },
  // stop 41's sixth: first sentences of US local news on shootings (od), HuffPost headlines from other desks (oe) and Al Jazeera standfirsts (of), measured before any rule looked at its dev half
  { name: 'test, 64th sample', has: (i) => /^(od|oe|of)\d/.test(i.id) },
  // stop 41's seventh: ABC News (Australia) headlines (qd), later sentences of US local news on shootings (qe) and Al Jazeera standfirsts (qf), measured before any rule looked at its dev half
  { name: 'test, 65th sample', has: (i) => /^(qd|qe|qf)\d/.test(i.id) },
  // stop 41's eighth: first sentences of US local news on shootings (je), HuffPost headlines from other desks (jf) and ABC News (Australia) headlines (lf), measured before any rule looked at its dev half
  { name: 'test, 66th sample', has: (i) => /^(je|jf|lf)\d/.test(i.id) },
  // stop 42's first: ABC News (Australia) headlines (mf), later sentences of US local news on shootings (mg) and Al Jazeera standfirsts (mh), measured before any rule looked at its dev half
  { name: 'test, 67th sample', has: (i) => /^(mf|mg|mh)\d/.test(i.id) },
  // stop 42's second: ABC News (Australia) headlines (ng), first sentences of US local news on shootings (nh) and HuffPost headlines from other desks (pg), measured before any rule looked at its dev half
  { name: 'test, 68th sample', has: (i) => /^(ng|nh|pg)\d/.test(i.id) },
  // stop 42's third: first sentences of US local news on shootings (ph), Al Jazeera standfirsts (rg) and ABC News (Australia) headlines (rh), measured before any rule looked at its dev half
  { name: 'test, 69th sample', has: (i) => /^(ph|rg|rh)\d/.test(i.id) },
  // stop 42's fourth: later sentences of US local news on shootings (sg), HuffPost headlines from other desks (sh) and ABC News (Australia) headlines (tg), measured before any rule looked at its dev half
  { name: 'test, 70th sample', has: (i) => /^(sg|sh|tg)\d/.test(i.id) },
  // stop 42's fifth: ABC News (Australia) headlines (ug), later sentences of US local news on shootings (uh) and Al Jazeera standfirsts (vg), measured before any rule looked at its dev half
  { name: 'test, 71st sample', has: (i) => /^(ug|uh|vg)\d/.test(i.id) },
  // stop 42's sixth: ABC News (Australia) headlines (vh), first sentences of US local news on shootings (wg) and HuffPost headlines from other desks (wh), measured before any rule looked at its dev half
  { name: 'test, 72nd sample', has: (i) => /^(vh|wg|wh)\d/.test(i.id) },
  // stop 42's seventh: first sentences of US local news on shootings (xg), Al Jazeera standfirsts (xh) and ABC News (Australia) headlines (yg), measured before any rule looked at its dev half
  { name: 'test, 73rd sample', has: (i) => /^(xg|xh|yg)\d/.test(i.id) },
  // stop 42's eighth: later sentences of US local news on shootings (yh), HuffPost headlines from other desks (zg) and ABC News (Australia) headlines (zh), measured before any rule looked at its dev half
  { name: 'test, 74th sample', has: (i) => /^(yh|zg|zh)\d/.test(i.id) },
  // stop 42's ninth: ABC News (Australia) headlines (aj), later sentences of US local news on shootings (ak) and Al Jazeera standfirsts (al), measured before any rule looked at its dev half
  { name: 'test, 75th sample', has: (i) => /^(aj|ak|al)\d/.test(i.id) },
  // stop 42's tenth: ABC News (Australia) headlines (bj), first sentences of US local news on shootings (bk) and HuffPost headlines from other desks (bl), measured before any rule looked at its dev half
  { name: 'test, 76th sample', has: (i) => /^(bj|bk|bl)\d/.test(i.id) },
  // stop 42's eleventh: first sentences of US local news on shootings (cj), Al Jazeera standfirsts (ck) and ABC News (Australia) headlines (cl), measured before any rule looked at its dev half
  { name: 'test, 77th sample', has: (i) => /^(cj|ck|cl)\d/.test(i.id) },
  // stop 42's twelfth: later sentences of US local news on shootings (dj), HuffPost headlines from other desks (dk) and ABC News (Australia) headlines (dl), measured before any rule looked at its dev half
  { name: 'test, 78th sample', has: (i) => /^(dj|dk|dl)\d/.test(i.id) },
  // stop 43's first: first sentences of US local news on shootings (ej), Al Jazeera standfirsts (ek) and ABC News (Australia) headlines (el), measured before any rule looked at its dev half
  { name: 'test, 79th sample', has: (i) => /^(ej|ek|el)\d/.test(i.id) },
  // stop 43's second: later sentences of US local news on shootings (fj), HuffPost headlines from other desks (fk) and ABC News (Australia) headlines (fl), measured before any rule looked at its dev half
  { name: 'test, 80th sample', has: (i) => /^(fj|fk|fl)\d/.test(i.id) },
  // stop 43's third: first sentences of US local news on shootings (gj), Al Jazeera standfirsts (gk) and later sentences of US local news on shootings (gl), measured before any rule looked at its dev half
  { name: 'test, 81st sample', has: (i) => /^(gj|gk|gl)\d/.test(i.id) },
  // stop 43's fourth: ABC News (Australia) headlines (hj), first sentences of US local news on shootings (hk) and HuffPost headlines from other desks (hl), measured before any rule looked at its dev half
  { name: 'test, 82nd sample', has: (i) => /^(hj|hk|hl)\d/.test(i.id) },
  // stop 43's fifth: ABC News (Australia) headlines (ij), later (ik) and first (il) sentences of US local news on shootings, measured before any rule looked at its dev half
  { name: 'test, 83rd sample', has: (i) => /^(ij|ik|il)\d/.test(i.id) },
  // stop 43's sixth: first sentences of US local news on shootings (jj), HuffPost headlines from other desks (jk) and ABC News (Australia) headlines (jl), measured before any rule looked at its dev half
  { name: 'test, 84th sample', has: (i) => /^(jj|jk|jl)\d/.test(i.id) },
  // stop 43's seventh: later sentences of US local news on shootings (kj), HuffPost headlines from other desks (kk) and ABC News (Australia) headlines (kl), measured before any rule looked at its dev half
  { name: 'test, 85th sample', has: (i) => /^(kj|kk|kl)\d/.test(i.id) },
  // stop 43's eighth: HuffPost headlines from other desks (lj), first (lk) and later (ll) sentences of US local news on shootings, measured before any rule looked at its dev half
  { name: 'test, 86th sample', has: (i) => /^(lj|lk|ll)\d/.test(i.id) },
  // stop 43's ninth: ABC News (Australia) headlines (mj), later sentences of US local news on shootings (mk) and the last Al Jazeera standfirsts (ml), measured before any rule looked at its dev half
  { name: 'test, 87th sample', has: (i) => /^(mj|mk|ml)\d/.test(i.id) },
  // stop 43's tenth: later sentences of US local news on shootings (nj), HuffPost headlines from other desks (nk) and ABC News (Australia) headlines (nl), measured before any rule looked at its dev half
  { name: 'test, 88th sample', has: (i) => /^(nj|nk|nl)\d/.test(i.id) },
  // stop 43's eleventh: ABC News (Australia) headlines (pj), later sentences of US local news on shootings (pk) and HuffPost headlines from other desks (pl), measured before any rule looked at its dev half
  { name: 'test, 89th sample', has: (i) => /^(pj|pk|pl)\d/.test(i.id) },
  // stop 43's twelfth: HuffPost headlines from other desks (qj), ABC News (Australia) headlines (qk) and later sentences of US local news on shootings (ql), measured before any rule looked at its dev half
  { name: 'test, 90th sample', has: (i) => /^(qj|qk|ql)\d/.test(i.id) },
  // stop 43's thirteenth: later sentences of US local news on shootings (rj), ABC News (Australia) headlines (rk) and HuffPost headlines from other desks (rl), measured before any rule looked at its dev half
  { name: 'test, 91st sample', has: (i) => /^(rj|rk|rl)\d/.test(i.id) },
  // stop 43's fourteenth: ABC News (Australia) headlines (sj), HuffPost headlines from other desks (sk) and later sentences of US local news on shootings (sl), measured before any rule looked at its dev half
  { name: 'test, 92nd sample', has: (i) => /^(sj|sk|sl)\d/.test(i.id) },
  // stop 43's fifteenth: HuffPost headlines from other desks (tj), later sentences of US local news on shootings (tk) and ABC News (Australia) headlines (tl), measured before any rule looked at its dev half
  { name: 'test, 93rd sample', has: (i) => /^(tj|tk|tl)\d/.test(i.id) },
  // stop 43's sixteenth: later sentences of US local news on shootings (uj), ABC News (Australia) headlines (uk) and HuffPost headlines from other desks (ul), measured before any rule looked at its dev half
  { name: 'test, 94th sample', has: (i) => /^(uj|uk|ul)\d/.test(i.id) },
  // stop 43's seventeenth: ABC News (Australia) headlines (vj), later sentences of US local news on shootings (vk) and HuffPost headlines from other desks (vl), measured before any rule looked at its dev half
  { name: 'test, 95th sample', has: (i) => /^(vj|vk|vl)\d/.test(i.id) },
  // stop 43's eighteenth: HuffPost headlines from other desks (wj), ABC News (Australia) headlines (wk) and later sentences of US local news on shootings (wl), measured before any rule looked at its dev half
  { name: 'test, 96th sample', has: (i) => /^(wj|wk|wl)\d/.test(i.id) },
  // stop 43's nineteenth: later sentences of US local news on shootings (xj), HuffPost headlines from other desks (xk) and ABC News (Australia) headlines (xl), measured before any rule looked at its dev half
  { name: 'test, 97th sample', has: (i) => /^(xj|xk|xl)\d/.test(i.id) },
  // stop 43's twentieth: ABC News (Australia) headlines (yj), later sentences of US local news on shootings (yk) and HuffPost headlines from other desks (yl), measured before any rule looked at its dev half
  { name: 'test, 98th sample', has: (i) => /^(yj|yk|yl)\d/.test(i.id) },
  // stop 43's twenty-first: later sentences of US local news on shootings (zj), ABC News (Australia) headlines (zk) and HuffPost headlines from other desks (zl), measured before any rule looked at its dev half
  { name: 'test, 99th sample', has: (i) => /^(zj|zk|zl)\d/.test(i.id) },
  // stop 43's twenty-second: ABC News (Australia) headlines (am), HuffPost headlines from other desks (an) and later sentences of US local news on shootings (ao), measured before any rule looked at its dev half
  { name: 'test, 100th sample', has: (i) => /^(am|an|ao)\d/.test(i.id) },
  // stop 43's twenty-third: HuffPost headlines from other desks (bm), later sentences of US local news on shootings (bn) and ABC News (Australia) headlines (bo), measured before any rule looked at its dev half
  { name: 'test, 101st sample', has: (i) => /^(bm|bn|bo)\d/.test(i.id) },
  // stop 43's twenty-fourth: later sentences of US local news on shootings (cm), ABC News (Australia) headlines (cn) and HuffPost headlines from other desks (co), measured before any rule looked at its dev half
  { name: 'test, 102nd sample', has: (i) => /^(cm|cn|co)\d/.test(i.id) },
  // stop 43's twenty-four samples together: the 79th to the 102nd (their prefixes, used by no earlier sample)
  { name: 'test, 79th-102nd samples', has: (i) => /^([e-z][jkl]|[abc][mno])\d/.test(i.id) },
  // stop 44's first: later sentences of US local news on shootings (dm), ABC News (Australia) headlines (dn) and HuffPost headlines from other desks (do), measured before any rule looked at its dev half
  { name: 'test, 103rd sample', has: (i) => /^(dm|dn|do)\d/.test(i.id) },
  // stop 44's second: later sentences of US local news on shootings (em), ABC News (Australia) headlines (en) and HuffPost headlines from other desks (eo), measured before any rule looked at its dev half
  { name: 'test, 104th sample', has: (i) => /^(em|en|eo)\d/.test(i.id) },
  // stop 44's third: later sentences of US local news on shootings (fm), ABC News (Australia) headlines (fn) and HuffPost headlines from other desks (fo), measured before any rule looked at its dev half
  { name: 'test, 105th sample', has: (i) => /^(fm|fn|fo)\d/.test(i.id) },
  // stop 44's fourth: later sentences of US local news on shootings (gm), ABC News (Australia) headlines (gn) and HuffPost headlines from other desks (go), measured before any rule looked at its dev half
  { name: 'test, 106th sample', has: (i) => /^(gm|gn|go)\d/.test(i.id) },
  // stop 44's four samples together: the 103rd to the 106th
  { name: 'test, 103rd-106th samples', has: (i) => /^[d-g][mno]\d/.test(i.id) },
  // stop 45's first: later sentences of US local news on shootings (hm), ABC News (Australia) headlines (hn) and HuffPost headlines from other desks (ho), measured before any rule looked at its dev half
  { name: 'test, 107th sample', has: (i) => /^(hm|hn|ho)\d/.test(i.id) },
  // stop 45's second: the same pools (im, in, io)
  { name: 'test, 108th sample', has: (i) => /^(im|in|io)\d/.test(i.id) },
  // stop 45's two samples together: the 107th and 108th
  { name: 'test, 107th-108th samples', has: (i) => /^[hi][mno]\d/.test(i.id) },
  // stop 45's third and fourth, the same pools (jm, jn, jo; km, kn, ko), measured on the stop's last rules before any looked at their dev halves
  { name: 'test, 109th sample', has: (i) => /^(jm|jn|jo)\d/.test(i.id) },
  { name: 'test, 110th sample', has: (i) => /^(km|kn|ko)\d/.test(i.id) },
  // stop 45's four samples together: the 107th to the 110th
  { name: 'test, 107th-110th samples', has: (i) => /^[h-k][mno]\d/.test(i.id) },
  // stop 46's two, the same pools (lm, ln, lo; mm, mn, mo), measured on stop 45's last commit before any rule looked at their dev halves
  { name: 'test, 111th sample', has: (i) => /^(lm|ln|lo)\d/.test(i.id) },
  { name: 'test, 112th sample', has: (i) => /^(mm|mn|mo)\d/.test(i.id) },
  { name: 'test, 111th-112th samples', has: (i) => /^[lm][mno]\d/.test(i.id) },
  { name: 'test, 113th sample', has: (i) => /^(nm|nn|no)\d/.test(i.id) },
  // stop 48's two: gva-later (om, pm), abc-2003 (on, pn), the last of huffpost-other-desks (oo) and
  // Humicroedit news headlines (po), measured on stop 47's last commit before any rule looked at their dev halves
  { name: 'test, 114th sample', has: (i) => /^(om|on|oo)\d/.test(i.id) },
  { name: 'test, 115th sample', has: (i) => /^(pm|pn|po)\d/.test(i.id) },
  { name: 'test, 114th-115th samples', has: (i) => /^[op][mno]\d/.test(i.id) },
  // stop 49's: gva-later (qm), abc-2003 (qn), Humicroedit news headlines (qo), measured on stop 48's last commit before any rule looked at its dev half
  { name: 'test, 116th sample', has: (i) => /^(qm|qn|qo)\d/.test(i.id) },
  // stop 49's second, the same pools (rm, rn, ro), measured on the stop's rules and retrained model before any rule looked at its dev half
  { name: 'test, 117th sample', has: (i) => /^(rm|rn|ro)\d/.test(i.id) },
  { name: 'test, 116th-117th samples', has: (i) => /^[qr][mno]\d/.test(i.id) },
  // stop 49's third: the Guardian's 2023 headlines on Israel and Gaza (sm, a new pool), ABC News 2003 (sn), Humicroedit (so), measured on the stop's second rules before any looked at its dev half
  { name: 'test, 118th sample', has: (i) => /^(sm|sn|so)\d/.test(i.id) },
  { name: 'test, 118th sample, the Guardian', has: (i) => /^sm\d/.test(i.id) },
  // stop 49's fourth: the last of gva-first and huffpost-descriptions, then gva-later, abc-2003 and humicroedit (tm, tn, to), measured on the stop's third rules before any looked at its dev half
  { name: 'test, 119th sample', has: (i) => /^(tm|tn|to)\d/.test(i.id) },
  { name: 'test, 116th-119th samples', has: (i) => /^[qrst][mno]\d/.test(i.id) },
  // stop 50's two: gva-later, abc-2003 and Humicroedit (um, un, uo; up, uq, ur), measured on stop 49's last commit before any rule looked at their dev halves
  { name: 'test, 120th sample', has: (i) => /^(um|un|uo)\d/.test(i.id) },
  { name: 'test, 121st sample', has: (i) => /^(up|uq|ur)\d/.test(i.id) },
  { name: 'test, 120th-121st samples', has: (i) => /^u[m-r]\d/.test(i.id) },
  // stop 50's third and fourth, the same pools (us, ut, uu; uv, uw, ux), measured on the stop's first rules and retrained model before any rule looked at their dev halves
  { name: 'test, 122nd sample', has: (i) => /^(us|ut|uu)\d/.test(i.id) },
  { name: 'test, 123rd sample', has: (i) => /^(uv|uw|ux)\d/.test(i.id) },
  { name: 'test, 120th-123rd samples', has: (i) => /^u[m-x]\d/.test(i.id) },
  // stop 50's fifth and sixth, the same pools (vm, vn, vo; vp, vq, vr), measured on the stop's second rules and retrained model (7d191f2) before any rule looked at their dev halves
  { name: 'test, 124th sample', has: (i) => /^(vm|vn|vo)\d/.test(i.id) },
  { name: 'test, 125th sample', has: (i) => /^(vp|vq|vr)\d/.test(i.id) },
  { name: 'test, 120th-125th samples', has: (i) => /^(u[m-x]|v[m-r])\d/.test(i.id) },
  // stop 50's seventh and eighth, the same pools (wm, wn, wo; wp, wq, wr), measured on the stop's third rules and retrained model (8aa55a2) before any rule looked at their dev halves
  { name: 'test, 126th sample', has: (i) => /^(wm|wn|wo)\d/.test(i.id) },
  { name: 'test, 127th sample', has: (i) => /^(wp|wq|wr)\d/.test(i.id) },
  { name: 'test, 120th-127th samples', has: (i) => /^(u[m-x]|v[m-r]|w[m-r])\d/.test(i.id) },
  // stop 50's ninth and tenth, the same pools (xm, xn, xo; xp, xq, xr), measured on the stop's fourth rules (ca9a4a2) before any rule looked at their dev halves
  { name: 'test, 128th sample', has: (i) => /^(xm|xn|xo)\d/.test(i.id) },
  { name: 'test, 129th sample', has: (i) => /^(xp|xq|xr)\d/.test(i.id) },
  { name: 'test, 120th-129th samples', has: (i) => /^(u[m-x]|v[m-r]|w[m-r]|x[m-r])\d/.test(i.id) },
  // stop 50's eleventh and twelfth, the same pools (xs, xt, xu; xv, xw, xx), measured on the stop's last commit before them (ec756fa), before any rule looked at their dev halves
  { name: 'test, 130th sample', has: (i) => /^(xs|xt|xu)\d/.test(i.id) },
  { name: 'test, 131st sample', has: (i) => /^(xv|xw|xx)\d/.test(i.id) },
  { name: 'test, 120th-131st samples', has: (i) => /^(u[m-x]|v[m-r]|w[m-r]|x[m-x])\d/.test(i.id) },
  // stop 51's four, the same pools (ym, yn, yo; yp, yq, yr; ys, yt, yu; yv, yw, yx), measured on the stop's first commit (4553170), before any rule looked at their dev halves
  { name: 'test, 132nd sample', has: (i) => /^(ym|yn|yo)\d/.test(i.id) },
  { name: 'test, 133rd sample', has: (i) => /^(yp|yq|yr)\d/.test(i.id) },
  { name: 'test, 134th sample', has: (i) => /^(ys|yt|yu)\d/.test(i.id) },
  { name: 'test, 135th sample', has: (i) => /^(yv|yw|yx)\d/.test(i.id) },
  { name: 'test, 132nd-135th samples', has: (i) => /^y[m-x]\d/.test(i.id) },
  // stop 51's fifth to eighth, the same pools (zm, zn, zo; zp, zq, zr: the last of humicroedit; zs, zt; zv, zw), measured on 7dc9c6a, before any rule looked at their dev halves
  { name: 'test, 136th sample', has: (i) => /^(zm|zn|zo)\d/.test(i.id) },
  { name: 'test, 137th sample', has: (i) => /^(zp|zq|zr)\d/.test(i.id) },
  { name: 'test, 138th sample', has: (i) => /^(zs|zt)\d/.test(i.id) },
  { name: 'test, 139th sample', has: (i) => /^(zv|zw)\d/.test(i.id) },
  { name: 'test, 136th-139th samples', has: (i) => /^z[m-x]\d/.test(i.id) },
  // stop 51's ninth to twelfth, the two pools left (ap, aq; ar, as; at, au; av, aw), measured on 16fb062, before any rule looked at their dev halves
  { name: 'test, 140th sample', has: (i) => /^(ap|aq)\d/.test(i.id) },
  { name: 'test, 141st sample', has: (i) => /^(ar|as)\d/.test(i.id) },
  { name: 'test, 142nd sample', has: (i) => /^(at|au)\d/.test(i.id) },
  { name: 'test, 143rd sample', has: (i) => /^(av|aw)\d/.test(i.id) },
  { name: 'test, 140th-143rd samples', has: (i) => /^a[p-w]\d/.test(i.id) },
  // stop 51's thirteenth to sixteenth, the same two pools (ax, bp; bq, br; bs, bt; bu, bv), measured on 094fcef, before any rule looked at their dev halves
  { name: 'test, 144th sample', has: (i) => /^(ax|bp)\d/.test(i.id) },
  { name: 'test, 145th sample', has: (i) => /^(bq|br)\d/.test(i.id) },
  { name: 'test, 146th sample', has: (i) => /^(bs|bt)\d/.test(i.id) },
  { name: 'test, 147th sample', has: (i) => /^(bu|bv)\d/.test(i.id) },
  { name: 'test, 144th-147th samples', has: (i) => /^(ax|b[p-v])\d/.test(i.id) },
  // stop 51's seventeenth to twentieth, the same two pools (bw, bx; cp, cq; cr, cs; ct, cu), measured on e4f770f, before any rule looked at their dev halves
  { name: 'test, 148th sample', has: (i) => /^(bw|bx)\d/.test(i.id) },
  { name: 'test, 149th sample', has: (i) => /^(cp|cq)\d/.test(i.id) },
  { name: 'test, 150th sample', has: (i) => /^(cr|cs)\d/.test(i.id) },
  { name: 'test, 151st sample', has: (i) => /^(ct|cu)\d/.test(i.id) },
  { name: 'test, 148th-151st samples', has: (i) => /^(b[wx]|c[p-u])\d/.test(i.id) },
  // stop 52's first to fourth, the same two pools (cv, cw; cx, dp; dq, dr; ds, dt), measured on 8b8f044, before any rule looked at their dev halves
  { name: 'test, 152nd sample', has: (i) => /^(cv|cw)\d/.test(i.id) },
  { name: 'test, 153rd sample', has: (i) => /^(cx|dp)\d/.test(i.id) },
  { name: 'test, 154th sample', has: (i) => /^(dq|dr)\d/.test(i.id) },
  { name: 'test, 155th sample', has: (i) => /^(ds|dt)\d/.test(i.id) },
  { name: 'test, 152nd-155th samples', has: (i) => /^(c[vwx]|d[p-t])\d/.test(i.id) },
  // stop 52's fifth to eighth, the same two pools (du, dv; dw, dx; ep, eq; er, es), measured on 1d62034, before any rule looked at their dev halves
  { name: 'test, 156th sample', has: (i) => /^(du|dv)\d/.test(i.id) },
  { name: 'test, 157th sample', has: (i) => /^(dw|dx)\d/.test(i.id) },
  { name: 'test, 158th sample', has: (i) => /^(ep|eq)\d/.test(i.id) },
  { name: 'test, 159th sample', has: (i) => /^(er|es)\d/.test(i.id) },
  { name: 'test, 156th-159th samples', has: (i) => /^(d[u-x]|e[p-s])\d/.test(i.id) },
  // stop 52's ninth to twelfth, the same two pools (et, eu; ev, ew; ex, fp; fq, fr), measured on 7573638 (all of the stop's rules), before any rule looked at their dev halves
  { name: 'test, 160th sample', has: (i) => /^(et|eu)\d/.test(i.id) },
  { name: 'test, 161st sample', has: (i) => /^(ev|ew)\d/.test(i.id) },
  { name: 'test, 162nd sample', has: (i) => /^(ex|fp)\d/.test(i.id) },
  { name: 'test, 163rd sample', has: (i) => /^(fq|fr)\d/.test(i.id) },
  { name: 'test, 160th-163rd samples', has: (i) => /^(e[t-x]|f[p-r])\d/.test(i.id) },
  { name: 'test, 164th-167th samples', has: (i) => /^(f[s-x]|g[pq])\d/.test(i.id) },
  { name: 'test, 168th-171st samples', has: (i) => /^(g[r-x]|hp)\d/.test(i.id) },
  { name: 'test, 172nd-175th samples', has: (i) => /^(h[q-t]|hx|i[p-r])\d/.test(i.id) },
  { name: 'test, 176th-179th samples', has: (i) => /^(i[s-x]|j[pq])\d/.test(i.id) },
  { name: 'test, 180th-183rd samples', has: (i) => /^(j[r-x]|kp)\d/.test(i.id) },
  { name: 'test, 184th-187th samples', has: (i) => /^k[q-x]\d/.test(i.id) },
  { name: 'test, 188th-191st samples', has: (i) => /^l[p-w]\d/.test(i.id) },
  { name: 'test, 192nd-195th samples', has: (i) => /^(lx|m[p-v])\d/.test(i.id) },
  { name: 'test, 196th-199th samples', has: (i) => /^(m[wx]|n[p-u])\d/.test(i.id) },
  { name: 'test, 200th-203rd samples', has: (i) => /^(n[v-x]|o[p-t])\d/.test(i.id) },
  { name: 'test, 204th-207th samples', has: (i) => /^(o[u-x]|p[p-s])\d/.test(i.id) },
  { name: 'test, 208th-211th samples', has: (i) => /^(p[t-x]|q[p-r])\d/.test(i.id) },
  { name: 'test, 212th-215th samples', has: (i) => /^(q[s-x]|r[pq])\d/.test(i.id) },
  { name: 'test, 216th-219th samples', has: (i) => /^(r[r-x]|sp)\d/.test(i.id) },
  { name: 'test, 220th-223rd samples', has: (i) => /^s[q-x]\d/.test(i.id) },
  { name: 'test, 224th-227th samples', has: (i) => /^t[p-w]\d/.test(i.id) },
  { name: 'test, 228th-231st samples', has: (i) => /^(v[s-x]|w[st])\d/.test(i.id) },
  { name: 'test, 232nd-235th samples', has: (i) => /^(w[u-x]|o[g-k])\d/.test(i.id) },
  { name: 'test, 236th-239th samples', has: (i) => /^(ol|pf|q[gh]|sc|tc|th|tx)\d/.test(i.id) },
  { name: 'test, 240th-243rd samples', has: (i) => /^(k[f-h]|l[gh]|nf|z[ux])\d/.test(i.id) },
  { name: 'test, 244th-247th samples', has: (i) => /^a[a-h]\d/.test(i.id) },
  { name: 'test, 248th-251st samples', has: (i) => /^(b[d-h]|c[d-f])\d/.test(i.id) },
  { name: 'test, 252nd-255th samples', has: (i) => /^(c[gh]|d[d-h]|eg)\d/.test(i.id) },
  { name: 'test, 256th-259th samples', has: (i) => /^(eh|f[gh]|g[gh]|h[gh]|ig)\d/.test(i.id) },
  { name: 'test, 260th-263rd samples', has: (i) => /^([a-d][yz])\d/.test(i.id) },
  { name: 'test, 264th-267th samples', has: (i) => /^([e-h][yz])\d/.test(i.id) },
  { name: 'test, 268th-271st samples', has: (i) => /^([j-m][yz])\d/.test(i.id) },
  { name: 'test, 272nd-275th samples', has: (i) => /^([n-q][yz])\d/.test(i.id) },
  { name: 'test, 276th-279th samples', has: (i) => /^(r[yz]|s[iyz]|t[iy]|u[iy])\d/.test(i.id) },
  { name: 'test, 280th-283rd samples', has: (i) => /^([v-y][iy])\d/.test(i.id) },
  { name: 'test, 284th-287th samples', has: (i) => /^(z[iy]|[a-f]i)\d/.test(i.id) },
  { name: 'test, 288th-289th samples', has: (i) => /^([ghjk]i)\d/.test(i.id) },
  { name: 'test, 290th-293rd samples', has: (i) => /^([l-r]i|tz)\d/.test(i.id) },
  { name: 'test, 294th-297th samples', has: (i) => /^([u-z]z|hh|ih)\d/.test(i.id) },
  { name: 'test, 298th-301st samples', has: (i) => /^qq[a-h]\d/.test(i.id) },
  { name: 'test, 302nd-305th samples', has: (i) => /^qq[i-p]\d/.test(i.id) },
  { name: 'test, 306th-309th samples', has: (i) => /^qq[q-x]\d/.test(i.id) },
  { name: 'test, 310th-313th samples', has: (i) => /^qr[a-h]\d/.test(i.id) },
  { name: 'test, 314th-317th samples', has: (i) => /^qr[i-p]\d/.test(i.id) },
  { name: 'test, 318th-321st samples', has: (i) => /^qr[q-x]\d/.test(i.id) },
  { name: 'test, 322nd-325th samples', has: (i) => /^q(r[yz]|s[a-f])\d/.test(i.id) },
  { name: 'test, 326th-329th samples', has: (i) => /^qs[g-n]\d/.test(i.id) },
  { name: 'test, 330th-333rd samples', has: (i) => /^qs[o-v]\d/.test(i.id) },
  { name: 'test, 334th-337th samples', has: (i) => /^q(s[w-z]|t[a-d])\d/.test(i.id) },
  { name: 'test, 338th-341st samples', has: (i) => /^qt[e-l]\d/.test(i.id) },
  { name: 'test, 342nd-345th samples', has: (i) => /^qt[m-t]\d/.test(i.id) },
  { name: 'test, 346th-349th samples', has: (i) => /^q(t[u-z]|u[ab])\d/.test(i.id) },
  { name: 'test, 350th-353rd samples', has: (i) => /^qu[c-j]\d/.test(i.id) },
  { name: 'test, 354th-357th samples', has: (i) => /^qu[k-r]\d/.test(i.id) },
  { name: 'test, 358th-361st samples', has: (i) => /^qu[s-z]\d/.test(i.id) },
  { name: 'test, 362nd-365th samples', has: (i) => /^qv[a-h]\d/.test(i.id) },
  { name: 'test, 366th-369th samples', has: (i) => /^qv[i-p]\d/.test(i.id) },
  { name: 'test, 370th-373rd samples', has: (i) => /^qv[q-x]\d/.test(i.id) },
  { name: 'test, 374th-377th samples', has: (i) => /^q(v[yz]|w[a-f])\d/.test(i.id) },
  { name: 'test, 378th-381st samples', has: (i) => /^qw[g-n]\d/.test(i.id) },
  { name: 'test, 382nd-385th samples', has: (i) => /^qw[o-v]\d/.test(i.id) },
  { name: 'test, 386th-389th samples', has: (i) => /^q(w[w-z]|x[a-d])\d/.test(i.id) },
  { name: 'test, 390th-393rd samples', has: (i) => /^qx[e-l]\d/.test(i.id) },
  { name: 'test, 394th-397th samples', has: (i) => /^qx[m-t]\d/.test(i.id) },
  { name: 'test, 398th-401st samples', has: (i) => /^q(x[u-z]|y[ab])\d/.test(i.id) },
  { name: 'test, 402nd-405th samples', has: (i) => /^qy[c-j]\d/.test(i.id) },
  { name: 'test, 406th-409th samples', has: (i) => /^qy[k-r]\d/.test(i.id) },
  { name: 'test, 410th-413th samples', has: (i) => /^qy[s-z]\d/.test(i.id) },
  { name: 'test, 414th-417th samples', has: (i) => /^qz[a-h]\d/.test(i.id) },
  { name: 'test, 418th-421st samples', has: (i) => /^qz[i-p]\d/.test(i.id) },
  { name: 'test, 422nd-425th samples', has: (i) => /^qz[q-x]\d/.test(i.id) },
  { name: 'test, 426th-429th samples', has: (i) => /^(qz[yz]|ra[a-f])\d/.test(i.id) },
  { name: 'test, 430th-433rd samples', has: (i) => /^ra[g-n]\d/.test(i.id) },
  { name: 'test, 434th-437th samples', has: (i) => /^ra[o-v]\d/.test(i.id) },
  { name: 'test, 438th-441st samples', has: (i) => /^(ra[w-z]|rb[a-d])\d/.test(i.id) },
  { name: 'test, 442nd-445th samples', has: (i) => /^rb[e-l]\d/.test(i.id) },
  { name: 'test, 446th-449th samples', has: (i) => /^rb[m-t]\d/.test(i.id) },
  { name: 'test, 450th-453rd samples', has: (i) => /^(rb[u-z]|rc[ab])\d/.test(i.id) },
  { name: 'test, 454th-457th samples', has: (i) => /^rc[c-j]\d/.test(i.id) },
  { name: 'test, 458th-461st samples', has: (i) => /^rc[k-r]\d/.test(i.id) },
  { name: 'test, 462nd-465th samples', has: (i) => /^rc[s-z]\d/.test(i.id) },
  { name: 'test, 466th-469th samples', has: (i) => /^rd[a-h]\d/.test(i.id) },
  { name: 'test, 470th-473rd samples', has: (i) => /^rd[i-p]\d/.test(i.id) },
  { name: 'test, 474th-477th samples', has: (i) => /^rd[q-x]\d/.test(i.id) },
  { name: 'test, 478th-481st samples', has: (i) => /^(rd[yz]|re[a-f])\d/.test(i.id) },
  { name: 'test, 482nd-485th samples', has: (i) => /^re[g-n]\d/.test(i.id) },
  { name: 'test, 486th-489th samples', has: (i) => /^re[o-v]\d/.test(i.id) },
  { name: 'test, 490th-493rd samples', has: (i) => /^(re[w-z]|rf[a-d])\d/.test(i.id) },
  { name: 'test, 494th-497th samples', has: (i) => /^rf[e-l]\d/.test(i.id) },
  { name: 'test, 498th-501st samples', has: (i) => /^rf[m-t]\d/.test(i.id) },
  { name: 'test, 502nd-505th samples', has: (i) => /^(rf[u-z]|rg[ab])\d/.test(i.id) },
  { name: 'test, 506th-509th samples', has: (i) => /^rg[c-j]\d/.test(i.id) },
  { name: 'test, 510th-513th samples', has: (i) => /^rg[k-r]\d/.test(i.id) },
  { name: 'test, 514th-517th samples', has: (i) => /^rg[s-z]\d/.test(i.id) },
  { name: 'test, 518th-521st samples', has: (i) => /^rh[a-h]\d/.test(i.id) },
  { name: 'test, 522nd-525th samples', has: (i) => /^rh[i-p]\d/.test(i.id) },
  { name: 'test, 526th-529th samples', has: (i) => /^rh[q-x]\d/.test(i.id) },
  { name: 'test, 530th-533rd samples', has: (i) => /^(rh[yz]|ri[a-f])\d/.test(i.id) },
  { name: 'test, 534th-537th samples', has: (i) => /^ri[g-n]\d/.test(i.id) },
  { name: 'test, 538th-541st samples', has: (i) => /^ri[o-v]\d/.test(i.id) },
  { name: 'test, 542nd-545th samples', has: (i) => /^(ri[w-z]|rj[a-d])\d/.test(i.id) },
  { name: 'test, 546th-549th samples', has: (i) => /^rj[e-l]\d/.test(i.id) },
  { name: 'test, 550th-553rd samples', has: (i) => /^rj[m-t]\d/.test(i.id) },
  { name: 'test, 554th-557th samples', has: (i) => /^(rj[u-z]|rk[ab])\d/.test(i.id) },
  { name: 'test, 558th-561st samples', has: (i) => /^rk[c-j]\d/.test(i.id) },
  { name: 'test, 562nd-565th samples', has: (i) => /^rk[k-r]\d/.test(i.id) },
  { name: 'test, 566th-569th samples', has: (i) => /^rk[s-z]\d/.test(i.id) },
  { name: 'test, 570th-573rd samples', has: (i) => /^rl[a-h]\d/.test(i.id) },
  { name: 'test, 574th-577th samples', has: (i) => /^rl[i-p]\d/.test(i.id) },
  { name: 'test, 578th-581st samples', has: (i) => /^rl[q-x]\d/.test(i.id) },
  { name: 'test, 582nd-585th samples', has: (i) => /^(rl[yz]|rm[a-f])\d/.test(i.id) },
  { name: 'test, 586th-589th samples', has: (i) => /^rm[g-n]\d/.test(i.id) },
  { name: 'test, 590th-593rd samples', has: (i) => /^rm[o-v]\d/.test(i.id) },
  { name: 'test, 594th-597th samples', has: (i) => /^(rm[w-z]|rn[a-d])\d/.test(i.id) },
  { name: 'test, 598th-601st samples', has: (i) => /^rn[e-l]\d/.test(i.id) },
  { name: 'test, 602nd-605th samples', has: (i) => /^rn[m-t]\d/.test(i.id) },
  { name: 'test, 606th-609th samples', has: (i) => /^(rn[u-z]|ro[ab])\d/.test(i.id) },
  { name: 'test, 610th-613th samples', has: (i) => /^ro[c-j]\d/.test(i.id) },
  { name: 'test, 614th-617th samples', has: (i) => /^ro[k-r]\d/.test(i.id) },
  { name: 'test, 618th-621st samples', has: (i) => /^ro[s-z]\d/.test(i.id) },
  { name: 'test, 622nd-625th samples', has: (i) => /^rp[a-h]\d/.test(i.id) },
  { name: 'test, 626th-629th samples', has: (i) => /^rp[i-p]\d/.test(i.id) },
  { name: 'test, 630th-633rd samples', has: (i) => /^rp[q-x]\d/.test(i.id) },
  { name: 'test, 634th-637th samples', has: (i) => /^(rp[yz]|rq[a-f])\d/.test(i.id) },
  { name: 'test, 638th-641st samples', has: (i) => /^rq[g-n]\d/.test(i.id) },
  { name: 'test, 642nd-645th samples', has: (i) => /^rq[o-v]\d/.test(i.id) },
  { name: 'test, 646th-649th samples', has: (i) => /^(rq[w-z]|rr[a-d])\d/.test(i.id) },
  { name: 'test, 650th-653rd samples', has: (i) => /^rr[e-l]\d/.test(i.id) },
  { name: 'test, 654th-657th samples', has: (i) => /^rr[m-t]\d/.test(i.id) },
  { name: 'test, 658th-661st samples', has: (i) => /^(rr[u-z]|rs[ab])\d/.test(i.id) },
  { name: 'test, 662nd-665th samples', has: (i) => /^rs[c-j]\d/.test(i.id) },
  { name: 'test, 666th-670th samples', has: (i) => /^rs[k-t]\d/.test(i.id) },
  { name: 'test, 671st-674th samples', has: (i) => /^(rs[u-z]|rt[ab])\d/.test(i.id) },
  { name: 'test, 675th-678th samples', has: (i) => /^rt[c-j]\d/.test(i.id) },
  { name: 'test, 679th-682nd samples', has: (i) => /^rt[k-r]\d/.test(i.id) },
  { name: 'test, 683rd-686th samples', has: (i) => /^rt[s-z]\d/.test(i.id) },
  { name: 'test, 687th-690th samples', has: (i) => /^ru[a-h]\d/.test(i.id) },
  { name: 'test, 691st-694th samples', has: (i) => /^ru[i-p]\d/.test(i.id) },
  { name: 'test, 695th-698th samples', has: (i) => /^ru[q-x]\d/.test(i.id) },
  { name: 'test, 699th-702nd samples', has: (i) => /^(ru[yz]|rv[a-f])\d/.test(i.id) },
  { name: 'test, 703rd-706th samples', has: (i) => /^rv[g-n]\d/.test(i.id) },
  { name: 'test, 707th-710th samples', has: (i) => /^rv[o-v]\d/.test(i.id) },
  { name: 'test, 711th-714th samples', has: (i) => /^(rv[w-z]|rw[a-d])\d/.test(i.id) },
  { name: 'test, 715th-718th samples', has: (i) => /^rw[e-l]\d/.test(i.id) },
  { name: 'test, 719th-722nd samples', has: (i) => /^rw[m-t]\d/.test(i.id) },
  { name: 'test, 723rd-726th samples', has: (i) => /^(rw[u-z]|rx[ab])\d/.test(i.id) },
  { name: 'test, 727th-730th samples', has: (i) => /^rx[c-j]\d/.test(i.id) },
  { name: 'test, 731st-734th samples', has: (i) => /^rx[k-r]\d/.test(i.id) },
  { name: 'test, 735th-738th samples', has: (i) => /^rx[s-z]\d/.test(i.id) },
  { name: 'test, 739th-742nd samples', has: (i) => /^ry[a-h]\d/.test(i.id) },
  { name: 'test, 743rd-746th samples', has: (i) => /^ry[i-p]\d/.test(i.id) },
  { name: 'test, 747th-750th samples', has: (i) => /^ry[q-x]\d/.test(i.id) },
  { name: 'test, 751st-754th samples', has: (i) => /^(ry[yz]|rz[a-f])\d/.test(i.id) },
  { name: 'test, 755th-758th samples', has: (i) => /^rz[g-n]\d/.test(i.id) },
  { name: 'test, 759th-762nd samples', has: (i) => /^rz[o-v]\d/.test(i.id) },
  { name: 'test, 763rd-766th samples', has: (i) => /^(rz[w-z]|sa[a-d])\d/.test(i.id) },
  { name: 'test, 767th-770th samples', has: (i) => /^sa[e-l]\d/.test(i.id) },
  { name: 'test, 771st-774th samples', has: (i) => /^sa[m-t]\d/.test(i.id) },
  { name: 'test, 775th-778th samples', has: (i) => /^(sa[u-z]|sb[ab])\d/.test(i.id) },
  { name: 'test, 779th-782nd samples', has: (i) => /^sb[c-j]\d/.test(i.id) },
];
const KINDS: readonly RealKind[] = ['headline', 'sentence'];

interface Run {
  system: RealSystem;
  /** A split, or a part of one ("test, 4th sample"). */
  split: string;
  kind: RealKind | 'all';
  counts: RealCounts;
}

function run(system: RealSystem, items: readonly RealGoldItem[]): RealCounts {
  const counts = emptyCounts();
  for (const item of items) scoreItem(counts, item, system.read(item.text));
  return counts;
}


export const realSection: EvalSection = {
  name: 'real',
  run({ errors }): Section {
    const items = readRealGold();
    const runs: Run[] = [];
    for (const system of REAL_SYSTEMS) {
      for (const split of SPLITS) {
        const some = items.filter((i) => i.split === split);
        runs.push({ system, split, kind: 'all', counts: run(system, some) });
        for (const kind of KINDS) runs.push({ system, split, kind, counts: run(system, some.filter((i) => i.kind === kind)) });
      }
      for (const sample of LATER_SAMPLES) {
        const fresh = items.filter((i) => i.split === 'test' && sample.has(i));
        if (fresh.length > 0) runs.push({ system, split: sample.name, kind: 'all', counts: run(system, fresh) });
      }
    }
    const ours = (split: string, kind: RealKind | 'all' = 'all'): RealCounts =>
      (runs.find((r) => r.system === REAL_SYSTEMS[0] && r.split === split && r.kind === kind) as Run).counts;
    const test = ours('test');
    const targets: Target[] = [
      { label: 'real test harm precision', value: harmPrecision(test), min: 0.9 },
      { label: 'real test harm recall', value: harmRecall(test), min: 0.9 },
      { label: 'real test agent-named accuracy', value: fieldShare(test, 'agentNamed'), min: 0.93 },
      { label: 'real test coarse device accuracy', value: fieldShare(test, 'coarse'), min: 0.85 },
      { label: 'real test responsibility link accuracy', value: fieldShare(test, 'link'), min: 0.85 },
      { label: 'real test victim span accuracy', value: fieldShare(test, 'victim'), min: 0.85 },
      { label: 'real test role accuracy', value: fieldShare(test, 'role'), min: 0.8 },
      { label: 'real test nationality accuracy', value: fieldShare(test, 'nationality'), min: 0.85 },
      { label: 'real test headline passive F1', value: passiveF1(ours('test', 'headline')), min: 0.93 },
    ];
    return {
      title: 'Harm on real text (eval/data/real/gold.jsonl)',
      notes: [
        goldNote(items),
        ...REAL_SYSTEMS.map((s) => `${s.name}: ${s.description}.`),
        'Harm is per item (does the text report harm?). The other fields are the primary harm\'s, on items where gold and system both find harm:',
        'victim = same head word (or both none); party = a word in common (or both none); agent named = link is grammatical.',
        'Passives per participle, P/R/F1. Tune on dev; test is frozen and reported as it comes out.',
        'Dev passives are in-sample: the voice classifier trains on the dev half\'s labelled passives (train/real-voice.ts); its 4-fold figure on them is printed by `npm run train -- --final --cv-real`.',
      ],
      tables: [harmTable(runs), fieldTable(runs)],
      targets,
      errors: errors > 0 ? listErrors(ours('dev'), errors) : [],
    };
  },
};

function goldNote(items: readonly RealGoldItem[]): string {
  const of = (split: RealSplit): string => {
    const some = items.filter((i) => i.split === split);
    const count = (kind: RealKind): string => {
      const k = some.filter((i) => i.kind === kind);
      return `${k.length} ${kind}s (${k.filter((i) => i.harm).length} with harm)`;
    };
    return `${split}: ${count('headline')}, ${count('sentence')}`;
  };
  return `${items.length} real items, sampled by eval/real/sample.py, sample2.py to sample288.py, stop57.py and stop58.py; ${SPLITS.map(of).join('; ')}.`;
}

function harmTable(runs: readonly Run[]): Table {
  return {
    title: 'Harm found per item, and passives',
    head: ['system', 'split', 'texts', 'harm P', 'harm R', 'harm F1', 'passive P', 'passive R', 'passive F1'],
    rows: runs.map(({ system, split, kind, counts: c }) => [
      system.name,
      split,
      kind,
      fmt(harmPrecision(c)),
      fmt(harmRecall(c)),
      fmt(f1(harmPrecision(c), harmRecall(c))),
      fmt(passivePrecision(c)),
      fmt(passiveRecall(c)),
      fmt(passiveF1(c)),
    ]),
  };
}

function fieldTable(runs: readonly Run[]): Table {
  return {
    title: 'The primary harm, on items where both find harm: share right',
    head: ['system', 'split', 'both', ...FIELDS],
    rows: runs.filter((r) => r.kind === 'all').map(({ system, split, counts: c }) => [system.name, split, String(c.both), ...FIELDS.map((f) => fmt(fieldShare(c, f)))]),
  };
}

function listErrors(counts: RealCounts, n: number): string[] {
  return counts.wrong.slice(0, n).map(({ item, reading, fields }) => {
    const p = reading.primary;
    const got = p ? `${p.event.text}/${p.device}/${p.link}:${p.party ?? '-'}/v:${p.victim ?? '-'}/${p.nationality ?? '-'}/${p.role ?? '-'}/${p.cause}` : 'no harm';
    const want = item.harm ? `${item.primary}/${item.device}/${item.responsibility?.link}:${item.responsibility?.party ?? '-'}/v:${item.victim ?? '-'}/${item.nationality ?? '-'}/${item.role ?? '-'}/${item.cause}` : 'no harm';
    return `${item.id} [${fields.join(',')}] ${item.text}\n    want ${want}\n    got  ${got}`;
  });
}
