import { TextAreaField, TextField } from '@/components/form';
import { fieldId } from '@/lib/problem';
import { usePointPreviews } from '../api/preview-points';
import { pointInputs, splitLines, type PointDetail, type PointDetails } from './interview-form-model';

export interface PointsFieldProps {
  /** Field path of the points (`discussion_points`, `interviewers.0.discussion_points`). */
  name: string;
  label: string;
  hint: string;
  /** One point per line. */
  lines: string;
  details: PointDetails;
  /** The points are the recipient's own: a note to them says "your team's", not "their". */
  toSpeaker: boolean;
  onLinesChange: (lines: string) => void;
  onDetailsChange: (details: PointDetails) => void;
}

const NO_DETAIL: PointDetail = { topic: '', my_angle: '' };

/**
 * The points, one per line, and under each how a note will read it, as the server phrases
 * it, with a nudge when it is too long to quote. Each point can carry a short topic and the
 * user's own angle, folded away until wanted.
 */
export function PointsField({ name, label, hint, lines, details, toSpeaker, onLinesChange, onDetailsChange }: PointsFieldProps) {
  const points = splitLines(lines);
  const { previews, current } = usePointPreviews(pointInputs(lines, details), toSpeaker);

  const setDetail = (text: string, patch: Partial<PointDetail>) =>
    onDetailsChange({ ...details, [text]: { ...(details[text] ?? NO_DETAIL), ...patch } });

  return (
    <div className="stack">
      <TextAreaField
        name={name}
        label={label}
        optional
        hint={hint}
        rows={3}
        value={lines}
        onChange={(event) => onLinesChange(event.target.value)}
      />
      {points.length > 0 ? (
        <ol className="points" aria-label={`${label}: how each point reads in a note`}>
          {points.map((text, index) => {
            const preview = current ? previews?.[index] : undefined;
            const detail = details[text] ?? NO_DETAIL;
            const path = `${name}.${index}`;
            return (
              <li key={`${index}-${text}`} className="points__item">
                <p className="field__hint" id={fieldId(`${path}.phrase`)}>
                  {preview ? (
                    <>
                      In a note: …{preview.phrase}
                      {preview.nudge ? <span className="points__nudge"> {preview.nudge}</span> : null}
                    </>
                  ) : (
                    <>In a note: …</>
                  )}
                </p>
                <details className="disclosure" open={Boolean(detail.topic || detail.my_angle) || undefined}>
                  <summary>Topic and your angle for point {index + 1}</summary>
                  <div className="grid-2">
                    <TextField
                      name={`${path}.topic`}
                      label={`Topic of point ${index + 1}`}
                      optional
                      hint="Six words at most. A note uses it when the point is over 15 words."
                      value={detail.topic}
                      onChange={(event) => setDetail(text, { topic: event.target.value })}
                    />
                    <TextField
                      name={`${path}.my_angle`}
                      label={`Your angle on point ${index + 1}`}
                      optional
                      hint="A related experience or idea of yours, in your words."
                      value={detail.my_angle}
                      onChange={(event) => setDetail(text, { my_angle: event.target.value })}
                    />
                  </div>
                </details>
              </li>
            );
          })}
        </ol>
      ) : null}
    </div>
  );
}
