/** Draws: every round since 2015, filtered, with charts and the latest pool distribution. */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { api } from '../api';
import { SelectField } from '../components/fields';
import { ProblemView } from '../components/problem';
import type { ChartLabels } from '../draws/charts';
import { type CategoryName, loadAllRounds, loadCategoryNames } from '../draws/data';
import { latestDistribution, type RoundRow, roundGroup } from '../draws/series';
import { formatNumber, type I18n, useI18n } from '../i18n';
import { useAppState } from '../state';

const Charts = lazy(() => import('../draws/charts'));

type KindFilter = '' | 'general' | 'program' | 'category';

interface Filters {
  kind: KindFilter;
  program: string;
  category: string;
  year: string;
}

const PROGRAMS = ['CEC', 'FSW', 'FST', 'PNP'];

function kindLabel(round: RoundRow, names: Map<string, string>, { t }: I18n): string {
  if (round.kind.type === 'general') return t('draws.kind.general');
  if (round.kind.type === 'program') return t('draws.kind.program', { program: round.kind.program ?? '' });
  return names.get(roundGroup(round.kind)) ?? round.name;
}

function Distribution({
  rounds,
  score,
}: {
  readonly rounds: readonly RoundRow[];
  readonly score: number | null;
}) {
  const { lang, t } = useI18n();
  const distribution = latestDistribution(rounds, score);
  if (!distribution) return null;
  const largest = Math.max(...distribution.bars.map((bar) => bar.count), 1);
  return (
    <section className="card" aria-labelledby="distribution-heading">
      <h2 id="distribution-heading">
        {t('draws.distribution', { asOf: distribution.asOf, round: distribution.round })}
      </h2>
      <p className="muted">
        {t('draws.distribution-total', { total: formatNumber(lang, distribution.total) })}{' '}
        {score === null ? t('draws.distribution-no-score') : t('draws.distribution-score', { score })}
      </p>
      <table className="bars" data-testid="distribution">
        <caption className="sr-only">{t('draws.distribution-caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('draws.range')}</th>
            <th scope="col">{t('draws.profiles')}</th>
          </tr>
        </thead>
        <tbody>
          {[...distribution.bars].reverse().map((bar) => (
            <tr key={bar.label} className={bar.mine ? 'mine' : undefined}>
              <th scope="row">
                {bar.label}
                {bar.mine ? <span className="you"> ◀ {t('draws.you')}</span> : null}
              </th>
              <td>
                <span
                  className="bar"
                  style={{ width: `${(bar.count / largest) * 100}%` }}
                  aria-hidden="true"
                />
                <span className="count">{formatNumber(lang, bar.count)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function DrawsPage() {
  const i18n = useI18n();
  const { lang, t } = i18n;
  const { last } = useAppState();
  const [all, setAll] = useState<RoundRow[] | null>(null);
  const [rounds, setRounds] = useState<RoundRow[] | null>(null);
  const [filters, setFilters] = useState<Filters>({ kind: '', program: '', category: '', year: '' });
  const [error, setError] = useState<unknown>(null);
  const [showCharts, setShowCharts] = useState(true);

  useEffect(() => {
    loadAllRounds().then(setAll).catch(setError);
  }, []);

  useEffect(() => {
    const query = {
      kind: filters.kind || undefined,
      program: filters.kind === 'program' ? filters.program || undefined : undefined,
      category: filters.kind === 'category' ? filters.category || undefined : undefined,
      year: filters.year || undefined,
    };
    let cancelled = false;
    api<RoundRow[]>('GET', '/api/draws', { query })
      .then((found) => {
        if (!cancelled) {
          setRounds(found);
          setError(null);
        }
      })
      .catch((caught: unknown) => !cancelled && setError(caught));
    return () => {
      cancelled = true;
    };
  }, [filters]);

  const [names, setNames] = useState<Map<string, CategoryName>>(new Map());
  useEffect(() => {
    loadCategoryNames()
      .then(setNames)
      .catch(() => setNames(new Map()));
  }, []);
  /** Category id → its name in the language; ids of every round are listed, named or not. */
  const categoryNames = useMemo(() => {
    const result = new Map<string, string>();
    for (const round of all ?? [])
      if (round.kind.type === 'category') {
        const id = roundGroup(round.kind);
        const name = names.get(id);
        result.set(id, name ? (lang === 'fr' ? name.nameFr : name.name) : id);
      }
    return new Map([...result].sort((a, b) => a[1].localeCompare(b[1], lang)));
  }, [all, names, lang]);
  const years = useMemo(
    () => [...new Set((all ?? []).map((round) => round.date.slice(0, 4)))].reverse(),
    [all],
  );

  const labels = useMemo<ChartLabels>(
    () => ({
      lowestTitle: t('draws.chart-lowest'),
      invitationsTitle: t('draws.chart-invitations'),
      score: t('draws.column.lowest'),
      invitations: t('draws.column.size'),
      myScore: t('draws.my-score'),
      groupName: (group) =>
        group === 'general'
          ? t('draws.kind.general')
          : PROGRAMS.includes(group)
            ? group
            : (categoryNames.get(group) ?? group),
    }),
    [t, categoryNames],
  );

  const shown = rounds ? [...rounds].reverse() : [];
  const invitations = shown.reduce((sum, round) => sum + round.size, 0);
  const set = (patch: Partial<Filters>) => setFilters((old) => ({ ...old, ...patch }));

  return (
    <>
      <h1 tabIndex={-1}>{t('draws.title')}</h1>
      <p className="lead">{t('draws.lead')}</p>
      <form
        className="card filters"
        aria-label={t('draws.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="grid">
          <SelectField
            label={t('draws.filter.kind')}
            name="kind"
            value={filters.kind}
            options={[
              { value: '' as KindFilter, label: t('draws.filter.all') },
              { value: 'general', label: t('draws.kind.general') },
              { value: 'program', label: t('draws.filter.program-rounds') },
              { value: 'category', label: t('draws.filter.category-rounds') },
            ]}
            onChange={(kind) => set({ kind, program: '', category: '' })}
          />
          {filters.kind === 'program' ? (
            <SelectField
              label={t('draws.filter.program')}
              name="program"
              value={filters.program}
              options={[
                { value: '', label: t('draws.filter.all') },
                ...PROGRAMS.map((p) => ({ value: p, label: p })),
              ]}
              onChange={(program) => set({ program })}
            />
          ) : null}
          {filters.kind === 'category' ? (
            <SelectField
              label={t('draws.filter.category')}
              name="category"
              value={filters.category}
              options={[
                { value: '', label: t('draws.filter.all') },
                ...[...categoryNames].map(([id, name]) => ({ value: id, label: name })),
              ]}
              onChange={(category) => set({ category })}
            />
          ) : null}
          <SelectField
            label={t('draws.filter.year')}
            name="year"
            value={filters.year}
            options={[
              { value: '', label: t('draws.filter.all') },
              ...years.map((year) => ({ value: year, label: year })),
            ]}
            onChange={(year) => set({ year })}
          />
        </div>
      </form>
      <ProblemView error={error} />
      {rounds ? (
        <p role="status" data-testid="draws-summary">
          {t('draws.summary', { count: shown.length, invitations: formatNumber(lang, invitations) })}
        </p>
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}

      {rounds && rounds.length > 0 ? (
        <section className="card" aria-labelledby="charts-heading">
          <div className="heading-row">
            <h2 id="charts-heading">{t('draws.charts')}</h2>
            <button
              type="button"
              className="link"
              aria-expanded={showCharts}
              onClick={() => setShowCharts(!showCharts)}
            >
              {showCharts ? t('draws.hide-charts') : t('draws.show-charts')}
            </button>
          </div>
          {showCharts ? (
            <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
              <Charts rounds={rounds} myScore={last?.total ?? null} labels={labels} />
            </Suspense>
          ) : null}
        </section>
      ) : null}

      {all ? <Distribution rounds={all} score={last?.total ?? null} /> : null}

      {rounds ? (
        <section className="card" aria-labelledby="rounds-heading">
          <h2 id="rounds-heading">{t('draws.rounds')}</h2>
          <div className="table-wrap tall">
            <table className="rounds" data-testid="draws-table">
              <caption className="sr-only">{t('draws.rounds')}</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('draws.column.date')}</th>
                  <th scope="col">{t('draws.column.kind')}</th>
                  <th scope="col" className="num">
                    {t('draws.column.size')}
                  </th>
                  <th scope="col" className="num">
                    {t('draws.column.lowest')}
                  </th>
                  <th scope="col">{t('draws.column.tie-break')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((round) => (
                  <tr key={round.number}>
                    <td>{round.number}</td>
                    <td className="nowrap">{round.date}</td>
                    <td>{kindLabel(round, categoryNames, i18n)}</td>
                    <td className="num">{formatNumber(lang, round.size)}</td>
                    <td className="num">{round.lowestScore ?? '—'}</td>
                    <td className="nowrap">
                      {round.tieBreak ? round.tieBreak.replace('T', ' ').replace('Z', '') : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown.length === 0 ? <p>{t('draws.none')}</p> : null}
        </section>
      ) : null}
    </>
  );
}
