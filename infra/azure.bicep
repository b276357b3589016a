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

// The reminders job (src/jobs): an Azure Functions app on the Consumption plan whose timer runs a
// pass every 15 minutes. It calls Microsoft Graph with its system-assigned managed identity, so
// no credential is stored anywhere; an admin grants that identity TeamsActivity.Send,
// MailboxSettings.Read and Sites.Selected (write on the OKR site) after provisioning (README,
// "Reminders"). https://learn.microsoft.com/azure/azure-functions/functions-infrastructure-as-code
@description('The OKR site as Graph addresses it, e.g. contoso.sharepoint.com:/sites/okr.')
param okrSite string

@description('The Teams app id (the manifest id), for the links in the notifications.')
param teamsAppId string

@description('The organisation time zone (IANA) for people whose mailbox time zone cannot be read.')
param defaultTimeZone string = 'UTC'

@allowed([
  'en'
  'de'
  'fr'
  'es'
])
@description('The language of the notifications\' preview text and the digest\'s topic (one text per notification).')
param reminderLanguage string = 'en'

param functionsLocation string = resourceGroup().location

var remindersName = '${resourceBaseName}-reminders'
// Storage account names: 3-24 lowercase letters and digits, unique across Azure.
var storageName = take('${toLower(replace(resourceBaseName, '-', ''))}${uniqueString(resourceGroup().id)}', 24)

resource remindersStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: functionsLocation
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource remindersPlan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: remindersName
  location: functionsLocation
  kind: 'functionapp'
  sku: {
    name: 'Y1'
    tier: 'Dynamic'
  }
  properties: {}
}

var storageConnection = 'DefaultEndpointsProtocol=https;AccountName=${remindersStorage.name};AccountKey=${remindersStorage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'

resource remindersApp 'Microsoft.Web/sites@2023-12-01' = {
  name: remindersName
  location: functionsLocation
  kind: 'functionapp'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: remindersPlan.id
    httpsOnly: true
    siteConfig: {
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      nodeVersion: '~22'
      appSettings: [
        {
          name: 'AzureWebJobsStorage'
          value: storageConnection
        }
        {
          name: 'WEBSITE_CONTENTAZUREFILECONNECTIONSTRING'
          value: storageConnection
        }
        {
          name: 'WEBSITE_CONTENTSHARE'
          value: toLower(remindersName)
        }
        {
          name: 'FUNCTIONS_EXTENSION_VERSION'
          value: '~4'
        }
        {
          name: 'FUNCTIONS_WORKER_RUNTIME'
          value: 'node'
        }
        {
          name: 'WEBSITE_NODE_DEFAULT_VERSION'
          value: '~22'
        }
        {
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1'
        }
        {
          name: 'OKR_GRAPH_BASE_URL'
          value: 'https://graph.microsoft.com/v1.0'
        }
        {
          name: 'OKR_SITE'
          value: okrSite
        }
        {
          name: 'TEAMS_APP_ID'
          value: teamsAppId
        }
        {
          name: 'OKR_DEFAULT_TIME_ZONE'
          value: defaultTimeZone
        }
        {
          name: 'OKR_LANGUAGE'
          value: reminderLanguage
        }
      ]
    }
  }
}

output REMINDERS_FUNCTION_APP_RESOURCE_ID string = remindersApp.id
output REMINDERS_PRINCIPAL_ID string = remindersApp.identity.principalId
