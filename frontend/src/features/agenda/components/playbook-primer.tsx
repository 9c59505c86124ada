/** What the follow-up playbook does, in the seed's words: the agenda's teaching empty state. */
export function PlaybookPrimer() {
  return (
    <ol>
      <li>
        <strong>Thank each interviewer</strong> within a working day of the interview, and no later than two
        working days after it: by name, recalling what you discussed, and restating your interest.
      </li>
      <li>
        <strong>Follow up when their timeline passes.</strong> If they said you would hear back by Friday and you
        have not, a short note two working days later; if they gave no date, after a working week.
      </li>
      <li>
        <strong>Stay top-of-mind while you wait</strong> with an occasional update, a relevant article, or a
        LinkedIn connection.
      </li>
      <li>
        <strong>If the answer is no</strong>, a gracious thank-you, a polite request for feedback, a note to
        yourself on what to improve, and keeping in touch.
      </li>
    </ol>
  );
}
