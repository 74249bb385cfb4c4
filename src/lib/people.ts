/**
 * Which people an event concerns, read from its own words: an event names a
 * person by full name or by family name. A family name that several people
 * share (Heydar and Ilham Aliyev) counts only for the one who held a role on
 * the event's date; the full name always counts. Matching ignores case and
 * diacritics, so "Erdogan" finds Recep Tayyip Erdoğan. Reading the text keeps
 * the link in step with what the timeline says, with no list to maintain.
 */

export interface PersonLike {
  id: string;
  name: string;
  roles: { from?: string; to?: string }[];
}

/** Lower case without diacritics: "Erdoğan" → "erdogan". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function familyName(name: string): string {
  return name.split(' ').at(-1)!;
}

/** The whole word or phrase `needle` in folded text, as a pattern. */
function word(needle: string): RegExp {
  const escaped = fold(needle).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}(?=$|[^\\p{L}])`, 'gu');
}

/** Whether a role spanned the (partial) date: "2020" is within a role of "2003-10-31" onwards. */
export function heldOn(role: { from?: string; to?: string }, date: string): boolean {
  const after = !role.from || date >= role.from.slice(0, date.length);
  const before = !role.to || date.slice(0, role.to.length) <= role.to;
  return after && before;
}

/** The ids of the people an event's text names, in the order given. */
export function peopleNamed(text: string, date: string, people: PersonLike[]): string[] {
  const folded = fold(text);
  // What is left once full names are taken out: a family name there stands alone.
  const rest = people.reduce((t, p) => t.replace(word(p.name), '$1 '), folded);
  return people
    .filter((p) => {
      if (word(p.name).test(folded)) return true;
      const family = familyName(p.name);
      if (!word(family).test(rest)) return false;
      const namesakes = people.filter((o) => fold(familyName(o.name)) === fold(family));
      return namesakes.length === 1 || p.roles.some((r) => heldOn(r, date));
    })
    .map((p) => p.id);
}
