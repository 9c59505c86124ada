import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Notice } from '@/components/ui/status';
import { takeSessionExpiredNotice, useMe } from '@/lib/auth';
import { AuthLayout, safeNext } from '../components/auth-layout';
import { SignInForm } from '../components/sign-in-form';

export function SignInRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const [expired] = useState(takeSessionExpiredNotice);
  const next = safeNext(params.get('next'));

  if (me.data) return <Navigate to={next} replace />;

  const signUpHref = params.get('next') ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up';
  return (
    <AuthLayout
      title="Sign in"
      footer={
        <>
          New to Afterword? <Link to={signUpHref}>Create an account</Link>
        </>
      }
    >
      {expired ? (
        <Notice tone="warning" role="status">
          <p>Your session has ended. Sign in again to pick up where you left off.</p>
        </Notice>
      ) : null}
      <SignInForm onSuccess={() => void navigate(next, { replace: true })} />
    </AuthLayout>
  );
}
