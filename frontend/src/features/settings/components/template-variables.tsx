import { ScrollRegion } from '@/components/ui/scroll-region';

/** The variables a template can read, as the API documents them. */
const VARIABLES: [string, string][] = [
  ['greeting', 'A ready-made salutation: “Dear Dana,”, or “Hello,” when no name is known'],
  ['recipient_name', 'The recipient’s full name'],
  ['recipient_first_name', 'Their first name'],
  ['recipient_title', 'Their job title'],
  ['recipient_is_hiring_manager', 'true for the hiring manager'],
  ['company', 'The organization, e.g. “Acme Cloud GmbH”'],
  ['company_short', 'The organization without its legal form, e.g. “Acme Cloud”'],
  ['position', 'The position you interviewed for'],
  ['stage', 'The stage or round'],
  ['sender_name', 'Your name, from your profile'],
  ['sender_first_name', 'Your first name'],
  ['discussion_points', 'A list of the points the recipient raised (else the interview’s)'],
  ['discussion_points_text', 'Those points as one phrase: “the migration and on-call”'],
  ['interview_discussion_points', 'A list of the points noted for the whole interview'],
  ['next_steps', 'The next steps as noted'],
  ['expected_by', 'When you should hear back, e.g. “Friday, 4 December”'],
  ['interview_date', 'The day of the interview, e.g. “Tuesday, 1 December”'],
  ['interview_weekday', 'Its weekday'],
  ['outcome', 'pending, advanced, offer, rejected or withdrawn'],
  ['kind', 'The kind of note, e.g. thank_you'],
  ['channel', 'email, linkedin or letter'],
];

export function TemplateVariables() {
  return (
    <details className="disclosure">
      <summary>Variables you can use</summary>
      <p>
        Write <code>{'{{ recipient_first_name }}'}</code> to insert a value; <code>{'{% if next_steps %}…{% endif %}'}</code> and{' '}
        <code>{'{% for point in discussion_points %}…{% endfor %}'}</code> work too, with filters such as{' '}
        <code>default</code>, <code>join</code> and <code>lower</code>. Templates run in a sandbox that can read these
        values and nothing else.
      </p>
      <ScrollRegion label="Template variables">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Variable</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {VARIABLES.map(([name, meaning]) => (
              <tr key={name}>
                <th scope="row">
                  <code>{name}</code>
                </th>
                <td>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}
