/**
 * What every page shares: the language, the profile being edited, the assessment date, the last
 * assessment and the logged-in account. The language, profile, date and last score survive a
 * reload (localStorage); the session lives in its HttpOnly cookie.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, setCsrfToken } from './api';
import type { Lang } from './i18n';
import { emptyForm, formFromProfile, type ProfileForm, profileFromForm } from './profile/model';

export interface Account {
  readonly id: string;
  readonly email: string;
}

export interface LastAssessment {
  readonly on: string;
  readonly total: number;
}

export interface AppState {
  readonly lang: Lang;
  setLang(lang: Lang): void;
  readonly form: ProfileForm;
  setForm(update: ProfileForm | ((form: ProfileForm) => ProfileForm)): void;
  /** The assessment date, YYYY-MM-DD. */
  readonly on: string;
  setOn(on: string): void;
  readonly last: LastAssessment | null;
  setLast(last: LastAssessment | null): void;
  /** undefined while the session is being checked. */
  readonly account: Account | null | undefined;
  signedIn(account: Account & { csrfToken: string }): void;
  signedOut(): void;
}

const StateContext = createContext<AppState | null>(null);

export function useAppState(): AppState {
  const state = useContext(StateContext);
  if (!state) throw new Error('useAppState outside <AppStateProvider>');
  return state;
}

const STORAGE_KEY = 'express-entry:v1';

interface Stored {
  lang?: Lang;
  profile?: Record<string, unknown>;
  on?: string;
  last?: LastAssessment | null;
}

function readStored(): Stored {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Stored;
  } catch {
    return {};
  }
}

export const today = (): string => new Date().toISOString().slice(0, 10);

function initialLang(stored: Stored): Lang {
  if (stored.lang === 'en' || stored.lang === 'fr') return stored.lang;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function AppStateProvider({ children }: { children: ReactNode }) {
  const [stored] = useState(readStored);
  const [lang, setLang] = useState<Lang>(() => initialLang(stored));
  const [form, setForm] = useState<ProfileForm>(() =>
    stored.profile ? formFromProfile(stored.profile) : emptyForm(),
  );
  const [on, setOn] = useState(stored.on ?? today());
  const [last, setLast] = useState<LastAssessment | null>(stored.last ?? null);
  const [account, setAccount] = useState<Account | null | undefined>(undefined);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    const value: Stored = { lang, profile: profileFromForm(form), on, last };
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
    } catch {
      // Private browsing or a full quota: the app works without persistence.
    }
  }, [lang, form, on, last]);

  useEffect(() => {
    api<Account & { csrfToken: string }>('GET', '/api/auth/me')
      .then((me) => {
        setCsrfToken(me.csrfToken);
        setAccount({ id: me.id, email: me.email });
      })
      .catch(() => setAccount(null));
  }, []);

  const signedIn = useCallback((me: Account & { csrfToken: string }) => {
    setCsrfToken(me.csrfToken);
    setAccount({ id: me.id, email: me.email });
  }, []);
  const signedOut = useCallback(() => {
    setCsrfToken(null);
    setAccount(null);
  }, []);

  const value = useMemo<AppState>(
    () => ({ lang, setLang, form, setForm, on, setOn, last, setLast, account, signedIn, signedOut }),
    [lang, form, on, last, account, signedIn, signedOut],
  );
  return <StateContext.Provider value={value}>{children}</StateContext.Provider>;
}
