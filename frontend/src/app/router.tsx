import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppShell } from './routes/app-shell';
import { RouteError } from './routes/route-error';
import { Loading } from '@/components/ui/status';

/*
 * Every page is its own chunk: the first visit downloads the shell and the page it opens,
 * nothing else. Each feature's routes/ module exports its page component.
 */
export const routes: RouteObject[] = [
  {
    path: '/sign-in',
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('@/features/auth/routes/sign-in')).SignInRoute }),
  },
  {
    path: '/sign-up',
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('@/features/auth/routes/sign-up')).SignUpRoute }),
  },
  {
    path: '/',
    Component: AppShell,
    ErrorBoundary: RouteError,
    HydrateFallback: () => <Loading />,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('@/features/agenda/routes/agenda')).AgendaRoute }),
          },
          {
            path: 'interviews',
            lazy: async () => ({
              Component: (await import('@/features/interviews/routes/interviews-list')).InterviewsListRoute,
            }),
          },
          {
            path: 'interviews/new',
            lazy: async () => ({
              Component: (await import('@/features/interviews/routes/interview-new')).InterviewNewRoute,
            }),
          },
          {
            path: 'interviews/import',
            lazy: async () => ({
              Component: (await import('@/features/interviews/routes/interview-import')).InterviewImportRoute,
            }),
          },
          {
            path: 'interviews/:interviewId',
            lazy: async () => ({
              Component: (await import('@/features/interviews/routes/interview-detail')).InterviewDetailRoute,
            }),
          },
          {
            path: 'interviews/:interviewId/edit',
            lazy: async () => ({
              Component: (await import('@/features/interviews/routes/interview-edit')).InterviewEditRoute,
            }),
          },
          {
            path: 'drafts',
            lazy: async () => ({ Component: (await import('@/features/drafts/routes/drafts')).DraftsRoute }),
          },
          {
            path: 'drafts/:draftId',
            lazy: async () => ({ Component: (await import('@/features/drafts/routes/draft')).DraftRoute }),
          },
          {
            path: 'contacts',
            lazy: async () => ({ Component: (await import('@/features/contacts/routes/contacts')).ContactsRoute }),
          },
          {
            path: 'contacts/:contactId',
            lazy: async () => ({
              Component: (await import('@/features/contacts/routes/contact-detail')).ContactDetailRoute,
            }),
          },
          {
            path: 'accomplishments',
            lazy: async () => ({
              Component: (await import('@/features/accomplishments/routes/accomplishments')).AccomplishmentsRoute,
            }),
          },
          {
            path: 'resources',
            lazy: async () => ({ Component: (await import('@/features/resources/routes/resources')).ResourcesRoute }),
          },
          {
            path: 'settings/*',
            lazy: async () => ({ Component: (await import('@/features/settings/routes/settings')).SettingsRoute }),
          },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }),
          },
        ],
      },
    ],
  },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
