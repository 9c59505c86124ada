import { useState } from 'react';
import { Button } from './button';

/** Copies text to the clipboard and says so; when the clipboard is unavailable, asks to copy by hand. */
export function CopyButton({ text, label = 'Copy', targetId }: { text: string; label?: string; targetId?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      if (targetId) {
        const field = document.getElementById(targetId);
        if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.select();
      }
      setState('failed');
    }
  };

  return (
    <span className="cluster">
      <Button variant="secondary" small onClick={() => void copy()}>
        {label}
      </Button>
      <span role="status" className="muted">
        {state === 'copied' ? 'Copied to the clipboard.' : state === 'failed' ? 'Copying is blocked here: the text is selected, press Ctrl+C (⌘C).' : ''}
      </span>
    </span>
  );
}
