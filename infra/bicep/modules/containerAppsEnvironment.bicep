// The Container Apps environment, in its own subnet. Its managed OpenTelemetry agent receives the app's OTLP
// (the platform sets OTEL_EXPORTER_OTLP_ENDPOINT in every app) and sends traces and logs to Application
// Insights; console and system logs go to Log Analytics through diagnostic settings. The broker's file share
// is registered here as environment storage.

param location string
param tags object
param name string
param workspaceId string
param applicationInsightsName string
param appsSubnetId string
param zoneRedundant bool
param storageAccountName string
param brokerShareName string

@description('Name under which apps mount the broker\'s share.')
param brokerStorageName string

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource environment 'Microsoft.App/managedEnvironments@2025-02-02-preview' = {
  name: name
  location: location
  tags: tags
  properties: {
    zoneRedundant: zoneRedundant
    vnetConfiguration: {
      infrastructureSubnetId: appsSubnetId
      internal: false
    }
    workloadProfiles: [
      { name: 'Consumption', workloadProfileType: 'Consumption' }
    ]
    appLogsConfiguration: { destination: 'azure-monitor' }
    appInsightsConfiguration: {
      connectionString: applicationInsights.properties.ConnectionString
    }
    openTelemetryConfiguration: {
      tracesConfiguration: { destinations: ['appInsights'] }
      logsConfiguration: { destinations: ['appInsights'] }
    }
    peerAuthentication: { mtls: { enabled: true } }
  }

  resource brokerStorage 'storages' = {
    name: brokerStorageName
    properties: {
      azureFile: {
        accountName: storageAccount.name
        accountKey: storageAccount.listKeys().keys[0].value
        shareName: brokerShareName
        accessMode: 'ReadWrite'
      }
    }
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: environment
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

output id string = environment.id
output name string = environment.name
output defaultDomain string = environment.properties.defaultDomain
output brokerStorageName string = environment::brokerStorage.name
