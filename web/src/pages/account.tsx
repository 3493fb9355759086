/** Account: sign up, log in, log out, and the saved profiles with their history of assessments. */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { Status, TextField } from '../components/fields';
import { ProblemView } from '../components/problem';
import { useI18n } from '../i18n';
import { formFromProfile, type ProfileJson, profileFromForm } from '../profile/model';
import { routeHash } from '../route';
import { type Account, useAppState } from '../state';

interface SavedSummary {
  readonly id: string;
  readonly name: string;
  readonly latestVersion: number;
  readonly assessment: { crs: { total: number } } | null;
  readonly assessedOn: string;
  readonly updatedAt: string;
}

interface SavedProfile {
  readonly id: string;
  readonly name: string;
  readonly versions: readonly {
    version: number;
    profile: ProfileJson;
    assessment: { crs: { total: number }; eligibleForAProgram?: boolean } | null;
    assessedOn: string;
    createdAt: string;
  }[];
}

function Credentials({ mode }: { readonly mode: 'signup' | 'login' }) {
  const { t } = useI18n();
  const { signedIn } = useAppState();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      signedIn(
        await api<Account & { csrfToken: string }>('POST', `/api/auth/${mode}`, {
          body: { email, password },
        }),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby={`${mode}-heading`} data-testid={`${mode}-form`}>
      <h2 id={`${mode}-heading`}>{t(mode === 'signup' ? 'account.signup' : 'account.login')}</h2>
      <TextField
        label={t('account.email')}
        type="email"
        name="email"
        autoComplete={mode === 'signup' ? 'email' : 'username'}
        required
        value={email}
        onChange={setEmail}
      />
      <TextField
        label={t('account.password')}
        type="password"
        name="password"
        autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
        required
        minLength={10}
        hint={mode === 'signup' ? t('account.password-hint') : undefined}
        value={password}
        onChange={setPassword}
      />
      <button type="submit" className="primary" disabled={busy}>
        {t(mode === 'signup' ? 'account.signup-run' : 'account.login-run')}
      </button>
      <ProblemView error={error} />
    </form>
  );
}

