/**
 * The comparison table: one row per CRS factor (and the total, sections, programs), one cell per
 * scenario, each cell marked up or down against the first scenario.
 */

export interface CrsFactor {
  readonly factor: string;
  readonly section: string;
  readonly points: number;
  readonly max: number;
}

/** The parts of an assessment (POST /api/assess) the comparison reads. */
export interface AssessmentLike {
  readonly crs: { readonly total: number; readonly factors: readonly CrsFactor[] };
  readonly programs?: Readonly<Record<string, { readonly program: string; readonly eligible: boolean }>>;
  readonly categories?: readonly { readonly id: string; readonly eligible: boolean }[];
}

export type Change = 'same' | 'up' | 'down';

export interface CompareCell {
  readonly value: number | boolean | null;
  readonly change: Change;
}

export interface CompareRow {
  /** `total`, `factor:<id>`, `program:<FSW>` or `categories`. */
  readonly key: string;
  readonly kind: 'total' | 'factor' | 'program' | 'categories';
  readonly id: string;
  readonly max: number | null;
  readonly cells: readonly CompareCell[];
  /** Some scenario differs from the first. */
  readonly differs: boolean;
}

function changeOf(value: number | boolean | null, base: number | boolean | null): Change {
  if (value === base || value === null || base === null) return 'same';
  return Number(value) > Number(base) ? 'up' : 'down';
}

function row(
  kind: CompareRow['kind'],
  id: string,
  max: number | null,
  values: readonly (number | boolean | null)[],
): CompareRow {
  const base = values[0] ?? null;
  const cells = values.map((value) => ({ value, change: changeOf(value, base) }));
  return {
    key: kind === 'total' || kind === 'categories' ? kind : `${kind}:${id}`,
    kind,
    id,
    max,
    cells,
    differs: cells.some((cell) => cell.change !== 'same'),
  };
}

/**
 * Rows for scenarios side by side; a missing assessment (a scenario that failed) shows null.
 * @example compareRows([a, b])[0] //=> { key: 'total', cells: [{ value: 485, change: 'same' }, { value: 547, change: 'up' }], ... }
 */
export function compareRows(assessments: readonly (AssessmentLike | null)[]): CompareRow[] {
  const first = assessments.find((assessment) => assessment !== null);
  if (!first) return [];
  const factorIds = [
    ...new Set(assessments.flatMap((assessment) => assessment?.crs.factors.map((f) => f.factor) ?? [])),
  ];
  const programIds = Object.keys(first.programs ?? {});
  const factorOf = (assessment: AssessmentLike | null, id: string) =>
    assessment?.crs.factors.find((factor) => factor.factor === id);
  return [
    row(
      'total',
      'total',
      1200,
      assessments.map((assessment) => assessment?.crs.total ?? null),
    ),
    ...factorIds.map((id) =>
      row(
        'factor',
        id,
        Math.max(...assessments.map((assessment) => factorOf(assessment, id)?.max ?? 0)),
        assessments.map((assessment) => (assessment ? (factorOf(assessment, id)?.points ?? 0) : null)),
      ),
    ),
    ...programIds.map((id) =>
      row(
        'program',
        first.programs?.[id]?.program ?? id,
        null,
        assessments.map((assessment) => assessment?.programs?.[id]?.eligible ?? null),
      ),
    ),
    row(
      'categories',
      'categories',
      null,
      assessments.map((assessment) =>
        assessment ? (assessment.categories ?? []).filter((category) => category.eligible).length : null,
      ),
    ),
  ];
}
