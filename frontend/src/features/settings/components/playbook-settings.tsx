import { ScrollRegion } from '@/components/ui/scroll-region';
import { EmptyState } from '@/components/ui/empty-state';

/** How follow-up is planned. The rules are not adjustable from here yet, so this explains them. */
export function PlaybookSettings() {
  return (
    <div className="stack">
      <h2>Playbook</h2>
      <EmptyState title="How your follow-up is planned" level={3}>
        <p>
          Each interview turns into follow-up tasks, counted on your working days in the interview’s time zone:
        </p>
        <ScrollRegion label="The default follow-up rules">
          <table className="table">
            <caption className="visually-hidden">The default follow-up rules</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>After each interview</td>
                <td>A thank-you note to each interviewer</td>
                <td>24 hours after it ends; at the latest 48</td>
              </tr>
              <tr>
                <td>They gave a date for news</td>
                <td>A follow-up if you are still waiting</td>
                <td>Two working days after that date, 10:00</td>
              </tr>
              <tr>
                <td>While you wait</td>
                <td>A short update to the hiring manager</td>
                <td>Every 14 days, at most three times</td>
              </tr>
              <tr>
                <td>An interviewer has a LinkedIn profile</td>
                <td>Connect with them</td>
                <td>One working day after the interview</td>
              </tr>
              <tr>
                <td>The answer is no</td>
                <td>A gracious thank-you, a request for feedback, a reflection; then keeping in touch</td>
                <td>Within two working days; then every 90 days</td>
              </tr>
            </tbody>
          </table>
        </ScrollRegion>
        <p>Switching rules off or tuning them will be possible here.</p>
      </EmptyState>
    </div>
  );
}
