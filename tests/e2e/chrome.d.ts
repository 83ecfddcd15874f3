// The bit of the `chrome` API that tests call inside extension pages and the worker.
type ChromeStorageArea = { get(keys: null | string | string[]): Promise<Record<string, unknown>> };
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: ChromeStorageArea; sync: ChromeStorageArea; session: ChromeStorageArea };
};
