// Log Analytics (every diagnostic setting sends here) and workspace-based Application Insights (the
// Container Apps environment's OpenTelemetry agent sends the app's traces and logs here).

param location string
param tags object
param workspaceName string
param applicationInsightsName string

@minValue(30)
@maxValue(730)
param retentionDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionDays
    features: { enableLogAccessUsingOnlyResourcePermissions: true }
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    DisableLocalAuth: false
    RetentionInDays: retentionDays
  }
}

output workspaceId string = workspace.id
output applicationInsightsName string = applicationInsights.name
