/** Simulator: where the profile stands in the published pool, and rounds run over a pool of one's own. */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { SelectField, TextField } from '../components/fields';
import { ProblemView } from '../components/problem';
import { type CategoryName, loadCategoryNames } from '../draws/data';
import { formatNumber, ruleMessage, useI18n } from '../i18n';
import { profileFromForm } from '../profile/model';
import { routeHash } from '../route';
import { useAppState } from '../state';

interface Standing {
  readonly on: string;
  readonly crs: number;
  readonly ruleset: string;
  readonly rank: { round: string; asOf: string; total: number; rank: number; topPercent: number } | null;
  readonly rounds: readonly {
    number: string;
    date: string;
    round: string;
    lowestScore: number | null;
    tieBreak: string | null;
    crs: number;
    outcome: string;
    missing?: string;
  }[];
}

interface Pool {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly source: string;
  readonly params: Record<string, unknown>;
  readonly createdAt: string;
}

interface PoolRound {
  readonly id: string;
  readonly at: string;
  readonly kind: { type: string; program?: string; category?: string };
  readonly size: number;
  readonly lowestScore: number | null;
  readonly tieBreak: string | null;
  readonly rankRequired: number | null;
  readonly eligibleCount: number;
  readonly invitedCount: number;
  readonly counts: { byProgram: Record<string, number>; byCategory: Record<string, number> };
}

function roundName(round: string, names: Map<string, CategoryName>, lang: string): string {
  const name = names.get(round.split('@')[0] ?? round);
  return name ? (lang === 'fr' ? name.nameFr : name.name) : round;
}

