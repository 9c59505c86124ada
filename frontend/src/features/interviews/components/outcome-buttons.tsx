import { OUTCOMES, type InterviewOutcome } from '../api/types';

export interface OutcomeButtonsProps {
  outcome: InterviewOutcome;
  pendingOutcome?: InterviewOutcome | null;
  onChoose: (outcome: InterviewOutcome) => void;
}

/** "What did you hear back?": a toggle group; the current outcome is pressed. */
export function OutcomeButtons({ outcome, pendingOutcome, onChoose }: OutcomeButtonsProps) {
  return (
    <div role="group" aria-labelledby="outcome-heading" className="stack">
      <h2 id="outcome-heading">What did you hear back?</h2>
      <div className="cluster">
        {OUTCOMES.map((option) => {
          const pressed = (pendingOutcome ?? outcome) === option.value;
          return (
            <button
              key={option.value}
              type="button"
              className="button button--secondary button--small"
              aria-pressed={pressed}
              disabled={Boolean(pendingOutcome)}
              onClick={() => {
                if (!pressed) onChoose(option.value);
              }}
            >
              {option.label}
            </button>
          );
        })}
      </div>
    </div>
  );
}
