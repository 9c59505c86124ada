import { useMemo } from 'react';
import { listTimeZones, timeZoneLabel } from '@/lib/time';
import { SelectField, type SelectFieldProps } from './field';

type TimeZoneSelectProps = Omit<SelectFieldProps, 'options' | 'value' | 'onChange'> & {
  value: string;
  onChange: (zone: string) => void;
};

/** A native select of every IANA zone (type-ahead works), each with its current UTC offset. */
export function TimeZoneSelect({ value, onChange, ...rest }: TimeZoneSelectProps) {
  const options = useMemo(() => {
    const now = new Date();
    const zones = listTimeZones();
    if (value && !zones.includes(value)) zones.unshift(value);
    return zones.map((zone) => ({ value: zone, label: timeZoneLabel(zone, now) }));
  }, [value]);

  return <SelectField {...rest} options={options} value={value} onChange={(event) => onChange(event.target.value)} />;
}
