/**
 * What went wrong on the page while a test ran: every reliability file
 * (property-based and hostile-input alike) records uncaught errors,
 * unhandled rejections and console warnings the same way, and checks them.
 */
/** What went wrong on the page while a case ran. */
export class PageWatch {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  private originalWarn?: typeof console.warn;

  private readonly onError = (event: ErrorEvent) => {
    this.errors.push(
      `uncaught ${event.error instanceof Error ? (event.error.stack ?? event.error.message) : event.message}`,
    );
  };

  private readonly onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason instanceof Error ? (event.reason.stack ?? event.reason.message) : String(event.reason);
    this.errors.push(`unhandled rejection ${reason}`);
  };

  install(): void {
    addEventListener('error', this.onError);
    addEventListener('unhandledrejection', this.onRejection);
    this.originalWarn = console.warn;
    console.warn = (...args: unknown[]) => {
      this.warnings.push(args.map(String).join(' '));
    };
  }

  uninstall(): void {
    removeEventListener('error', this.onError);
    removeEventListener('unhandledrejection', this.onRejection);
    if (this.originalWarn) console.warn = this.originalWarn;
  }

  reset(): void {
    this.errors.length = 0;
    this.warnings.length = 0;
  }
}

/** Shortens what a failure prints: a 100 KB counterexample helps no one, its seed and path replay it. */
export function clip(text: string, max = 600): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
