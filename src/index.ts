// The package's entry: re-exports only.
export { analyze, parse } from './analyze';
export type { AnalyzeOptions } from './analyze';
export * from './types';
