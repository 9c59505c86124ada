import { useCallback, useState } from 'react';
import { isApiError } from '@/lib/api-error';
import { mapProblem, type MapProblemOptions, type MappedErrors } from '@/lib/problem';

/**
 * Holds the errors of the last failed submit, mapped to field paths. `capture` accepts
 * anything a mutation can throw; a network failure becomes a form-level message.
 */
export function useFormErrors(options: MapProblemOptions = {}) {
  const [errors, setErrors] = useState<MappedErrors | null>(null);
  const { isKnownField } = options;

  const capture = useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        setErrors(mapProblem(error.problem, { isKnownField }));
      } else {
        setErrors({ fields: {}, form: ['Something went wrong. Please try again.'] });
      }
    },
    [isKnownField],
  );

  const clear = useCallback(() => setErrors(null), []);

  return { errors, fields: errors?.fields ?? {}, capture, clear, setErrors };
}
