/**
 * A schema built the first time it is used instead of when its module loads.
 *
 * The domain declares a few hundred zod schemas; building them all is the largest piece of
 * work in evaluating the panel's modules (tens of milliseconds and garbage on every open),
 * while opening the panel uses a handful. Wrapped, a schema is the same object to its users:
 * `Schema.parse(...)`, `z.infer<typeof Schema>` and composing it into other schemas work as
 * before, and it is built, once, by whatever touches it first.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    has: (_, key) => Reflect.has(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
