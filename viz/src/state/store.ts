// A minimal observable holder for the UI state: dispatch(producer) applies a pure producer and tells
// the subscribers. The subscribers (controllers, UI) are where side effects happen.
import type { Producer, ViewState } from "./state";

export type Listener = (state: ViewState, previous: ViewState) => void;

export interface StateStore {
  get(): ViewState;
  dispatch(producer: Producer): void;
  subscribe(listener: Listener): () => void;
}

export function createStateStore(initial: ViewState): StateStore {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    dispatch(producer) {
      const previous = state;
      const next = producer(state);
      if (next === previous) return;
      state = next;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
