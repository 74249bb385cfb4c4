/** Text for HTML or XML, in an element or a double-quoted attribute: &, <, > and " as entities. */
export const escapeMarkup = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
