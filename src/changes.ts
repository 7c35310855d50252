/**
 * A page-wide "this changed" signal that elements subscribe to. A Set rather than document listeners,
 * since adding the 2,000th listener for one event to one target costs a walk past the other 1,999.
 */
export interface Changes {
  /** Calls `listener` on every change, until `signal` aborts, if one is given. */
  subscribe(listener: () => void, signal?: AbortSignal): void;
  notify(): void;
}

export function changes(): Changes {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener, signal) {
      listeners.add(listener);
      signal?.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    notify() {
      for (const listener of listeners) listener();
    },
  };
}
