export { ErrorSummary } from './error-summary';
export type { ErrorSummaryProps } from './error-summary';
export { CheckboxField, Fieldset, SelectField, TextAreaField, TextField } from './field';
export type { SelectOption } from './field';
export { FormErrorsProvider, useFieldErrors } from './form-errors';
export { TimeZoneSelect } from './time-zone-select';
export { useFormErrors } from './use-form-errors';
