import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';
import { fieldId } from '@/lib/problem';
import { useFieldErrors } from './form-errors';

interface FieldFrameProps {
  /** Field path, as the API names it (`interviewers.0.email`); also the error key. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  /** Errors to show instead of those from the surrounding FormErrorsProvider. */
  errors?: string[];
  className?: string;
}

interface FieldIds {
  id: string;
  hintId: string;
  errorId: string;
}

function idsFor(name: string): FieldIds {
  const id = fieldId(name);
  return { id, hintId: `${id}-hint`, errorId: `${id}-error` };
}

function describedBy(ids: FieldIds, hasHint: boolean, hasErrors: boolean): string | undefined {
  const parts = [hasHint ? ids.hintId : null, hasErrors ? ids.errorId : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function FieldMessages({ ids, hint, errors }: { ids: FieldIds; hint?: ReactNode; errors: string[] }) {
  return (
    <>
      {hint ? (
        <p id={ids.hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <p id={ids.errorId} className="field__error">
          <span className="visually-hidden">Error: </span>
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}

function Label({ htmlFor, label, optional }: { htmlFor: string; label: ReactNode; optional?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="field__label">
      {label}
      {optional ? <span className="field__optional"> (optional)</span> : null}
    </label>
  );
}

function frameClass(errors: string[], className?: string): string {
  return ['field', errors.length > 0 ? 'field--invalid' : null, className].filter(Boolean).join(' ');
}

export type TextFieldProps = FieldFrameProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>;

export function TextField({ name, label, hint, optional, errors: own, className, ...input }: TextFieldProps) {
  const errors = useFieldErrors(name, own);
  const ids = idsFor(name);
  return (
    <div className={frameClass(errors, className)}>
      <Label htmlFor={ids.id} label={label} optional={optional} />
      <FieldMessages ids={ids} hint={hint} errors={errors} />
      <input
        id={ids.id}
        name={name}
        className="input"
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy(ids, Boolean(hint), errors.length > 0)}
        {...input}
      />
    </div>
  );
}

export type TextAreaFieldProps = FieldFrameProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>;

export function TextAreaField({ name, label, hint, optional, errors: own, className, ...textarea }: TextAreaFieldProps) {
  const errors = useFieldErrors(name, own);
  const ids = idsFor(name);
  return (
    <div className={frameClass(errors, className)}>
      <Label htmlFor={ids.id} label={label} optional={optional} />
      <FieldMessages ids={ids} hint={hint} errors={errors} />
      <textarea
        id={ids.id}
        name={name}
        className="textarea"
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy(ids, Boolean(hint), errors.length > 0)}
        {...textarea}
      />
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectFieldProps = FieldFrameProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'> & { options: SelectOption[] };

export function SelectField({ name, label, hint, optional, errors: own, className, options, ...select }: SelectFieldProps) {
  const errors = useFieldErrors(name, own);
  const ids = idsFor(name);
  return (
    <div className={frameClass(errors, className)}>
      <Label htmlFor={ids.id} label={label} optional={optional} />
      <FieldMessages ids={ids} hint={hint} errors={errors} />
      <select
        id={ids.id}
        name={name}
        className="select"
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy(ids, Boolean(hint), errors.length > 0)}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export type CheckboxFieldProps = Omit<FieldFrameProps, 'optional'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id' | 'type'>;

export function CheckboxField({ name, label, hint, errors: own, className, ...input }: CheckboxFieldProps) {
  const errors = useFieldErrors(name, own);
  const ids = idsFor(name);
  return (
    <div className={frameClass(errors, className)}>
      <div className="checkbox">
        <input
          id={ids.id}
          name={name}
          type="checkbox"
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={describedBy(ids, Boolean(hint), errors.length > 0)}
          {...input}
        />
        <label htmlFor={ids.id}>{label}</label>
      </div>
      <FieldMessages ids={ids} hint={hint} errors={errors} />
    </div>
  );
}

/** A group of related controls with a visible legend (and its own error slot). */
export function Fieldset({
  legend,
  name,
  hint,
  errors: own,
  children,
}: {
  legend: ReactNode;
  /** Path whose errors belong to the group as a whole, if any. */
  name?: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
}) {
  const errors = useFieldErrors(name ?? '', own);
  const ids = idsFor(name ?? 'group');
  const shown = name || own ? errors : [];
  return (
    <fieldset
      className="fieldset"
      id={name ? ids.id : undefined}
      aria-describedby={name ? describedBy(ids, Boolean(hint), shown.length > 0) : undefined}
      tabIndex={name ? -1 : undefined}
    >
      <legend>{legend}</legend>
      <div className="fieldset__body">
        <FieldMessages ids={ids} hint={hint} errors={shown} />
        {children}
      </div>
    </fieldset>
  );
}
