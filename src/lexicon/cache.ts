// Data files are read and validated once per folder.

/** `read(dir)`, remembered per `dir`. */
export function loadedOnce<T>(read: (dir: string) => T): (dir: string) => T {
  const cache = new Map<string, T>();
  return (dir) => {
    const cached = cache.get(dir);
    if (cached !== undefined) return cached;
    const value = read(dir);
    cache.set(dir, value);
    return value;
  };
}
