// Stand-ins for next/cache outside a Next server: the data layer's reads run uncached.
export function cacheTag(..._tags: string[]): void {}
export function cacheLife(_profile: unknown): void {}
export function revalidateTag(_tag: string, _profile?: unknown): void {}
export function updateTag(_tag: string): void {}
export function revalidatePath(_path: string): void {}
