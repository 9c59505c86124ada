import { act, renderHook } from '@testing-library/react';
import { useDebouncedCallback } from './use-debounced-callback';

describe('useDebouncedCallback', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls once, with the last arguments, after calls pause', () => {
    const callback = vi.fn();
    const { result } = renderHook(() => useDebouncedCallback(callback, 500));
    act(() => {
      result.current.run('a');
      vi.advanceTimersByTime(300);
      result.current.run('ab');
      vi.advanceTimersByTime(300);
    });
    expect(callback).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(callback).toHaveBeenCalledExactlyOnceWith('ab');
  });

  it('flushes a pending call on demand and on unmount, and can cancel', () => {
    const callback = vi.fn();
    const { result, unmount } = renderHook(() => useDebouncedCallback(callback, 500));
    act(() => {
      result.current.run(1);
      result.current.flush();
    });
    expect(callback).toHaveBeenLastCalledWith(1);

    act(() => {
      result.current.run(2);
      result.current.cancel();
      vi.advanceTimersByTime(1000);
    });
    expect(callback).toHaveBeenCalledTimes(1);

    act(() => {
      result.current.run(3);
    });
    unmount();
    expect(callback).toHaveBeenLastCalledWith(3);
  });
});
