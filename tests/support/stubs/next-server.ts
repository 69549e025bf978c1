// Outside a Next server every call is "per request": connection() has nothing to wait for.
export async function connection(): Promise<void> {}
