import { createContext, useContext, type ReactNode } from 'react';
import type { FieldErrors } from '@/lib/problem';

const FormErrorsContext = createContext<FieldErrors>({});

/** Makes server-side field errors available to every field below, by field path. */
export function FormErrorsProvider({ errors, children }: { errors: FieldErrors; children: ReactNode }) {
  return <FormErrorsContext.Provider value={errors}>{children}</FormErrorsContext.Provider>;
}

export function useFieldErrors(path: string, own?: string[]): string[] {
  const errors = useContext(FormErrorsContext);
  return own ?? errors[path] ?? [];
}
