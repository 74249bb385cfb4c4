/** The entries of the given source ids, in order, or an error naming where they were cited and the missing id. */
export function sourcesById<S extends { id: string }>(all: S[], ids: string[], where: string): S[] {
  return ids.map((id) => {
    const entry = all.find((s) => s.id === id);
    if (!entry) throw new Error(`${where}: source "${id}" is not in content/sources/.`);
    return entry;
  });
}
