// Synthetic headlines for the benchmarks: deterministic, about 10 words, in the forms the
// detectors meet (active, reduced and full passives, "dead after", "lose their lives",
// "died"), varied enough not to repeat within tens of thousands. Load only, not accuracy.

export const OUTLETS = ['The Example Herald', 'Sample Daily', 'The Placeholder Post', 'Demo News Network', 'The Illustrative Times'];
const WHO = ['Police', 'Soldiers', 'Security forces', 'Gunmen', 'Militia fighters', 'Guards', 'Troops', 'Riot police'];
const WHOM = ['protesters', 'civilians', 'villagers', 'detainees', 'students', 'workers', 'journalists', 'farmers'];
const PLACES = ['Harbour Square', 'the Kessel Valley', 'Northgate', 'Dunmore', 'Port Averna', 'the old market', 'the border town'];
const TEMPLATES: ((n: number, who: string, whom: string, place: string) => string)[] = [
  (n, who, whom, place) => `${who} shoot dead ${n} ${whom} in ${place} on Tuesday`,
  (n, _who, whom, place) => `${n} ${whom} killed as clashes erupt in ${place}`,
  (n, who, whom, place) => `${n} ${whom} were shot by ${who.toLowerCase()} near ${place}, witnesses say`,
  (n, _who, whom, place) => `${n} ${whom} dead after ${place} market is hit in an air operation`,
  (n, _who, whom, place) => `${n} ${whom} lose their lives in incident at ${place}`,
  (n, who, whom, place) => `Ministry says ${who.toLowerCase()} acted in self-defence after ${n} ${whom} died in ${place}`,
];

export function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length] as T;
}

/** The i-th synthetic headline. */
export function syntheticHeadline(i: number): string {
  return pick(TEMPLATES, i)(2 + (i % 97), pick(WHO, i >> 3), pick(WHOM, i >> 6), pick(PLACES, i >> 9));
}
