import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown when a page fails to load or render (for example after a deploy replaced its chunk). */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="app-main">
      <h1>{notFound ? 'Page not found' : 'Something went wrong'}</h1>
      <p>
        {notFound
          ? 'There is nothing at this address.'
          : 'This page could not be shown. Reloading usually fixes it; your saved work is safe.'}
      </p>
      <div className="cluster">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
        <Link className="button button--secondary" to="/">
          Go to your agenda
        </Link>
      </div>
    </div>
  );
}
