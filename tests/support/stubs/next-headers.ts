// A stand-in for next/headers outside a Next server: tests set the request's cookies and headers.
type Cookie = { name: string; value: string };

const request = { cookies: new Map<string, string>(), headers: new Headers() };

/** Sets what cookies() and headers() return for the next calls, as if a new request came in. */
export function setTestRequest(init: { cookies?: Record<string, string>; headers?: Record<string, string> } = {}): void {
  request.cookies = new Map(Object.entries(init.cookies ?? {}));
  request.headers = new Headers(init.headers ?? {});
}

export function testCookies(): Map<string, string> {
  return request.cookies;
}

export async function cookies() {
  return {
    get: (name: string): Cookie | undefined => {
      const value = request.cookies.get(name);
      return value === undefined ? undefined : { name, value };
    },
    has: (name: string) => request.cookies.has(name),
    getAll: (): Cookie[] => [...request.cookies].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string) => {
      request.cookies.set(name, value);
    },
    delete: (name: string) => {
      request.cookies.delete(name);
    },
  };
}

export async function headers() {
  return request.headers;
}
