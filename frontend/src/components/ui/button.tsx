import type { ButtonHTMLAttributes } from 'react';
import { Link, type LinkProps } from 'react-router';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';

function buttonClass(variant: Variant, small: boolean, extra?: string): string {
  return ['button', variant === 'primary' ? null : `button--${variant}`, small ? 'button--small' : null, extra]
    .filter(Boolean)
    .join(' ');
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  small?: boolean;
  /** While true the button is disabled and shows `pendingLabel`. */
  pending?: boolean;
  pendingLabel?: string;
}

export function Button({
  variant = 'primary',
  small = false,
  pending = false,
  pendingLabel,
  className,
  type = 'button',
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClass(variant, small, className)}
      disabled={disabled ?? pending}
      aria-busy={pending || undefined}
      {...rest}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

export function ButtonLink({
  variant = 'primary',
  small = false,
  className,
  ...rest
}: LinkProps & { variant?: Variant; small?: boolean }) {
  return <Link className={buttonClass(variant, small, className)} {...rest} />;
}
