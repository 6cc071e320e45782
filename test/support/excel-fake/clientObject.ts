/** Proxies: properties become readable only after load() and sync(); formatting is recorded as actions. */
import { OfficeFakeError, type BaseRequestContext, type Rect } from "./context";

export abstract class FakeClientObject<P extends object> {
  private loaded: Partial<P> = {};
  private loadedKeys = new Set<keyof P>();

  constructor(protected readonly context: BaseRequestContext) {}

  protected abstract snapshot(keys: (keyof P)[]): Partial<P>;

  load(props: (keyof P)[] | string): this {
    const keys = (typeof props === "string" ? props.split(",").map((s) => s.trim()) : props) as (keyof P)[];
    this.context.read(
      keys,
      () => this.snapshot(keys),
      (result) => {
        Object.assign(this.loaded, result as Partial<P>);
        keys.forEach((k) => this.loadedKeys.add(k));
      },
    );
    return this;
  }

  /** As if these properties had been loaded and synced (items of a loaded collection come back so). */
  preload(values: Partial<P>): this {
    Object.assign(this.loaded, values);
    (Object.keys(values) as (keyof P)[]).forEach((k) => this.loadedKeys.add(k));
    return this;
  }

  protected read<K extends keyof P>(key: K): P[K] {
    if (!this.loadedKeys.has(key)) {
      throw new OfficeFakeError("PropertyNotLoaded", `property '${String(key)}' was not loaded and synced`);
    }
    return this.loaded[key] as P[K];
  }
}

/** A recording stand-in for range.format and its children: every property set becomes an action. */
export function formatRecorder(
  context: BaseRequestContext,
  sheetName: string,
  rect: () => Rect,
  path: string[] = ["format"],
): object {
  const record = (name: string, value: unknown) =>
    context.write({ path: [...path, name], value }, () => {
      context.data.sheet(sheetName)?.formats.push({ rect: rect(), path: [...path, name].join("."), value });
    });
  return new Proxy(
    {},
    {
      get(_, name: string) {
        if (name === "autofitColumns" || name === "autofitRows") return () => record(name, true);
        if (name === "getItem") return (item: string) => formatRecorder(context, sheetName, rect, [...path, item]);
        return formatRecorder(context, sheetName, rect, [...path, name]);
      },
      set(_, name: string, value: unknown) {
        record(name, value);
        return true;
      },
    },
  );
}
