import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, Outlet, RouterProvider } from 'react-router';
import { CompanyPage } from './pages/CompanyPage';
import { NotFound } from './pages/NotFound';
import { PersonPage } from './pages/PersonPage';
import { SearchPage } from './pages/SearchPage';
import './styles.css';

function Layout() {
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
      <main id="main">
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
