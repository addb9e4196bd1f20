import AllyCount from './AllyCount.astro';
import Callout from './Callout.astro';
import ConfidenceLevels from './ConfidenceLevels.astro';
import CorrectionsEmail from './CorrectionsEmail.astro';
import CountryLink from './CountryLink.astro';
import Fact from './Fact.astro';
import FactChart from './FactChart.astro';
import Figure from './Figure.astro';
import Publication from './Publication.astro';
import PullQuote from './PullQuote.astro';
import SiteLink from './SiteLink.astro';
import Timeline from './Timeline.astro';
import TreatyAllies from './TreatyAllies.astro';
import TreatyAllyCount from './TreatyAllyCount.astro';

/** Components authors may use in MDX without importing them (documented in the README). */
export const mdxComponents = {
  AllyCount,
  Callout,
  ConfidenceLevels,
  CorrectionsEmail,
  CountryLink,
  Fact,
  FactChart,
  Figure,
  Publication,
  PullQuote,
  SiteLink,
  Timeline,
  TreatyAllies,
  TreatyAllyCount,
};
