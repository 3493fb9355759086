/** Check my profile: the guided form, then the CRS with its breakdown, programs, categories and what-ifs. */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import nurse from '../../../examples/nurse.json';
import { api } from '../api';
import { Status, TextField } from '../components/fields';
import { ProblemView } from '../components/problem';
import { loadAllRounds } from '../draws/data';
import {
  catalogues,
  educationLabel,
  formatNumber,
  type I18n,
  ruleMessage,
  type UiKey,
  useI18n,
} from '../i18n';
import { ProfileEditor } from '../profile/editor';
import { formFromProfile, type ProfileJson, parseProfileText, profileFromForm } from '../profile/model';
import { useAppState } from '../state';
import type { Assessment, Reason, WhatIf } from '../types';

function ReasonList({ reasons }: { readonly reasons: readonly Reason[] }) {
  const { t } = useI18n();
  if (reasons.length === 0) return null;
  return (
    <ul className="reasons">
      {reasons.map((reason, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: reasons keep their order and may repeat a code.
        <li key={index} className={reason.met ? 'met' : 'unmet'}>
          <span className="mark" aria-hidden="true">
            {reason.met ? '✓' : '✗'}
          </span>
          <span className="sr-only">{reason.met ? t('reason.met') : t('reason.unmet')}</span>{' '}
          {reason.message ?? reason.code}
        </li>
      ))}
    </ul>
  );
}

const FACT_KEYS = new Set(Object.keys(catalogues.en).filter((key) => key.startsWith('fact.')));
/** The library's named bands and tiers ('3 years or more', 'CLB 9+'), worded in each language. */
const FACT_VALUES = new Set(Object.keys(catalogues.en).filter((key) => key.startsWith('factvalue.')));

/** One fact of a CRS factor in words: `Years: 2`, `Spouse or partner: no`. */
function factText(key: string, value: unknown, { lang, t }: I18n): string {
  const name = FACT_KEYS.has(`fact.${key}`)
    ? t(`fact.${key}` as UiKey)
    : key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  let text: string;
  if (typeof value === 'boolean') text = value ? t('common.yes') : t('common.no');
  else if (typeof value === 'number') text = formatNumber(lang, value);
  else if (value === 'english' || value === 'french')
    text = t(`form.first-language.${value === 'english' ? 'en' : 'fr'}`);
  else if (key === 'level' || key === 'education') text = educationLabel(lang, String(value));
  else if (key === 'tier' && ['0', 'L', 'U'].includes(String(value))) text = t(`facttier.${value}` as UiKey);
  else if (FACT_VALUES.has(`factvalue.${value}`)) text = t(`factvalue.${value}` as UiKey);
  else text = String(value);
  return t('common.name-value', { name, value: text });
}

function factsText(facts: Readonly<Record<string, unknown>>, i18n: I18n): string {
  return Object.entries(facts)
    .filter(([, value]) => value !== null && value !== undefined && typeof value !== 'object')
    .map(([key, value]) => factText(key, value, i18n))
    .join(' · ');
}

function Badge({ ok }: { readonly ok: boolean }) {
  const { t } = useI18n();
  return (
    <span className={ok ? 'badge ok' : 'badge no'}>{ok ? t('label.eligible') : t('label.not-eligible')}</span>
  );
}

