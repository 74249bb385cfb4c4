/**
 * The interface's wording in English: every reader-facing string that is not content (headings of
 * the standard sections, labels, buttons, aria-labels, the footer). Content, the explainers and
 * the entries, lives in content/. `{name}` marks a parameter that `t()` fills. A second language
 * is a second file with the same keys.
 */
export const lang = 'en-GB';

/** The Open Graph locale, as og:locale writes it. */
export const ogLocale = 'en_GB';

export const en = {
  // Every page
  'page.skipLink': 'Skip to content',
  'page.mainNav': 'Main',
  'nav.explainers': 'Explainers',
  'nav.timeline': 'Timeline',
  'nav.documents': 'Documents',
  'nav.glossary': 'Glossary',
  'nav.sources': 'Sources',
  'nav.about': 'About',
  'search.title': 'Search',
  'search.close': 'Close',
  'search.closeWhat': 'search',
  'search.open': 'Search',
  'search.shortcut': 'Ctrl K',
  'theme.toggle': 'Dark theme',
  'footer.textAndData': 'Text and data:',
  'footer.withAttribution': ', with attribution. Code:',
  'footer.codeLicence': '{name} licence',
  'footer.everySource': '. Every source is listed on the',
  'footer.sourcesPage': 'sources page',
  'footer.openDataLead': ', and the data can be downloaded as',
  'footer.openData': 'open data',
  'footer.correction': 'Report a correction',
  'footer.built': 'Built on',

  // Dates and counts beside a title
  'meta.lastReviewed': 'Last reviewed',
  'meta.coveredTo': 'Events covered to:',
  'meta.minRead': '{n} min read',
  'meta.sources': '{n} sources',

  // An explainer's standard sections and apparatus
  'toc.title': 'On this page',
  'section.inShort': 'In short',
  'section.keyFacts': 'Key facts',
  'section.notes': 'Notes',
  'section.references': 'References',
  'section.balance': 'Sources on this page',
  'section.citeThisPage': 'Cite this page',
  'cite.source': 'Source {n}',
  'cite.sourceAt': 'Source {n}, {locator}',
  'references.backTo': 'Back to citation {n}',
  'notes.mark': 'Note {letter}',
  'notes.backTo': 'Back to note {letter}',
  'balance.distinct': '{n} distinct sources.',
  'balance.howWeChoose': 'How we choose sources',
  'balance.basedIn': 'Publisher based in',
  'balance.otherStates': 'Other states',
  'balance.kind': 'Kind of publisher',
  'pager.label': 'Previous and next explainer',
  'pager.previous': 'Previous',
  'pager.next': 'Next',
  'positions.who': 'Who, and when',
  'positions.what': 'What they said',
  'thenNow.label': 'Then and now: {topic}',
  'thenNow.then': 'Reported at the time',
  'thenNow.now': 'Established later',
  'datedNote.asOf': 'as of',

  // The "#" link at the end of an explainer's heading
  'heading.link': 'Link to this section',

  // Entries: events, sources, places, documents
  'event.onTimeline': 'This event on the timeline',
  'event.link': 'Link to this event',
  'event.places': 'Places:',
  'entry.sources': 'Sources:',
  'entry.opening': 'opening',
  'entry.notNamed': 'No explainer names it yet.',
  'clause.link': 'Link to {name}',
  'clause.verbatim': 'The text of {name}, {language} version published by {publishedBy}.',
  'clause.summaryFromQuotes': 'Summary in this site’s words, from quotations of the text in the sources cited:',
  'clause.summaryOf': 'Summary in this site’s words of the {language} text published by {publishedBy}:',
  'clause.whatBecame': 'What became of it',
  'clause.asOf': 'as of',
  'clause.accounts': "Each side's account",
  'clause.discussedIn': 'Where the explainers discuss it',
  'clause.notLinked': 'No explainer links to this {label} yet.',
  'legend.label': 'Legend',
  'timeline.filters': 'Filter the timeline',
  'timeline.byPeriod': 'By period',
  'timeline.allPeriods': 'All periods',
  'timeline.byPlace': 'By place',
  'timeline.allPlaces': 'All places',
  'timeline.full': 'The full timeline',
  'timeline.embedLabel': 'Timeline: {title}',
  'sources.citedIn': 'Cited in',
  'sources.byBasedIn': 'Where the publishers are based',
  'source.undated': ', undated',
  'source.onlyCopy': "Only a copy on {host} was found, not the publisher's own page.",
  'source.readAt': 'Read at',
  'source.copyOn': 'a copy on {host}',
  'source.accessed': 'Accessed',
  'person.people': 'People',
  'person.roles': 'Roles',
  'person.inTimeline': 'In the timeline',
  'person.noEvents': 'No timeline event names {name} yet.',
  'person.mentionedIn': 'Where the explainers mention them',
  'person.sourcesLead': 'Where the roles and dates come from.',
  'glance.point': 'Point',
  'glance.number': 'No.',
  'glance.provided': 'What it provided',
  'glance.status': 'Status, as of',
  'glossary.usedOn': 'Used on',

  // The home page
  'home.maps': 'Where it is, and who held what',
  'home.explainers': 'The explainers',
  'home.figures': 'Key figures',
  'home.dates': 'Ten dates',
  'home.more': 'Also on this site',

  // The 404 page
  'notFound.title': 'Page not found',
  'notFound.description': 'There is no page at this address.',
  'notFound.text': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.home': 'Go to the home page',
  'notFound.explainers': 'See all explainers',
  'notFound.search': 'Search the site',
} as const;

export type Key = keyof typeof en;
