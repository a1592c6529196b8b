// Key Vault in RBAC mode with soft delete and purge protection. It holds each authority's identity-provider
// client secret (idp-{slug}-client-secret), the hub's (idp-hub-client-secret), the broker's password and the
// documents connection string. Secret values are never template parameters: deploy/rotate-client-secret.sh and
// deploy/deploy-environment.sh write them out of band; the storage module writes its own.

import { entraGroup } from '../types.bicep'

param location string
param tags object
param name string
param workspaceId string

@description('The app\'s user-assigned identity: reads secrets (Key Vault Secrets User).')
param appIdentityName string

@description('Platform operators: write and rotate secrets (Key Vault Secrets Officer).')
param operators entraGroup

var secretsUser = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
var secretsOfficer = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: appIdentityName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
    networkAcls: { bypass: 'AzureServices', defaultAction: 'Allow' }
  }
}

resource appReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appIdentity.id, secretsUser)
  scope: vault
  properties: {
    roleDefinitionId: secretsUser
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource operatorsWriteSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, operators.objectId, secretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: secretsOfficer
    principalId: operators.objectId
    principalType: 'Group'
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: vault
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
