/** Reads one cookie visible to scripts (HttpOnly cookies never are). */
export function readCookie(name: string, source: string = document.cookie): string | null {
  for (const pair of source.split(';')) {
    const index = pair.indexOf('=');
    if (index === -1) continue;
    if (pair.slice(0, index).trim() === name) {
      const value = pair.slice(index + 1).trim();
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
  }
  return null;
}
