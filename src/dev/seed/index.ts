export { seedDemoOrganisation, quarterOf, type SeedOptions, type SeedReport } from './seed';
export { currentObjectives, pastObjectives, people, teams } from './demo-organisation';
export { prepareDemoSite, type DemoSiteOptions } from './demo-site';
