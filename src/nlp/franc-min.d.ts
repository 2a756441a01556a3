// franc-min 5 ships no types: the part of its API used here (src/nlp/language.ts).
declare module 'franc-min' {
  interface Options {
    only?: string[];
    ignore?: string[];
    minLength?: number;
  }
  function franc(text: string, options?: Options): string;
  namespace franc {
    /** [code, score] pairs, best first; scores relative to the best (1). */
    function all(text: string, options?: Options): Array<[string, number]>;
  }
  export = franc;
}
