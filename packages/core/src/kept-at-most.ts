/**
 * A map that holds at most `most` entries and, when full, drops the one used longest ago: for what a
 * process keeps between requests under keys visitors choose (zones, locales, handles), so it cannot
 * grow without end.
 */
export class KeptAtMost<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly most: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value kept for `key` (undefined if none), now the most recently used. */
  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.most) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  /** The value kept for `key`, or else what `make` gives, kept from now on (undefined included). */
  getOr(key: K, make: () => V): V {
    if (this.entries.has(key)) return this.get(key) as V;
    const value = make();
    this.set(key, value);
    return value;
  }
}
