// The container registry shared by every environment, in its own resource group: deploy.yml builds the image
// once, pushes it here, and test and then prod run the same tag. Pull is by managed identity only.

param location string = resourceGroup().location

@minLength(5)
@maxLength(50)
param name string

@description('Basic, Standard or Premium.')
param skuName string = 'Standard'

@description('Log Analytics workspace for the registry\'s logs (e.g. the prod environment\'s); empty: none.')
param workspaceId string = ''

param tags object = {}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: name
  location: location
  tags: union(tags, { application: 'consortium', 'managed-by': 'bicep' })
  sku: { name: skuName }
  properties: {
    adminUserEnabled: false
    publicNetworkAccess: 'Enabled'
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (!empty(workspaceId)) {
  name: 'to-log-analytics'
  scope: registry
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

output loginServer string = registry.properties.loginServer
