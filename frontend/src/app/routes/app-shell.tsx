import { Navigate, NavLink, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { Button } from '@/components/ui/button';
import { Loading, QueryError } from '@/components/ui/status';
import { useLogout, useMe } from '@/lib/auth';

const NAV_ITEMS = [
  { to: '/', label: 'Agenda', end: true },
  { to: '/interviews', label: 'Interviews', end: false },
  { to: '/drafts', label: 'Drafts', end: false },
  { to: '/contacts', label: 'Contacts', end: false },
  { to: '/accomplishments', label: 'Accomplishments', end: false },
  { to: '/resources', label: 'Resources', end: false },
  { to: '/settings', label: 'Settings', end: false },
];

export function AppShell() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <main className="app-main">
        <Loading />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main className="app-main">
        <h1>Afterword</h1>
        <QueryError error={me.error} onRetry={() => void me.refetch()} title="Afterword could not start." />
      </main>
    );
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    const to = next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <NavLink to="/" className="brand" aria-label="Afterword, your agenda">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>Afterword</span>
          </NavLink>
          <nav className="app-nav" aria-label="Main">
            <ul>
              {NAV_ITEMS.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <UserMenu name={me.data.name || me.data.email} />
        </div>
      </header>
      <PendingNavigation />
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

function UserMenu({ name }: { name: string }) {
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <div className="app-header__user">
      <span className="app-header__user-name" title={name}>
        {name}
      </span>
      <Button
        variant="secondary"
        small
        pending={logout.isPending}
        pendingLabel="Signing out…"
        onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) })}
      >
        Sign out
      </Button>
    </div>
  );
}

/** Says "Loading…" to assistive technology while the next page's code arrives. */
function PendingNavigation() {
  const navigation = useNavigation();
  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {navigation.state === 'loading' ? 'Loading page…' : ''}
    </div>
  );
}
