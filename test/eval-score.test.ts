// The evaluation's scorer and gold extraction, on hand-computed cases.

import { parseConllu } from '../eval/conllu';
import { passiveGold, type GoldPassive, type PassiveGold } from '../eval/passive-gold';
import {
  agentCounts,
  binaryCounts,
  formAgreement,
  judge,
  passiveCounts,
  scores,
  type Counts,
  type Offsets,
  type PassivePrediction,
  type SentenceResult,
  type Slice,
  type Verdict,
} from '../eval/score';

const CONLLU = `# sent_id = s1
# text = The man was shot by police.
1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t_\t_
2\tman\tman\tNOUN\tNN\tNumber=Sing\t4\tnsubj:pass\t_\t_
3\twas\tbe\tAUX\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t4\taux:pass\t_\t_
4\tshot\tshoot\tVERB\tVBN\tTense=Past|VerbForm=Part|Voice=Pass\t0\troot\t_\t_
5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_
6\tpolice\tpolice\tNOUN\tNN\tNumber=Sing\t4\tobl:agent\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

# sent_id = s2
# text = Hundreds killed in the reported attack
1\tHundreds\thundred\tNOUN\tNNS\tNumber=Plur\t2\tnsubj:pass\t_\t_
2\tkilled\tkill\tVERB\tVBN\tTense=Past|VerbForm=Part|Voice=Pass\t0\troot\t_\t_
3\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_
4\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t6\tdet\t_\t_
5\treported\treport\tVERB\tVBN\tTense=Past|VerbForm=Part|Voice=Pass\t6\tamod\t_\t_
6\tattack\tattack\tNOUN\tNN\tNumber=Sing\t2\tobl\t_\t_

# sent_id = s3
# text = Rebels attacked by night
1\tRebels\trebel\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_
2\tattacked\tattack\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
3\tby\tby\tADP\tIN\t_\t4\tcase\t_\t_
4\tnight\tnight\tNOUN\tNN\tNumber=Sing\t2\tobl:agent\t_\t_

# sent_id = s4
# text = They were arrested and beaten
1\tThey\tthey\tPRON\tPRP\tCase=Nom\t3\tnsubj:pass\t_\t_
2\twere\tbe\tAUX\tVBD\tMood=Ind\t3\taux:pass\t_\t_
3\tarrested\tarrest\tVERB\tVBN\tTense=Past|VerbForm=Part|Voice=Pass\t0\troot\t_\t_
4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_
5\tbeaten\tbeat\tVERB\tVBN\tTense=Past|VerbForm=Part|Voice=Pass\t3\tconj\t_\t_

# sent_id = s5
# text = He was shot and two men wounded
1\tHe\the\tPRON\tPRP\tCase=Nom\t3\tnsubj:pass\t_\t_
2\twas\tbe\tAUX\tVBD\tMood=Ind\t3\taux:pass\t_\t_
3\tshot\tshoot\tVERB\tVBN\tTense=Past|VerbForm=Part|Voice=Pass\t0\troot\t_\t_
4\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_
5\ttwo\ttwo\tNUM\tCD\t_\t6\tnummod\t_\t_
6\tmen\tman\tNOUN\tNNS\tNumber=Plur\t7\tnsubj:pass\t_\t_
7\twounded\twound\tVERB\tVBN\tTense=Past|VerbForm=Part|Voice=Pass\t3\tconj\t_\t_
`;

