/** Problems with the queue itself (Redis unreachable, an unknown batch): a clear message, exit 1. */
export class QueueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueueError';
  }
}
