import type { Problem } from '../contract/common.js';

/**
 * Why a request to the endpoint failed:
 * - `network`: no answer at all (offline, DNS, CORS, connection reset);
 * - `timeout`: no answer in time;
 * - `http`: an answer with an error status (`status`, and the RFC 9457 `problem` when it sent one);
 * - `contract`: an answer whose body is not what the contract promises (`issues` says where).
 */
export type EndpointErrorKind = 'network' | 'timeout' | 'http' | 'contract';

export class EndpointError extends Error {
  override readonly name = 'EndpointError';

  constructor(
    readonly kind: EndpointErrorKind,
    message: string,
    readonly status = 0,
    readonly problem?: Problem,
    /** How long the server asked us to wait before trying again (429, 503). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }

  /** Worth trying again later: the server may answer differently. */
  get transient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.status === 408 ||
      this.status === 425 ||
      this.status === 429 ||
      this.status >= 500
    );
  }
}
