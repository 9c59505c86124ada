import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '@/lib/auth';
import { AuthLayout, safeNext } from '../components/auth-layout';
import { SignUpForm } from '../components/sign-up-form';

export function SignUpRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const next = safeNext(params.get('next'));

  if (me.data) return <Navigate to={next} replace />;

  return (
    <AuthLayout
      title="Create your account"
      footer={
        <>
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </>
      }
    >
      <p className="muted">
        Afterword keeps track of the follow-up work after each interview: thank-you notes within two working days,
        a nudge when a stated timeline passes, and gracious notes whatever the outcome.
      </p>
      <SignUpForm onSuccess={() => void navigate(next, { replace: true })} />
    </AuthLayout>
  );
}
