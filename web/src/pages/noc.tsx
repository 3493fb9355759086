/** NOC finder: search unit groups by job title, then one unit group with the categories that list it. */
import { useEffect, useState } from 'react';
import { api } from '../api';
import type { NocHit } from '../components/noc-input';
import { ProblemView } from '../components/problem';
import { useI18n } from '../i18n';
import { routeHash } from '../route';

interface UnitGroupDetails {
  readonly unitGroup: {
    readonly code: string;
    readonly title: string;
    readonly titleFr: string | null;
    readonly teer: number;
    readonly definition: string | null;
    readonly examples: readonly string[];
    readonly examplesFr: readonly string[] | null;
  };
  readonly hierarchy: readonly { code: string; level: string; title: string; titleFr: string | null }[];
  readonly categories: readonly {
    readonly year: number;
    readonly listedIn: readonly { id: string; version: string; name: string; nameFr: string }[];
  }[];
}

const EXAMPLES_SHOWN = 12;

function Details({ code }: { readonly code: string }) {
  const { lang, t } = useI18n();
  const [details, setDetails] = useState<UnitGroupDetails | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [allExamples, setAllExamples] = useState(false);

  useEffect(() => {
    setDetails(null);
    setError(null);
    setAllExamples(false);
    api<UnitGroupDetails>('GET', `/api/noc/${encodeURIComponent(code)}`)
      .then(setDetails)
      .catch(setError);
  }, [code]);

  if (error) return <ProblemView error={error} />;
  if (!details) return <p className="muted">{t('common.loading')}</p>;
  const group = details.unitGroup;
  const examples = (lang === 'fr' && group.examplesFr?.length ? group.examplesFr : group.examples) ?? [];
  return (
    <section className="card" aria-labelledby="noc-details-heading" data-testid="noc-details">
      <h2 id="noc-details-heading">
        <span className="code">{group.code}</span>{' '}
        {lang === 'fr' && group.titleFr ? group.titleFr : group.title}
      </h2>
      <p>
        <span className="badge">TEER {group.teer}</span>{' '}
        <span className="muted">{t(`noc.teer.${group.teer}` as 'noc.teer.0')}</span>
      </p>
      <nav aria-label={t('noc.hierarchy')} className="breadcrumbs">
        <ol>
          {details.hierarchy.map((level) => (
            <li key={level.code}>
              <span className="code">{level.code}</span>{' '}
              {lang === 'fr' && level.titleFr ? level.titleFr : level.title}
            </li>
          ))}
        </ol>
      </nav>
      {group.definition ? (
        <>
          <h3>{t('noc.definition')}</h3>
          <p lang="en">{group.definition}</p>
        </>
      ) : null}
      <h3>{t('noc.categories')}</h3>
      <ul className="years">
        {details.categories.map((year) => (
          <li key={year.year}>
            <strong>{year.year}</strong>:{' '}
            {year.listedIn.length === 0
              ? t('noc.categories-none')
              : year.listedIn.map((category) => (lang === 'fr' ? category.nameFr : category.name)).join(', ')}
          </li>
        ))}
      </ul>
      <h3>
        {t('noc.examples', {
          shown: Math.min(examples.length, allExamples ? examples.length : EXAMPLES_SHOWN),
          total: examples.length,
        })}
      </h3>
      <ul className="examples">
        {(allExamples ? examples : examples.slice(0, EXAMPLES_SHOWN)).map((example) => (
          <li key={example}>{example}</li>
        ))}
      </ul>
      {examples.length > EXAMPLES_SHOWN && !allExamples ? (
        <button type="button" className="link" onClick={() => setAllExamples(true)}>
          {t('noc.all-examples')}
        </button>
      ) : null}
    </section>
  );
}

export function NocPage({ code }: { readonly code: string }) {
  const { lang, t } = useI18n();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<readonly NocHit[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setHits(null);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      api<NocHit[]>('GET', '/api/noc/search', { query: { q, lang, limit: 10 } })
        .then((found) => {
          if (!cancelled) {
            setHits(found);
            setError(null);
          }
        })
        .catch((caught: unknown) => !cancelled && setError(caught));
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, lang]);

  return (
    <>
      <h1 tabIndex={-1}>{t('noc.title')}</h1>
      <p className="lead">{t('noc.lead')}</p>
      <search className="card search">
        <label htmlFor="noc-query">{t('noc.search-label')}</label>
        <input
          id="noc-query"
          type="search"
          value={query}
          placeholder={t('noc.search-placeholder')}
          onChange={(event) => setQuery(event.target.value)}
        />
      </search>
      <ProblemView error={error} />
      <div className="split">
        {hits ? (
          <section aria-labelledby="noc-results-heading" className="card">
            <h2 id="noc-results-heading">{t('noc.results', { count: hits.length })}</h2>
            {hits.length === 0 ? <p>{t('noc.none', { query })}</p> : null}
            <ul className="hits" data-testid="noc-hits">
              {hits.map((hit) => (
                <li key={hit.code}>
                  <a href={routeHash('noc', hit.code)} aria-current={hit.code === code ? 'true' : undefined}>
                    <span className="code">{hit.code}</span> {hit.title}
                  </a>{' '}
                  <span className="badge">TEER {hit.teer}</span>
                  {hit.matchedExamples.length > 0 ? (
                    <div className="muted small">{hit.matchedExamples.join(' · ')}</div>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {code ? <Details code={code} /> : null}
      </div>
    </>
  );
}
