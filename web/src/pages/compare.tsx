/** Compare: the current profile and one or two changed versions of it, factor by factor. */
import { useEffect, useState } from 'react';
import { api } from '../api';
import { type AssessmentLike, type CompareCell, type CompareRow, compareRows } from '../compare/rows';
import { SCENARIO_KINDS, type ScenarioKind, scenarioProfile } from '../compare/scenarios';
import { SelectField } from '../components/fields';
import { ProblemView } from '../components/problem';
import { type I18n, ruleMessage, type UiKey, useI18n } from '../i18n';
import { profileFromForm } from '../profile/model';
import { routeHash } from '../route';
import { useAppState } from '../state';

/** A preset change of the current profile, a saved profile (`saved:<id>`), or nothing. */
type Slot = ScenarioKind | 'none' | `saved:${string}`;

interface SavedSummary {
  readonly id: string;
  readonly name: string;
}

/** One column of the comparison: its heading and the profile assessed (null when it does not apply). */
interface Column {
  readonly heading: string;
  readonly kind: ScenarioKind | 'saved';
}

function cellText(cell: CompareCell, row: CompareRow, { t }: I18n): string {
  if (cell.value === null) return '—';
  if (typeof cell.value === 'boolean') return cell.value ? t('label.eligible') : t('label.not-eligible');
  return row.max !== null && row.kind === 'factor' ? `${cell.value} / ${row.max}` : String(cell.value);
}

function rowLabel(row: CompareRow, { lang, t }: I18n): string {
  if (row.kind === 'total') return t('compare.total');
  if (row.kind === 'categories') return t('compare.categories');
  if (row.kind === 'program') return row.id;
  return ruleMessage(lang, `crs.factor.${row.id}`, {}, row.id);
}

export function ComparePage() {
  const i18n = useI18n();
  const { lang, t } = i18n;
  const { form, on, account } = useAppState();
  const [slots, setSlots] = useState<[Slot, Slot]>(['english-retake', 'french']);
  const [saved, setSaved] = useState<readonly SavedSummary[]>([]);
  const [result, setResult] = useState<{
    columns: Column[];
    rows: CompareRow[];
    missing: ScenarioKind[];
  } | null>(null);

  // A logged-in user can also compare with any of their saved profiles.
  useEffect(() => {
    if (!account) {
      setSaved([]);
      return;
    }
    api<SavedSummary[]>('GET', '/api/profiles').then(setSaved, () => setSaved([]));
  }, [account]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [onlyDifferences, setOnlyDifferences] = useState(false);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const base = profileFromForm(form);
      const chosen = slots.filter((slot) => slot !== 'none');
      const missing: ScenarioKind[] = [];
      const scenarios = await Promise.all(
        (['current', ...chosen] as Slot[]).map(
          async (slot): Promise<{ column: Column; profile: unknown }> => {
            if (slot.startsWith('saved:')) {
              const id = slot.slice('saved:'.length);
              const stored = await api<{ name: string; versions: { profile: unknown }[] }>(
                'GET',
                `/api/profiles/${id}`,
              );
              return {
                column: { heading: stored.name, kind: 'saved' },
                profile: stored.versions[0]?.profile ?? null,
              };
            }
            const kind = slot as ScenarioKind;
            const profile = scenarioProfile(kind, base, on);
            if (profile === null) missing.push(kind);
            return { column: { heading: t(`compare.kind.${kind}` as UiKey), kind }, profile };
          },
        ),
      );
      const columns = scenarios.map((scenario) => scenario.column);
      const profiles = scenarios.map((scenario) => scenario.profile);
      const assessments = await Promise.all(
        profiles.map((profile) =>
          profile
            ? api<AssessmentLike>('POST', '/api/assess', { query: { on, lang }, body: profile })
            : Promise.resolve(null),
        ),
      );
      setResult({ columns, rows: compareRows(assessments), missing });
    } catch (caught) {
      setError(caught);
      setResult(null);
    } finally {
      setBusy(false);
    }
  };

  const slotOptions = [
    ...SCENARIO_KINDS.filter((kind) => kind !== 'current').map((kind) => ({
      value: kind as Slot,
      label: t(`compare.kind.${kind}` as UiKey),
    })),
    ...saved.map((profile) => ({
      value: `saved:${profile.id}` as Slot,
      label: t('compare.kind.saved', { name: profile.name }),
    })),
    { value: 'none' as Slot, label: t('compare.kind.none') },
  ];

  return (
    <>
      <h1 tabIndex={-1}>{t('compare.title')}</h1>
      <p className="lead">{t('compare.lead', { on })}</p>
      {!form.birthDate ? (
        <p className="notice">
          {t('compare.no-profile')} <a href={routeHash('check')}>{t('nav.check')}</a>
        </p>
      ) : null}
      <form
        className="card"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <div className="grid">
          <p className="field">
            <span className="label">{t('compare.scenario', { n: 1 })}</span>
            <span>{t('compare.kind.current')}</span>
          </p>
          <SelectField
            label={t('compare.scenario', { n: 2 })}
            value={slots[0]}
            options={slotOptions}
            onChange={(value) => setSlots([value, slots[1]])}
          />
          <SelectField
            label={t('compare.scenario', { n: 3 })}
            value={slots[1]}
            options={slotOptions}
            onChange={(value) => setSlots([slots[0], value])}
          />
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || !form.birthDate}>
            {busy ? t('check.assessing') : t('compare.run')}
          </button>
        </div>
      </form>
      <ProblemView error={error} />
      {result ? (
        <section className="card" aria-labelledby="compare-heading">
          <h2 id="compare-heading">{t('compare.result', { on })}</h2>
          {result.missing.map((kind) => (
            <p key={kind} className="notice">
              {t(`compare.missing.${kind}` as UiKey)}
            </p>
          ))}
          <div className="field check">
            <input
              id="only-differences"
              type="checkbox"
              checked={onlyDifferences}
              onChange={(event) => setOnlyDifferences(event.target.checked)}
            />
            <label htmlFor="only-differences">{t('compare.only-differences')}</label>
          </div>
          <div className="table-wrap">
            <table className="compare">
              <caption className="sr-only">{t('compare.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('check.factor')}</th>
                  {result.columns.map((column, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: one heading per scenario column.
                    <th scope="col" key={index} className="num">
                      {column.heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.rows
                  .filter((row) => !onlyDifferences || row.differs || row.kind === 'total')
                  .map((row) => (
                    <tr key={row.key} className={`${row.kind}${row.differs ? ' differs' : ''}`}>
                      <th scope="row">{rowLabel(row, i18n)}</th>
                      {row.cells.map((cell, index) => (
                        <td
                          // biome-ignore lint/suspicious/noArrayIndexKey: one cell per scenario column.
                          key={index}
                          className={`num change-${cell.change}`}
                          data-testid={row.kind === 'total' ? `compare-total-${index}` : undefined}
                        >
                          {cellText(cell, row, i18n)}
                          {cell.change !== 'same' ? (
                            <>
                              <span aria-hidden="true">{cell.change === 'up' ? ' ▲' : ' ▼'}</span>
                              <span className="sr-only">
                                {' '}
                                {cell.change === 'up' ? t('compare.up') : t('compare.down')}
                              </span>
                            </>
                          ) : null}
                        </td>
                      ))}
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{t('compare.legend')}</p>
        </section>
      ) : null}
    </>
  );
}