describe('passiveGold', () => {
  const golds = parseConllu(CONLLU).map((s) => passiveGold(s));

  test.each([
    [
      's1: full passive with a by-agent',
      0,
      {
        passives: [{ start: 12, end: 16, form: 'shot', class: 'full' }],
        agents: [{ start: 20, end: 26, form: 'police', prenominal: false }],
        unaligned: 0,
      },
    ],
    [
      's2: reduced passive (no aux:pass child) and a prenominal (amod) one',
      1,
      {
        passives: [
          { start: 9, end: 15, form: 'killed', class: 'reduced' },
          { start: 23, end: 31, form: 'reported', class: 'amod' },
        ],
        agents: [],
        unaligned: 0,
      },
    ],
    ['s3: obl:agent under a verb that is not passive is no gold agent', 2, { passives: [], agents: [], unaligned: 0 }],
    [
      's4: a conjunct sharing the auxiliary is full',
      3,
      {
        passives: [
          { start: 10, end: 18, form: 'arrested', class: 'full' },
          { start: 23, end: 29, form: 'beaten', class: 'full' },
        ],
        agents: [],
        unaligned: 0,
      },
    ],
    [
      's5: a conjunct with its own subject and no auxiliary is reduced',
      4,
      {
        passives: [
          { start: 7, end: 11, form: 'shot', class: 'full' },
          { start: 24, end: 31, form: 'wounded', class: 'reduced' },
        ],
        agents: [],
        unaligned: 0,
      },
    ],
  ])('%s', (_name, index, expected) => {
    expect(golds[index]).toEqual(expected);
  });

  test('literal: only a verb with its own aux:pass child is full, as ../shared/README.md counts', () => {
    const [, , , coordinated] = parseConllu(CONLLU).map((s) => passiveGold(s, 'literal'));
    expect(coordinated?.passives.map((p) => `${p.form}:${p.class}`)).toEqual(['arrested:full', 'beaten:reduced']);
  });
});

// Gold for the scorer cases: A full, B reduced, C prenominal.
const A: GoldPassive = { start: 0, end: 4, form: 'A', class: 'full' };
const B: GoldPassive = { start: 10, end: 14, form: 'B', class: 'reduced' };
const C: GoldPassive = { start: 20, end: 24, form: 'C', class: 'amod' };
const GOLD = [A, B, C];

describe('judge: one predicted verb against the gold of its sentence', () => {
  test.each<[string, Offsets, Record<Slice, Verdict>]>([
    ['exactly on the full one', { start: 0, end: 4 }, { all: 'tp', full: 'tp', reduced: 'ignored' }],
    ['inside the full one', { start: 2, end: 3 }, { all: 'tp', full: 'tp', reduced: 'ignored' }],
    ['touching A and B without overlap', { start: 4, end: 10 }, { all: 'fp', full: 'fp', reduced: 'fp' }],
    ['on the reduced one', { start: 10, end: 14 }, { all: 'tp', full: 'ignored', reduced: 'tp' }],
    ['on the prenominal one only', { start: 20, end: 24 }, { all: 'ignored', full: 'ignored', reduced: 'ignored' }],
    ['on nothing', { start: 30, end: 35 }, { all: 'fp', full: 'fp', reduced: 'fp' }],
    ['over both A and B', { start: 0, end: 14 }, { all: 'tp', full: 'tp', reduced: 'tp' }],
    ['over B and C', { start: 12, end: 22 }, { all: 'tp', full: 'ignored', reduced: 'tp' }],
  ])('%s', (_name, verb, expected) => {
    for (const slice of ['all', 'full', 'reduced'] as const) expect([slice, judge(verb, GOLD, slice)]).toEqual([slice, expected[slice]]);
  });

  test.each<[string, Offsets, Verdict]>([
    ['on the full one, judged as reduced', { start: 0, end: 4 }, 'fp'],
    ['on the prenominal one only, judged as reduced', { start: 20, end: 24 }, 'ignored'],
    ['on the reduced one, judged as reduced', { start: 10, end: 14 }, 'tp'],
  ])('typed: %s', (_name, verb, expected) => {
    expect(judge(verb, GOLD, 'reduced', 'typed')).toBe(expected);
  });
});

const gold = (passives: GoldPassive[], agents: Offsets[] = [], prenominalAgents: Offsets[] = []): PassiveGold => ({
  passives,
  agents: [...agents.map((a) => ({ ...a, form: '', prenominal: false })), ...prenominalAgents.map((a) => ({ ...a, form: '', prenominal: true }))],
  unaligned: 0,
});
const at = (start: number, end: number, extra: Partial<PassivePrediction> = {}): PassivePrediction => ({
  verb: { start, end },
  ...extra,
});

