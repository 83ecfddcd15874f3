// The bit of the `chrome` API that tests call inside extension pages (page.evaluate).
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};
