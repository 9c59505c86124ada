import fixture from './word-count.cases.json';
import { countWords } from './word-count';

describe('countWords', () => {
  it.each(fixture.cases)('counts $words words in %j', ({ text, words }) => {
    expect(countWords(text)).toBe(words);
  });
});
