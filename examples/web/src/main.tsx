import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, Outlet, RouterProvider, useLocation } from 'react-router';
import { CompanyPage } from './pages/CompanyPage';
import { NotFound } from './pages/NotFound';
import { PersonPage } from './pages/PersonPage';
import { SearchPage } from './pages/SearchPage';
import './styles.css';

function Layout() {
  // On moving to another page, focus goes to its content: keyboard users carry on from there
  // rather than from a link that is gone, and screen readers announce the change.
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    main.current?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header>
        <Link to="/" className="brand">
          Moat
        </Link>
        <span className="tagline">the AI industry, every fact tied to its source</span>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <SearchPage /> },
      { path: '/companies/:slug', element: <CompanyPage /> },
      { path: '/people/:slug', element: <PersonPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

const queryClient = new QueryClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
