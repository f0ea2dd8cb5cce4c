/** Strings by index, in first-seen order: each one is written once (cache files refer to it by number). */
export class Interner {
  private readonly ids = new Map<string, number>();

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) this.ids.set(text, (id = this.ids.size));
    return id;
  }

  get all(): string[] {
    return [...this.ids.keys()];
  }
}