export function AssessmentView({
  assessment,
  whatIf,
}: {
  readonly assessment: Assessment;
  readonly whatIf: WhatIf | null;
}) {
  const i18n = useI18n();
  const { lang, t } = i18n;
  const { crs } = assessment;
  const sections = ['A', 'B', 'C', 'D'];
  return (
    <div className="results">
      <section aria-labelledby="score-heading" className="card score-card">
        <h2 id="score-heading">{t('check.score-heading')}</h2>
        <p className="score">
          <span className="total" data-testid="crs-total">
            {crs.total}
          </span>{' '}
          <span className="muted">/ 1200</span>
        </p>
        <p>
          {t('check.score-on', { on: assessment.on })}
          {assessment.age !== null ? ` · ${t('check.age', { age: assessment.age })}` : ''}
          {` · ${crs.withSpouse ? t('check.with-spouse') : t('check.without-spouse')}`}
        </p>
        <p className="muted" data-testid="rulesets">
          {t('check.rulesets', {
            list: [assessment.ruleset.crs, assessment.ruleset.categories ?? '—'].join(', '),
          })}
        </p>
        <ReasonList reasons={[...crs.warnings, ...assessment.reasons]} />
      </section>

      <section aria-labelledby="crs-heading" className="card">
        <h2 id="crs-heading">{t('check.breakdown')}</h2>
        <div className="table-wrap">
          <table className="breakdown">
            <caption className="sr-only">{t('check.breakdown')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('check.factor')}</th>
                <th scope="col" className="num">
                  {t('check.points')}
                </th>
                <th scope="col" className="facts">
                  {t('check.facts')}
                </th>
              </tr>
            </thead>
            {sections.map((section) => (
              <tbody key={section}>
                <tr className="section-row">
                  <th scope="rowgroup" colSpan={1}>
                    {ruleMessage(lang, `crs.section.${section}`)}
                  </th>
                  <td className="num">
                    {crs.sections[section] ?? 0} / {crs.sectionMax[section] ?? 0}
                  </td>
                  <td className="facts" />
                </tr>
                {crs.factors
                  .filter((factor) => factor.section === section)
                  .map((factor) => (
                    <tr key={factor.factor}>
                      <th scope="row">
                        {ruleMessage(lang, `crs.factor.${factor.factor}`, {}, factor.factor)}
                      </th>
                      <td className="num">
                        <meter
                          min={0}
                          max={Math.max(factor.max, 1)}
                          value={factor.points}
                          aria-hidden="true"
                        />{' '}
                        {factor.points} / {factor.max}
                      </td>
                      <td className="facts">{factsText(factor.facts, i18n)}</td>
                    </tr>
                  ))}
              </tbody>
            ))}
          </table>
        </div>
      </section>

      <section aria-labelledby="programs-heading" className="card">
        <h2 id="programs-heading">{t('check.programs')}</h2>
        {Object.values(assessment.programs).map((program) => (
          <div key={program.program} className="program" data-testid={`program-${program.program}`}>
            <h3>
              {program.program} <Badge ok={program.eligible} />
              {program.points ? (
                <span className="muted">
                  {' '}
                  {t('check.grid', { total: program.points.total, passMark: program.points.passMark })}
                </span>
              ) : null}
            </h3>
            <ReasonList reasons={program.reasons} />
          </div>
        ))}
      </section>

      <section aria-labelledby="categories-heading" className="card">
        <h2 id="categories-heading">
          {t('check.categories', { set: assessment.ruleset.categories ?? '—' })}
        </h2>
        {assessment.categories.length === 0 ? <p>{t('check.no-categories')}</p> : null}
        {assessment.categories.map((category) => (
          <details key={category.version} className="category" open={category.eligible}>
            <summary>
              {lang === 'fr' ? category.nameFr : category.name} <Badge ok={category.eligible} />
            </summary>
            <ReasonList reasons={category.reasons} />
          </details>
        ))}
      </section>

      {whatIf ? (
        <section aria-labelledby="whatif-heading" className="card">
          <h2 id="whatif-heading">{t('check.whatif')}</h2>
          {whatIf.suggestions.length === 0 ? <p>{t('check.whatif-none')}</p> : null}
          <ol className="whatif">
            {whatIf.suggestions.map((suggestion, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the ranking is the identity.
              <li key={index}>
                <span className={suggestion.crsGain > 0 ? 'gain up' : 'gain'}>
                  {suggestion.crsGain > 0 ? '+' : ''}
                  {suggestion.crsGain}
                </span>{' '}
                {ruleMessage(lang, suggestion.code, { ...suggestion }, suggestion.message ?? suggestion.code)}
              </li>
            ))}
          </ol>
          <p className="muted">{t('check.whatif-ruleset', { ruleset: whatIf.ruleset })}</p>
        </section>
      ) : null}
    </div>
  );
}