function History({ id }: { readonly id: string }) {
  const { lang, t } = useI18n();
  const [saved, setSaved] = useState<SavedProfile | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api<SavedProfile>('GET', `/api/profiles/${id}`, { query: { lang } }).then(setSaved).catch(setError);
  }, [id, lang]);
  if (error) return <ProblemView error={error} />;
  if (!saved) return <p className="muted">{t('common.loading')}</p>;
  return (
    <table className="history">
      <caption>{t('account.history', { name: saved.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('account.version')}</th>
          <th scope="col">{t('account.saved-at')}</th>
          <th scope="col">{t('account.assessed-on')}</th>
          <th scope="col" className="num">
            CRS
          </th>
        </tr>
      </thead>
      <tbody>
        {saved.versions.map((version) => (
          <tr key={version.version}>
            <td>{version.version}</td>
            <td className="nowrap">{version.createdAt.slice(0, 16).replace('T', ' ')}</td>
            <td className="nowrap">{version.assessedOn}</td>
            <td className="num">{version.assessment?.crs.total ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SavedProfiles() {
  const { lang, t } = useI18n();
  const { form, setForm, on } = useAppState();
  const [profiles, setProfiles] = useState<SavedSummary[] | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState<string | null>(null);

  const refresh = useCallback(
    () => api<SavedSummary[]>('GET', '/api/profiles', { query: { lang } }).then(setProfiles).catch(setError),
    [lang],
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const act = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    setStatus('');
    try {
      await work();
      setStatus(done);
      await refresh();
    } catch (caught) {
      setError(caught);
    }
  };

  const saveNew = (event: FormEvent) => {
    event.preventDefault();
    const profileName = name.trim();
    void act(
      () =>
        api('POST', '/api/profiles', {
          query: { on, lang },
          body: { name: profileName, profile: profileFromForm(form) },
        }),
      t('account.saved', { name: profileName }),
    ).then(() => setName(''));
  };

  const load = async (id: string) => {
    setError(null);
    try {
      const saved = await api<SavedProfile>('GET', `/api/profiles/${id}`, { query: { lang } });
      const latest = saved.versions[0];
      if (latest) {
        setForm(formFromProfile(latest.profile));
        setStatus(t('account.loaded', { name: saved.name }));
        window.location.hash = routeHash('check');
      }
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section className="card" aria-labelledby="saved-heading">
      <h2 id="saved-heading">{t('account.profiles')}</h2>
      <form onSubmit={saveNew} className="inline-form">
        <TextField
          label={t('account.profile-name')}
          name="profileName"
          required
          maxLength={120}
          value={name}
          onChange={setName}
        />
        <button type="submit" className="primary" disabled={!form.birthDate}>
          {t('account.save-current')}
        </button>
      </form>
      {!form.birthDate ? <p className="notice">{t('compare.no-profile')}</p> : null}
      <Status>{status}</Status>
      <ProblemView error={error} />
      {profiles && profiles.length === 0 ? <p>{t('account.no-profiles')}</p> : null}
      {profiles && profiles.length > 0 ? (
        <div className="table-wrap">
          <table data-testid="saved-profiles">
            <thead>
              <tr>
                <th scope="col">{t('account.profile-name')}</th>
                <th scope="col" className="num">
                  {t('account.version')}
                </th>
                <th scope="col" className="num">
                  CRS
                </th>
                <th scope="col">{t('account.assessed-on')}</th>
                <th scope="col">{t('account.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {profiles.map((profile) => (
                <tr key={profile.id}>
                  <th scope="row">{profile.name}</th>
                  <td className="num">{profile.latestVersion}</td>
                  <td className="num">{profile.assessment?.crs.total ?? '—'}</td>
                  <td className="nowrap">{profile.assessedOn}</td>
                  <td className="row-actions">
                    <button type="button" className="link" onClick={() => void load(profile.id)}>
                      {t('account.load')}
                    </button>
                    <button
                      type="button"
                      className="link"
                      disabled={!form.birthDate}
                      onClick={() =>
                        void act(
                          () =>
                            api('PUT', `/api/profiles/${profile.id}`, {
                              query: { on, lang },
                              body: { name: profile.name, profile: profileFromForm(form) },
                            }),
                          t('account.version-saved', { name: profile.name }),
                        )
                      }
                    >
                      {t('account.save-version')}
                    </button>
                    <button
                      type="button"
                      className="link"
                      aria-expanded={open === profile.id}
                      onClick={() => setOpen(open === profile.id ? null : profile.id)}
                    >
                      {t('account.show-history')}
                    </button>
                    <button
                      type="button"
                      className="link danger"
                      onClick={() => {
                        if (window.confirm(t('account.delete-confirm', { name: profile.name })))
                          void act(
                            () => api('DELETE', `/api/profiles/${profile.id}`),
                            t('account.deleted', { name: profile.name }),
                          );
                      }}
                    >
                      {t('account.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {open ? <History id={open} /> : null}
    </section>
  );
}

export function AccountPage() {
  const { t } = useI18n();
  const { account, signedOut } = useAppState();
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <h1 tabIndex={-1}>{t('account.title')}</h1>
      {account === undefined ? <p className="muted">{t('common.loading')}</p> : null}
      {account === null ? (
        <>
          <p className="lead">{t('account.lead')}</p>
          <div className="columns">
            <Credentials mode="login" />
            <Credentials mode="signup" />
          </div>
        </>
      ) : null}
      {account ? (
        <>
          <section className="card" aria-labelledby="me-heading">
            <h2 id="me-heading">{t('account.signed-in')}</h2>
            <p data-testid="account-email">{account.email}</p>
            <button
              type="button"
              className="secondary"
              onClick={() =>
                api('POST', '/api/auth/logout')
                  .then(signedOut)
                  .catch((caught: unknown) => setError(caught))
              }
            >
              {t('account.logout')}
            </button>
            <ProblemView error={error} />
          </section>
          <SavedProfiles />
        </>
      ) : null}
    </>
  );
}
