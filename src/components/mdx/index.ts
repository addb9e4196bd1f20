import AllyCount from './AllyCount.astro';
import Fact from './Fact.astro';

/** Components authors may use in MDX without importing them. */
export const mdxComponents = { AllyCount, Fact };