function WhereIStand() {
  const { lang, t } = useI18n();
  const [names, setNames] = useState<Map<string, CategoryName>>(new Map());
  useEffect(() => {
    loadCategoryNames()
      .then(setNames)
      .catch(() => setNames(new Map()));
  }, []);
  const { form, on } = useAppState();
  const [standing, setStanding] = useState<Standing | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setStanding(
        await api<Standing>('POST', '/api/standing', { query: { on, lang }, body: profileFromForm(form) }),
      );
    } catch (caught) {
      setError(caught);
      setStanding(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="stand-heading">
      <h2 id="stand-heading">{t('sim.stand')}</h2>
      <p>{t('sim.stand-lead', { on })}</p>
      {!form.birthDate ? (
        <p className="notice">
          {t('compare.no-profile')} <a href={routeHash('check')}>{t('nav.check')}</a>
        </p>
      ) : null}
      <button type="button" className="primary" onClick={() => void run()} disabled={busy || !form.birthDate}>
        {t('sim.stand-run')}
      </button>
      <ProblemView error={error} />
      {standing ? (
        <div data-testid="standing">
          <p className="score">
            <span className="total">{standing.crs}</span>{' '}
            <span className="muted">CRS · {standing.ruleset}</span>
          </p>
          <p>
            {standing.rank
              ? ruleMessage(lang, 'standing.rank', {
                  ...standing.rank,
                  rank: formatNumber(lang, standing.rank.rank),
                  total: formatNumber(lang, standing.rank.total),
                  topPercent: formatNumber(lang, standing.rank.topPercent),
                })
              : ruleMessage(lang, 'standing.no-distribution')}
          </p>
          <div className="table-wrap">
            <table>
              <caption>{t('sim.recent-rounds')}</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('draws.column.date')}</th>
                  <th scope="col">{t('draws.column.kind')}</th>
                  <th scope="col" className="num">
                    {t('sim.cut-off')}
                  </th>
                  <th scope="col">{t('sim.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {standing.rounds.map((round) => (
                  <tr key={round.number} className={round.outcome === 'invited' ? 'change-up' : undefined}>
                    <td>{round.number}</td>
                    <td className="nowrap">{round.date}</td>
                    <td>{roundName(round.round, names, lang)}</td>
                    <td className="num">{round.lowestScore ?? '—'}</td>
                    <td>
                      {ruleMessage(
                        lang,
                        `standing.outcome.${round.outcome}`,
                        {
                          ...round,
                          missing: round.missing?.includes('@')
                            ? roundName(round.missing, names, lang)
                            : round.missing,
                        },
                        round.outcome,
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** An ISO instant as `2026-06-01 14:00:00`, the zone being said by the column (UTC). */
const utc = (instant: string) => instant.replace('T', ' ').replace(/(\.\d+)?Z$/, '');

function countsText(counts: Record<string, number>, names: Map<string, CategoryName>, lang: string): string {
  const entries = Object.entries(counts).filter(([, count]) => count > 0);
  if (entries.length === 0) return '—';
  return entries
    .map(([key, count]) => {
      const name = names.get(key.split('@')[0] ?? key);
      return `${name ? (lang === 'fr' ? name.nameFr : name.name) : key}: ${count}`;
    })
    .join(' · ');
}

function RoundView({
  round,
  names,
}: {
  readonly round: PoolRound;
  readonly names: Map<string, CategoryName>;
}) {
  const { lang, t } = useI18n();
  return (
    <dl className="facts-list" data-testid="round-result">
      <dt>{t('sim.cut-off')}</dt>
      <dd data-testid="round-cut-off">{round.lowestScore ?? t('sim.nobody')}</dd>
      <dt>{t('draws.column.tie-break')}</dt>
      <dd>{round.tieBreak ? utc(round.tieBreak) : '—'}</dd>
      <dt>{t('sim.rank-required')}</dt>
      <dd>{round.rankRequired ?? '—'}</dd>
      <dt>{t('sim.invited')}</dt>
      <dd>
        {t('sim.invited-of', {
          invited: formatNumber(lang, round.invitedCount),
          size: formatNumber(lang, round.size),
          eligible: formatNumber(lang, round.eligibleCount),
        })}
      </dd>
      <dt>{t('sim.by-program')}</dt>
      <dd>{countsText(round.counts.byProgram, names, lang)}</dd>
      <dt>{t('sim.by-category')}</dt>
      <dd>{countsText(round.counts.byCategory, names, lang)}</dd>
    </dl>
  );
}

function Pools() {
  const { lang, t } = useI18n();
  const { on } = useAppState();
  const [pools, setPools] = useState<Pool[] | null>(null);
  const [poolId, setPoolId] = useState('');
  const [rounds, setRounds] = useState<PoolRound[]>([]);
  const [names, setNames] = useState<Map<string, CategoryName>>(new Map());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'' | 'generate' | 'round'>('');
  const [generate, setGenerate] = useState({ name: '', size: '2000', asOf: on, seed: '1' });
  const [round, setRound] = useState({
    at: `${on}T14:00`,
    kind: 'general' as 'general' | 'program' | 'category',
    program: 'CEC',
    category: 'healthcare',
    size: '500',
  });
  const [lastRound, setLastRound] = useState<PoolRound | null>(null);

  const refresh = useCallback(async (select?: string) => {
    const list = await api<Pool[]>('GET', '/api/pools');
    setPools(list);
    setPoolId(
      (current) => select ?? (list.some((pool) => pool.id === current) ? current : (list[0]?.id ?? '')),
    );
  }, []);

  useEffect(() => {
    refresh().catch(setError);
    loadCategoryNames()
      .then(setNames)
      .catch(() => setNames(new Map()));
  }, [refresh]);

  useEffect(() => {
    setLastRound(null);
    if (!poolId) return setRounds([]);
    api<PoolRound[]>('GET', `/api/pools/${poolId}/rounds`).then(setRounds).catch(setError);
  }, [poolId]);

  const onGenerate = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('generate');
    setError(null);
    try {
      const pool = await api<Pool>('POST', '/api/pools', {
        body: {
          name: generate.name.trim() || t('sim.pool-default-name', { asOf: generate.asOf }),
          generate: { size: Number(generate.size), asOf: generate.asOf, seed: Number(generate.seed) },
        },
      });
      await refresh(pool.id);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy('');
    }
  };

  const onRound = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('round');
    setError(null);
    try {
      const result = await api<PoolRound>('POST', `/api/pools/${poolId}/rounds`, {
        body: {
          at: `${round.at.length === 16 ? `${round.at}:00` : round.at}Z`,
          kind: round.kind,
          ...(round.kind === 'program' ? { program: round.program } : {}),
          ...(round.kind === 'category' ? { category: round.category } : {}),
          size: Number(round.size),
        },
      });
      setLastRound(result);
      setRounds(await api<PoolRound[]>('GET', `/api/pools/${poolId}/rounds`));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy('');
    }
  };

  const kindText = (kind: PoolRound['kind']) =>
    kind.type === 'general'
      ? t('draws.kind.general')
      : kind.type === 'program'
        ? (kind.program ?? '')
        : (() => {
            const name = names.get((kind.category ?? '').split('@')[0] ?? '');
            return name ? (lang === 'fr' ? name.nameFr : name.name) : (kind.category ?? '');
          })();

  return (
    <>
      <section className="card" aria-labelledby="generate-heading">
        <h2 id="generate-heading">{t('sim.generate')}</h2>
        <p className="muted">{t('sim.generate-lead')}</p>
        <form onSubmit={onGenerate}>
          <div className="grid">
            <TextField
              label={t('sim.pool-name')}
              name="poolName"
              value={generate.name}
              placeholder={t('sim.pool-default-name', { asOf: generate.asOf })}
              onChange={(name) => setGenerate({ ...generate, name })}
            />
            <TextField
              className="narrow"
              label={t('sim.pool-size')}
              name="poolSize"
              type="number"
              min={1}
              max={200000}
              value={generate.size}
              onChange={(size) => setGenerate({ ...generate, size })}
            />
            <TextField
              label={t('sim.as-of')}
              type="date"
              value={generate.asOf}
              onChange={(asOf) => setGenerate({ ...generate, asOf })}
            />
            <TextField
              className="narrow"
              label={t('sim.seed')}
              type="number"
              value={generate.seed}
              onChange={(seed) => setGenerate({ ...generate, seed })}
            />
          </div>
          <button type="submit" className="primary" disabled={busy !== ''}>
            {busy === 'generate' ? t('sim.generating') : t('sim.generate-run')}
          </button>
        </form>
      </section>

      <section className="card" aria-labelledby="round-heading">
        <h2 id="round-heading">{t('sim.round')}</h2>
        {pools && pools.length === 0 ? <p>{t('sim.no-pools')}</p> : null}
        {pools && pools.length > 0 ? (
          <form onSubmit={onRound}>
            <div className="grid">
              <SelectField
                className="wide"
                label={t('sim.pool')}
                name="pool"
                value={poolId}
                options={pools.map((pool) => ({
                  value: pool.id,
                  label: `${pool.name} (${formatNumber(lang, pool.size)})`,
                }))}
                onChange={setPoolId}
              />
              <TextField
                className="wide"
                label={t('sim.at')}
                type="datetime-local"
                value={round.at}
                hint={t('sim.at-hint')}
                onChange={(at) => setRound({ ...round, at })}
              />
              <SelectField
                label={t('draws.column.kind')}
                name="roundKind"
                value={round.kind}
                options={[
                  { value: 'general', label: t('draws.kind.general') },
                  { value: 'program', label: t('draws.filter.program-rounds') },
                  { value: 'category', label: t('draws.filter.category-rounds') },
                ]}
                onChange={(kind) => setRound({ ...round, kind })}
              />
              {round.kind === 'program' ? (
                <SelectField
                  label={t('draws.filter.program')}
                  value={round.program}
                  options={['CEC', 'FSW', 'FST', 'PNP'].map((program) => ({
                    value: program,
                    label: program,
                  }))}
                  onChange={(program) => setRound({ ...round, program })}
                />
              ) : null}
              {round.kind === 'category' ? (
                <SelectField
                  label={t('draws.filter.category')}
                  value={round.category}
                  options={[...names].map(([id, name]) => ({
                    value: id,
                    label: lang === 'fr' ? name.nameFr : name.name,
                  }))}
                  onChange={(category) => setRound({ ...round, category })}
                />
              ) : null}
              <TextField
                className="narrow"
                label={t('sim.round-size')}
                name="roundSize"
                type="number"
                min={1}
                value={round.size}
                onChange={(size) => setRound({ ...round, size })}
              />
            </div>
            <button type="submit" className="primary" disabled={busy !== '' || !poolId}>
              {t('sim.round-run')}
            </button>
          </form>
        ) : null}
        {lastRound ? <RoundView round={lastRound} names={names} /> : null}
      </section>
      <ProblemView error={error} />

      {rounds.length > 0 ? (
        <section className="card" aria-labelledby="pool-rounds-heading">
          <h2 id="pool-rounds-heading">{t('sim.pool-rounds')}</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('sim.at')}</th>
                  <th scope="col">{t('draws.column.kind')}</th>
                  <th scope="col" className="num">
                    {t('sim.invited')}
                  </th>
                  <th scope="col" className="num">
                    {t('sim.cut-off')}
                  </th>
                  <th scope="col">{t('draws.column.tie-break')}</th>
                </tr>
              </thead>
              <tbody>
                {rounds.map((item) => (
                  <tr key={item.id}>
                    <td className="nowrap">{utc(item.at)}</td>
                    <td>{kindText(item.kind)}</td>
                    <td className="num">
                      {item.invitedCount} / {item.size}
                    </td>
                    <td className="num">{item.lowestScore ?? '—'}</td>
                    <td className="nowrap">{item.tieBreak ? utc(item.tieBreak) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}

export function SimulatorPage() {
  const { t } = useI18n();
  const { account } = useAppState();
  return (
    <>
      <h1 tabIndex={-1}>{t('sim.title')}</h1>
      <p className="lead">{t('sim.lead')}</p>
      <WhereIStand />
      {account === undefined ? <p className="muted">{t('common.loading')}</p> : null}
      {account === null ? (
        <section className="card" aria-labelledby="pools-login-heading">
          <h2 id="pools-login-heading">{t('sim.pools')}</h2>
          <p>
            {t('sim.login-needed')} <a href={routeHash('account')}>{t('nav.account')}</a>
          </p>
        </section>
      ) : null}
      {account ? <Pools /> : null}
    </>
  );
}
