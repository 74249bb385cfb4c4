/** Every name a reader may know a place by. */

export interface PlaceNames {
  name: string;
  otherName?: string;
  armenian?: { latin: string; native?: string };
  azerbaijani?: { latin: string; native?: string };
  russian?: string;
  former?: FormerName[];
}

/** A former name: a plain string, or the name with the years it was used, where a source gives them. */
export type FormerName = string | { name: string; from?: string; to?: string };

/** The former names as plain strings. */
export function formerNames(former: FormerName[] = []): string[] {
  return former.map((f) => (typeof f === 'string' ? f : f.name));
}

/** All distinct names of a place, the conventional English one first. */
export function allNames(place: PlaceNames): string[] {
  const names = [
    place.name,
    place.otherName,
    place.armenian?.latin,
    place.armenian?.native,
    place.azerbaijani?.latin,
    place.azerbaijani?.native,
    place.russian,
    ...formerNames(place.former),
  ].filter((n): n is string => Boolean(n));
  return [...new Set(names)];
}

/** The label at first mention: "Stepanakert (Khankendi)", or the name alone. */
export function firstMention(place: PlaceNames): string {
  return place.otherName ? `${place.name} (${place.otherName})` : place.name;
}

/** As many names as fit in `max` characters, joined by " · ", the first always. */
export function titleFromNames(names: string[], max: number): string {
  return names.reduce(
    (title, n) => (title && `${title} · ${n}`.length > max ? title : title ? `${title} · ${n}` : n),
    '',
  );
}
