import { EVENT_BUDGET } from './socketIoProtocol.js';

/**
 * How many client events one connection may send in a window (EVENT_BUDGET: 30 per 10 s) before
 * it is ended. Commands and watches are not counted (they have limits of their own, answered
 * without ending the connection); this bounds what is cheap to send and costly to serve (a
 * Subscribe starts a feed read).
 */
export class EventBudget {
  private left: number = EVENT_BUDGET.events;
  private resetAt = Date.now() + EVENT_BUDGET.windowMs;

  /** Counts one event; false once the window's budget is spent. */
  take(): boolean {
    const now = Date.now();
    if (now >= this.resetAt) {
      this.left = EVENT_BUDGET.events;
      this.resetAt = now + EVENT_BUDGET.windowMs;
    }
    return --this.left >= 0;
  }
}
