import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';

export function NotFoundRoute() {
  return (
    <>
      <PageHeader title="Page not found" lead="There is nothing at this address. It may have moved, or the link may be mistyped." />
      <ButtonLink to="/">Go to your agenda</ButtonLink>
    </>
  );
}
