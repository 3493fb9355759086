/** The shell: header with the pages and the language switch, the page of the hash route, the footer. */
import { useEffect, useMemo, useState } from 'react';
import { type I18n, I18nContext, type Lang, translate, type UiKey } from './i18n';
import { AccountPage } from './pages/account';
import { CheckPage } from './pages/check';
import { ComparePage } from './pages/compare';
import { DrawsPage } from './pages/draws';
import { NocPage } from './pages/noc';
import { SimulatorPage } from './pages/simulator';
import { PAGES, type Page, parseRoute, type Route, routeHash } from './route';
import { useAppState } from './state';

function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    // Only `#/…` is a route: `#main` (the skip link) moves the focus and keeps the page.
    const update = () => {
      if (window.location.hash === '' || window.location.hash.startsWith('#/'))
        setRoute(parseRoute(window.location.hash));
    };
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

function PageView({ route }: { readonly route: Route }) {
  switch (route.page) {
    case 'check':
      return <CheckPage />;
    case 'compare':
      return <ComparePage />;
    case 'noc':
      return <NocPage code={route.argument} />;
    case 'draws':
      return <DrawsPage />;
    case 'simulator':
      return <SimulatorPage />;
    case 'account':
      return <AccountPage />;
  }
}

const OTHER: Record<Lang, Lang> = { en: 'fr', fr: 'en' };

export function App() {
  const { lang, setLang, account } = useAppState();
  const route = useHashRoute();
  const i18n = useMemo<I18n>(() => ({ lang, t: (key, params) => translate(lang, key, params) }), [lang]);
  const { t } = i18n;
  const [firstRender, setFirstRender] = useState(true);

  useEffect(() => {
    document.title = `${t(`nav.${route.page}` as UiKey)} · ${t('app.name')}`;
  }, [route.page, t]);

  // Moving to another page puts the focus on its heading, as a page load would for a screen reader.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every route change.
  useEffect(() => {
    if (firstRender) {
      setFirstRender(false);
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [route.page, route.argument]);

  return (
    <I18nContext.Provider value={i18n}>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="bar">
          <a className="brand" href={routeHash('check')}>
            <img src="/favicon.svg" alt="" width="28" height="28" /> {t('app.name')}
          </a>
          <button
            type="button"
            className="lang-switch"
            lang={OTHER[lang]}
            onClick={() => setLang(OTHER[lang])}
            data-testid="lang-switch"
          >
            {t('app.switch-language')}
          </button>
        </div>
        <nav aria-label={t('app.nav')}>
          <ul>
            {PAGES.map((page: Page) => (
              <li key={page}>
                <a href={routeHash(page)} aria-current={route.page === page ? 'page' : undefined}>
                  {t(`nav.${page}` as UiKey)}
                  {page === 'account' && account ? <span className="dot" aria-hidden="true" /> : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <PageView route={route} />
      </main>
      <footer className="site-footer">
        <p>
          {t('app.footer')} <a href="/docs">{t('app.api-docs')}</a> · <a href="/openapi.json">OpenAPI</a>
        </p>
      </footer>
    </I18nContext.Provider>
  );
}