function download(name: string, profile: ProfileJson) {
  const blob = new Blob([`${JSON.stringify(profile, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function CheckPage() {
  const { lang, t } = useI18n();
  const { form, setForm, on, setOn, setLast } = useAppState();
  const [result, setResult] = useState<{ assessment: Assessment; whatIf: WhatIf | null } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [roundDates, setRoundDates] = useState<{ date: string; number: string }[]>([]);
  const [paste, setPaste] = useState('');
  const [loadStatus, setLoadStatus] = useState<{ text: string; error: boolean } | null>(null);
  const submitted = useRef<{ profile: ProfileJson; on: string } | null>(null);
  const resultsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    loadAllRounds()
      .then((rounds) => {
        const seen = new Map<string, string>();
        for (const round of rounds) seen.set(round.date, round.number);
        setRoundDates([...seen].map(([date, number]) => ({ date, number })).reverse());
      })
      .catch(() => setRoundDates([]));
  }, []);

  const run = async (profile: ProfileJson, date: string, focus: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const query = { on: date, lang };
      const [assessment, whatIf] = await Promise.all([
        api<Assessment>('POST', '/api/assess', { query, body: profile }),
        api<WhatIf>('POST', '/api/whatif', { query, body: profile }).catch(() => null),
      ]);
      submitted.current = { profile, on: date };
      setResult({ assessment, whatIf });
      setLast({ on: date, total: assessment.crs.total });
      if (focus) setTimeout(() => resultsRef.current?.focus(), 0);
    } catch (caught) {
      setError(caught);
      setResult(null);
    } finally {
      setBusy(false);
    }
  };

  // Messages come in the language asked for: ask again when the language changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the language triggers a re-run.
  useEffect(() => {
    if (submitted.current) void run(submitted.current.profile, submitted.current.on, false);
  }, [lang]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(profileFromForm(form), on, true);
  };

  const load = (text: string) => {
    try {
      setForm(formFromProfile(parseProfileText(text)));
      setLoadStatus({ text: t('check.loaded'), error: false });
    } catch (caught) {
      setLoadStatus({ text: t('check.load-failed', { reason: (caught as Error).message }), error: true });
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('check.title')}</h1>
      <p className="lead">{t('check.lead')}</p>

      <section className="card" aria-labelledby="load-heading">
        <h2 id="load-heading">{t('check.load-heading')}</h2>
        <div className="actions">
          <button type="button" className="secondary" onClick={() => load(JSON.stringify(nurse))}>
            {t('check.example')}
          </button>
          <label className="button secondary file">
            {t('check.open-file')}
            <input
              type="file"
              accept="application/json,.json"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void file.text().then(load);
                event.target.value = '';
              }}
            />
          </label>
          <button
            type="button"
            className="secondary"
            onClick={() => download('profile.json', profileFromForm(form))}
          >
            {t('check.download')}
          </button>
        </div>
        <details>
          <summary>{t('check.paste-heading')}</summary>
          <div className="field">
            <label htmlFor="paste">{t('check.paste-label')}</label>
            <textarea id="paste" rows={6} value={paste} onChange={(event) => setPaste(event.target.value)} />
          </div>
          <button type="button" className="secondary" onClick={() => load(paste)} disabled={!paste.trim()}>
            {t('check.paste-load')}
          </button>
        </details>
        {loadStatus ? <Status error={loadStatus.error}>{loadStatus.text}</Status> : null}
      </section>

      <form onSubmit={onSubmit} className="profile-form" aria-labelledby="form-heading">
        <h2 id="form-heading" className="sr-only">
          {t('check.form-heading')}
        </h2>
        <ProfileEditor form={form} onChange={setForm} />
        <fieldset>
          <legend>{t('check.date-heading')}</legend>
          <div className="grid">
            <TextField label={t('check.on')} type="date" name="on" required value={on} onChange={setOn} />
            <div className="field wide">
              <label htmlFor="round-date">{t('check.round-date')}</label>
              <select
                id="round-date"
                value={roundDates.some((round) => round.date === on) ? on : ''}
                onChange={(event) => event.target.value && setOn(event.target.value)}
              >
                <option value="">{t('check.round-date-pick')}</option>
                {roundDates.map((round) => (
                  <option key={round.date} value={round.date}>
                    {t('check.round-date-option', { date: round.date, number: round.number })}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </fieldset>
        <div className="actions sticky">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('check.assessing') : t('check.assess')}
          </button>
        </div>
      </form>

      <div ref={resultsRef} tabIndex={-1} aria-live="polite" className="results-anchor">
        <ProblemView error={error} />
        {result ? <AssessmentView assessment={result.assessment} whatIf={result.whatIf} /> : null}
      </div>
    </>
  );
}
