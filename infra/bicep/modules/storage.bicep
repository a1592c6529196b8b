// The storage account: a private blob container per authority for direct-work documents, and the file share
// that keeps the broker's data across restarts. Public blob access is off, TLS 1.2 is the minimum, HTTPS only,
// and only the environment's subnet reaches it.
//
// Shared key access stays on for two reasons, both recorded in infra/bicep/README.md: the app's AzureBlob
// document store takes a connection string (Documents:ConnectionString), and Container Apps mounts Azure Files
// over SMB with the account key. The connection string is written to Key Vault here; it is never an output.

import { authority } from '../types.bicep'

param location string
param tags object
param name string
param workspaceId string
param authorities authority[]
param appsSubnetId string
param appIdentityName string
param keyVaultName string

@description('Standard_LRS, Standard_ZRS, Standard_GZRS...')
param skuName string

@description('Days deleted blobs and containers can be recovered.')
param deleteRetentionDays int

@description('Name of the file share that holds the broker\'s data.')
param brokerShareName string

var blobDataContributor = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: appIdentityName
}

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: skuName }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    allowSharedKeyAccess: true
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Deny'
      virtualNetworkRules: [{ id: appsSubnetId, action: 'Allow' }]
    }
  }

  resource blobs 'blobServices' = {
    name: 'default'
    properties: {
      deleteRetentionPolicy: { enabled: true, days: deleteRetentionDays }
      containerDeleteRetentionPolicy: { enabled: true, days: deleteRetentionDays }
    }

    resource documents 'containers' = [
      for a in authorities: {
        name: 'documents-${a.slug}'
        properties: {
          publicAccess: 'None'
          metadata: { authority: a.slug, onsCode: a.onsCode }
        }
      }
    ]
  }

  resource files 'fileServices' = {
    name: 'default'
    properties: {
      shareDeleteRetentionPolicy: { enabled: true, days: deleteRetentionDays }
    }

    resource brokerShare 'shares' = {
      name: brokerShareName
      properties: {
        enabledProtocols: 'SMB'
        shareQuota: 16
      }
    }
  }
}

resource appWritesBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, appIdentity.id, blobDataContributor)
  scope: account
  properties: {
    roleDefinitionId: blobDataContributor
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName

  resource documentsConnection 'secrets' = {
    name: 'documents-connection-string'
    properties: {
      contentType: 'Azure Storage connection string (Documents:ConnectionString)'
      value: 'DefaultEndpointsProtocol=https;AccountName=${account.name};AccountKey=${account.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
    }
  }
}

resource accountDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: account
  properties: {
    workspaceId: workspaceId
    metrics: [{ category: 'Transaction', enabled: true }]
  }
}

resource blobDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: account::blobs
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
    metrics: [{ category: 'Transaction', enabled: true }]
  }
}

resource fileDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: account::files
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
    metrics: [{ category: 'Transaction', enabled: true }]
  }
}

output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output brokerShareName string = account::files::brokerShare.name
