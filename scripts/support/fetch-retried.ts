/** fetch, retried once: a pooled connection may have been closed by the server's keep-alive timeout while wrk ran. */
export async function fetchRetried(url: string | URL, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}