describe('passiveCounts and scores', () => {
  // Two predictions on A, one on C only, one on nothing; B missed; a second sentence with
  // no gold and one prediction.
  const results: SentenceResult[] = [
    { gold: gold(GOLD), predictions: [at(0, 4), at(0, 3), at(20, 24), at(30, 35)] },
    { gold: gold([]), predictions: [at(1, 5)] },
  ];

  test.each<[Slice, Counts, [number, number, number]]>([
    ['all', { tp: 2, fp: 2, ignored: 1, goldHit: 1, gold: 2 }, [2 / 4, 1 / 2, 1 / 2]],
    ['full', { tp: 2, fp: 2, ignored: 1, goldHit: 1, gold: 1 }, [2 / 4, 1, 2 / 3]],
    ['reduced', { tp: 0, fp: 2, ignored: 3, goldHit: 0, gold: 1 }, [0, 0, 0]],
  ])('slice %s, form-blind', (slice, counts, [precision, recall, f1]) => {
    const c = passiveCounts(results, slice, 'form-blind');
    expect(c).toEqual(counts);
    const s = scores(c);
    expect(s.precision).toBeCloseTo(precision, 10);
    expect(s.recall).toBeCloseTo(recall, 10);
    expect(s.f1).toBeCloseTo(f1, 10);
  });

  // Typed: the same predictions with forms. On A (full gold): one full, one reduced; on C
  // (prenominal) a reduced one; on nothing a get-passive; the second sentence a reduced one.
  const typed: SentenceResult[] = [
    {
      gold: gold(GOLD),
      predictions: [at(0, 4, { form: 'full' }), at(0, 3, { form: 'reduced' }), at(20, 24, { form: 'reduced' }), at(30, 35, { form: 'get' })],
    },
    { gold: gold([]), predictions: [at(1, 5, { form: 'reduced' })] },
  ];

  test.each<[Slice, Counts]>([
    // Every prediction, whatever its form.
    ['all', { tp: 2, fp: 2, ignored: 1, goldHit: 1, gold: 2 }],
    // Full and get predictions: A's full one is right, the get-passive on nothing wrong.
    ['full', { tp: 1, fp: 1, ignored: 0, goldHit: 1, gold: 1 }],
    // Reduced and get predictions: the reduced one on A has the wrong form (wrong), C's is
    // ignored as prenominal, the get-passive on nothing and the second sentence's are wrong;
    // B was not found.
    ['reduced', { tp: 0, fp: 3, ignored: 1, goldHit: 0, gold: 1 }],
  ])('slice %s, typed', (slice, counts) => {
    expect(passiveCounts(typed, slice, 'typed')).toEqual(counts);
  });

  test('typed: a system without forms claims full passives', () => {
    expect(passiveCounts(results, 'full', 'typed')).toEqual(passiveCounts(results, 'full', 'form-blind'));
    expect(passiveCounts(results, 'reduced', 'typed')).toEqual({ tp: 0, fp: 0, ignored: 0, goldHit: 0, gold: 1 });
  });

  test('typed: a get-passive counts in either slice, as EWT gives get-passives either class', () => {
    const onReduced = [{ gold: gold(GOLD), predictions: [at(10, 14, { form: 'get' })] }];
    expect(passiveCounts(onReduced, 'reduced', 'typed')).toEqual({ tp: 1, fp: 0, ignored: 0, goldHit: 1, gold: 1 });
    expect(passiveCounts(onReduced, 'full', 'typed')).toEqual({ tp: 0, fp: 0, ignored: 1, goldHit: 0, gold: 1 });
  });

  test('typed: a gold full passive found only by a reduced prediction is missed in the full slice', () => {
    const found = [{ gold: gold(GOLD), predictions: [at(0, 4, { form: 'reduced' })] }];
    expect(passiveCounts(found, 'full', 'typed').goldHit).toBe(0);
    expect(passiveCounts(found, 'full', 'form-blind').goldHit).toBe(1);
  });

  test.each<[string, Counts, [number | null, number | null, number | null]]>([
    ['nothing predicted, no gold', { tp: 0, fp: 0, ignored: 0, goldHit: 0, gold: 0 }, [null, null, null]],
    ['predictions but no gold', { tp: 0, fp: 3, ignored: 0, goldHit: 0, gold: 0 }, [0, null, null]],
    ['gold but nothing predicted', { tp: 0, fp: 0, ignored: 2, goldHit: 0, gold: 4 }, [null, 0, null]],
    ['all wrong', { tp: 0, fp: 1, ignored: 0, goldHit: 0, gold: 1 }, [0, 0, 0]],
  ])('scores when undefined: %s', (_name, counts, expected) => {
    const s = scores(counts);
    expect([s.precision, s.recall, s.f1]).toEqual(expected);
  });
});

