/** For the `default` branch of an exhaustive `switch`: compilation fails if a case is missing. */
export function assertNever(x: never): never {
  throw new Error(`unexpected value ${JSON.stringify(x)}`);
}
