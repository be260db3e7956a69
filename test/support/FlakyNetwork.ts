/**
 * A fetch for client tests that can go offline, lose responses after the server acted on the
 * request, or send a request twice. The requests that do go out reach the real server unchanged.
 */
export class FlakyNetwork {
  online = true;
  /** The next N responses are lost after the server handled the request. */
  dropResponses = 0;
  /** The next N requests reach the server twice. */
  duplicateRequests = 0;

  readonly fetch: typeof fetch = async (input, init) => {
    if (!this.online) throw new TypeError('fetch failed: offline');
    if (this.duplicateRequests > 0) {
      this.duplicateRequests -= 1;
      await (await fetch(input, init)).arrayBuffer();
    }
    const response = await fetch(input, init);
    if (this.dropResponses > 0) {
      this.dropResponses -= 1;
      await response.arrayBuffer();
      throw new TypeError('fetch failed: connection reset');
    }
    return response;
  };
}
