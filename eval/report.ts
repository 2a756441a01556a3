// Plain-text rendering of sections, tables and targets.

import { ratio } from './score';
import type { Section, Table, Target } from './section';

/** A score with three decimals, or "–" when undefined. */
export function fmt(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}

/** "0.944 (34/36)" */
export function fmtRatio(numerator: number, denominator: number): string {
  return `${fmt(ratio(numerator, denominator))} (${numerator}/${denominator})`;
}

/** First column left-aligned, the others right-aligned. */
export function renderTable(table: Table): string {
  const lines = [table.head, ...table.rows];
  const widths = table.head.map((_, col) => Math.max(...lines.map((row) => (row[col] ?? '').length)));
  const render = (row: readonly string[]): string =>
    widths
      .map((width, col) => (col === 0 ? (row[col] ?? '').padEnd(width) : (row[col] ?? '').padStart(width)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [table.title, render(table.head), rule, ...table.rows.map(render)].join('\n');
}

export function renderSection(section: Section): string {
  const parts = [`== ${section.title} ==`, section.notes.join('\n'), ...section.tables.map(renderTable)];
  if (section.errors.length > 0) parts.push(['Errors (framing)', ...section.errors].join('\n'));
  return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

export function isMet(target: Target): boolean {
  return target.value !== null && target.value >= target.min;
}

export function renderTargets(targets: readonly Target[]): string {
  const lines = targets.map(
    (t) => `${isMet(t) ? 'met    ' : 'NOT met'}  ${t.label} ≥ ${t.min.toFixed(2)}: ${fmt(t.value)}`,
  );
  return ['== Targets ==', ...lines].join('\n') + '\n';
}
