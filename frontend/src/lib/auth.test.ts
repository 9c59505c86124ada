import { QueryClient } from '@tanstack/react-query';
import { handleSessionExpired, meQueryKey, takeSessionExpiredNotice, type User } from './auth';

const user: User = {
  id: 'a6f0c7c4-2f4c-4a8e-9d51-1a2b3c4d5e6f',
  email: 'avery@example.com',
  name: 'Avery',
  timezone: 'Europe/Berlin',
  working_days: [1, 2, 3, 4, 5],
  holiday_country: null,
  created_at: '2025-06-01T10:00:00Z',
  updated_at: '2025-06-01T10:00:00Z',
};

describe('handleSessionExpired', () => {
  it('forgets the user and their data, and leaves a one-time notice', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(meQueryKey, user);
    queryClient.setQueryData(['interviews', 'list', {}], { pages: [] });

    handleSessionExpired(queryClient);

    expect(queryClient.getQueryData(meQueryKey)).toBeNull();
    expect(queryClient.getQueryData(['interviews', 'list', {}])).toBeUndefined();
    expect(takeSessionExpiredNotice()).toBe(true);
    expect(takeSessionExpiredNotice()).toBe(false);
  });

  it('does nothing when nobody was signed in (a wrong password is not an expired session)', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(meQueryKey, null);
    handleSessionExpired(queryClient);
    expect(takeSessionExpiredNotice()).toBe(false);
  });
});
