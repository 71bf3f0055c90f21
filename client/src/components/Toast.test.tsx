import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOAST_MS, TOAST_WITH_ACTION_MS, ToastProvider } from './Toast';
import { useToast, type ToastMessage } from './toast-context';

function Trigger({ message }: { message: ToastMessage }) {
  const toast = useToast();
  return (
    <button type="button" onClick={() => toast(message)}>
      Show
    </button>
  );
}

function renderToast(message: ToastMessage) {
  render(
    <ToastProvider>
      <main id="main" tabIndex={-1}>
        <Trigger message={message} />
      </main>
    </ToastProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Show' }));
  return screen.getByTestId('toast');
}

// A synchronous act: the timers fire and React renders before it returns.
const wait = (ms: number): void => {
  void act(() => {
    vi.advanceTimersByTime(ms);
  });
};

describe('ToastProvider', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is announced politely and goes after five seconds', () => {
    const toast = renderToast({ title: 'Changes saved' });
    expect(toast.closest('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
    expect(TOAST_MS).toBe(5000);
    wait(TOAST_MS - 100);
    expect(screen.queryByTestId('toast')).not.toBeNull();
    wait(100);
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('stays longer when it offers a Copy button', () => {
    renderToast({ title: 'Link created', copyText: 'https://sl.test/abcd', copyLabel: 'Copy the URL' });
    wait(TOAST_MS);
    expect(screen.getByRole('button', { name: 'Copy the URL' })).toBeTruthy();
    wait(TOAST_WITH_ACTION_MS - TOAST_MS);
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('never goes while hovered or focused, and the clock starts again when both leave', () => {
    const toast = renderToast({ title: 'Link created', copyText: 'x' });
    fireEvent.mouseEnter(toast);
    const close = screen.getByRole('button', { name: 'Dismiss' });
    act(() => close.focus());
    fireEvent.mouseLeave(toast);
    wait(TOAST_WITH_ACTION_MS * 3);
    expect(screen.queryByTestId('toast')).not.toBeNull();
    act(() => close.blur());
    wait(TOAST_WITH_ACTION_MS - 100);
    expect(screen.queryByTestId('toast')).not.toBeNull();
    wait(100);
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('a replacement toast is not held by the one it replaced', () => {
    const first = renderToast({ title: 'First' });
    fireEvent.mouseEnter(first);
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    wait(TOAST_MS);
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('closes with its button or Escape and gives the focus to the content', () => {
    renderToast({ title: 'Changes saved' });
    const close = screen.getByRole('button', { name: 'Dismiss' });
    act(() => close.focus());
    fireEvent.click(close);
    expect(screen.queryByTestId('toast')).toBeNull();
    expect(document.activeElement?.id).toBe('main');

    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    fireEvent.keyDown(screen.getByTestId('toast'), { key: 'Escape' });
    expect(screen.queryByTestId('toast')).toBeNull();
  });
});
