/** The components available in every explainer without an import. */
import Cite from './Cite.astro';
import Clause from './Clause.astro';
import ControlMap from './ControlMap.astro';
import HeadingAnchor from './HeadingAnchor.astro';
import InShort from './InShort.astro';
import KeyFacts from './KeyFacts.astro';
import Map from './Map.astro';
import NoteItem from './NoteItem.astro';
import NoteMark from './NoteMark.astro';
import Notes from './Notes.astro';
import Now from './Now.astro';
import Person from './Person.astro';
import Place from './Place.astro';
import Position from './Position.astro';
import Positions from './Positions.astro';
import Term from './Term.astro';
import Then from './Then.astro';
import ThenNow from './ThenNow.astro';
import Timeline from './Timeline.astro';

export const mdxComponents = {
  Cite,
  Clause,
  ControlMap,
  HeadingAnchor,
  InShort,
  KeyFacts,
  Map,
  NoteItem,
  NoteMark,
  Notes,
  Now,
  Person,
  Place,
  Position,
  Positions,
  Term,
  Then,
  ThenNow,
  Timeline,
};
