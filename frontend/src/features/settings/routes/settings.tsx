import { NavLink, Navigate, Route, Routes } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { useUser } from '@/lib/auth';
import { CalendarFeedPanel } from '../components/calendar-feed-panel';
import { DataPanel } from '../components/data-panel';
import { PlaybookSettingsPanel } from '../components/playbook-settings';
import { ProfileForm } from '../components/profile-form';
import { TemplatesPanel } from '../components/templates-panel';
import { TokensPanel } from '../components/tokens-panel';
import { WebhooksPanel } from '../components/webhooks-panel';

const SECTIONS = [
  { to: 'profile', label: 'Profile' },
  { to: 'tokens', label: 'Access tokens' },
  { to: 'calendar', label: 'Calendar feed' },
  { to: 'webhooks', label: 'Webhooks' },
  { to: 'playbook', label: 'Playbook' },
  { to: 'templates', label: 'Templates' },
  { to: 'data', label: 'Your data' },
];

export function SettingsRoute() {
  const user = useUser();
  return (
    <>
      <PageHeader title="Settings" />
      <div className="settings-layout">
        <nav aria-label="Settings" className="subnav">
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.to}>
                <NavLink to={`/settings/${section.to}`}>{section.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings-layout__content">
          <Routes>
            <Route index element={<Navigate to="profile" replace />} />
            <Route path="profile" element={<ProfileForm user={user} />} />
            <Route path="tokens" element={<TokensPanel />} />
            <Route path="playbook" element={<PlaybookSettingsPanel />} />
            <Route path="templates" element={<TemplatesPanel />} />
            <Route path="calendar" element={<CalendarFeedPanel />} />
            <Route path="webhooks" element={<WebhooksPanel />} />
            <Route path="data" element={<DataPanel />} />
            <Route path="*" element={<Navigate to="profile" replace />} />
          </Routes>
        </div>
      </div>
    </>
  );
}