describe('agentCounts', () => {
  test('overlap with a gold obl:agent token; null and absent agents are not predictions', () => {
    const results: SentenceResult[] = [
      {
        gold: gold([A], [{ start: 40, end: 46 }, { start: 50, end: 55 }]),
        predictions: [
          at(0, 4, { agent: { start: 38, end: 46 } }),
          at(0, 4, { agent: { start: 42, end: 44 } }),
          at(0, 4, { agent: null }),
          at(30, 35, { agent: { start: 60, end: 62 } }),
          at(0, 4),
        ],
      },
      { gold: gold([], [{ start: 5, end: 9 }]), predictions: [] },
    ];
    expect(agentCounts(results)).toEqual({ tp: 2, fp: 1, ignored: 0, goldHit: 1, gold: 3 });
  });

  test('the agents of prenominal participles are neither right nor wrong, like their verbs', () => {
    const prenominal: GoldPassive = { start: 10, end: 16, form: 'stolen', class: 'amod' };
    const results: SentenceResult[] = [
      {
        // "the works [stolen] by the Nazis" with UD's by-phrase on the noun: no gold agent.
        gold: gold([prenominal]),
        predictions: [at(10, 16, { agent: { start: 24, end: 29 } })],
      },
      {
        // A gold agent under a prenominal participle: found or not, it does not count.
        gold: gold([prenominal], [], [{ start: 24, end: 29 }]),
        predictions: [at(10, 16, { agent: { start: 24, end: 29 } })],
      },
      { gold: gold([prenominal], [], [{ start: 24, end: 29 }]), predictions: [] },
      // The same agent on a verb that is not prenominal is a false positive.
      { gold: gold([]), predictions: [at(10, 16, { agent: { start: 24, end: 29 } })] },
    ];
    expect(agentCounts(results)).toEqual({ tp: 0, fp: 1, ignored: 2, goldHit: 0, gold: 0 });
  });
});

describe('formAgreement', () => {
  test('full goes with gold full, reduced with gold reduced, get with either; unmatched, prenominal and form-less ones are left out', () => {
    const results: SentenceResult[] = [
      {
        gold: gold(GOLD),
        predictions: [
          at(0, 4, { form: 'full' }),
          at(0, 4, { form: 'get' }),
          at(10, 14, { form: 'get' }),
          at(10, 14, { form: 'full' }),
          at(1, 2, { form: 'reduced' }),
          at(20, 24, { form: 'full' }),
          at(30, 35, { form: 'reduced' }),
          at(10, 14),
        ],
      },
    ];
    expect(formAgreement(results)).toEqual({ matched: 5, agree: 3, fullAsReduced: 1, reducedAsFull: 1 });
  });
});

describe('binaryCounts (PassivePy, sentence level)', () => {
  test('TP, FP, FN and accuracy', () => {
    const c = binaryCounts([
      { gold: true, predicted: true },
      { gold: true, predicted: false },
      { gold: false, predicted: true },
      { gold: false, predicted: false },
      { gold: false, predicted: false },
    ]);
    expect(c).toEqual({ tp: 1, fp: 1, ignored: 0, goldHit: 1, gold: 2, correct: 3, total: 5 });
    expect(scores(c)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });
});
