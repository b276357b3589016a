// Hosting for the OKR Coach pages (Teams tab, configuration, meeting side panel and stage, Excel
// task pane and custom functions): one Azure Static Web App. The site is static; Microsoft Graph
// is called from the browser with the signed-in user's token, so there is no server to host.

@maxLength(20)
@minLength(4)
@description('Base name of the resources, e.g. okrcoach plus RESOURCE_SUFFIX.')
param resourceBaseName string

@allowed([
  'Free'
  'Standard'
])
@description('Free is enough for a pilot; Standard adds an SLA, custom-domain certificates and private endpoints.')
param staticWebAppSku string = 'Free'

// Static Web Apps serve content from a global edge; the resource itself lives in one of these.
@allowed([
  'centralus'
  'eastus2'
  'westus2'
  'westeurope'
  'eastasia'
])
param location string = 'westeurope'

param staticWebAppName string = resourceBaseName

resource swa 'Microsoft.Web/staticSites@2022-09-01' = {
  name: staticWebAppName
  location: location
  sku: {
    name: staticWebAppSku
    tier: staticWebAppSku
  }
  properties: {}
}

var siteDomain = swa.properties.defaultHostname

// Outputs are written to env/.env.<environment> by the toolkit's arm/deploy action.
output AZURE_STATIC_WEB_APPS_RESOURCE_ID string = swa.id
output TAB_DOMAIN string = siteDomain
output TAB_ENDPOINT string = 'https://${siteDomain}'
