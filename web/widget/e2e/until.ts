/** Polls `check` until it returns true (or throws after `timeout` ms with `what`). */
export async function until(what: string, check: () => Promise<boolean>, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
