/** The components available in every explainer without an import. */
import Cite from './Cite.astro';
import ControlMap from './ControlMap.astro';
import ControlMapStrip from './ControlMapStrip.astro';
import DeathsChart from './DeathsChart.astro';
import DisplacementChart from './DisplacementChart.astro';
import KeyFacts from './KeyFacts.astro';
import Map from './Map.astro';
import Now from './Now.astro';
import Person from './Person.astro';
import Place from './Place.astro';
import Position from './Position.astro';
import Positions from './Positions.astro';
import Term from './Term.astro';
import Then from './Then.astro';
import ThenNow from './ThenNow.astro';
import Timeline from './Timeline.astro';

export const mdxComponents = { Cite, ControlMap, ControlMapStrip, DeathsChart, DisplacementChart, KeyFacts, Map, Now, Person, Place, Position, Positions, Term, Then, ThenNow, Timeline };
