// Azure SQL: a logical server that accepts Microsoft Entra sign-in only (its administrator is a group), an
// elastic pool, one database per authority plus the hub's and the catalog's, each with point-in-time restore
// for the pool's retention. Only the Container Apps subnet reaches the server. Auditing and every database's
// logs go to Log Analytics.

import { entraGroup, sqlPoolSettings } from '../types.bicep'

param location string
param tags object
param serverName string
param poolName string
param workspaceId string
param appsSubnetId string
param administrators entraGroup
param pool sqlPoolSettings

@description('Database names: consortium-{slug} for each authority, consortium-hub, consortium-catalog.')
param databaseNames string[]

resource server 'Microsoft.Sql/servers@2023-08-01' = {
  name: serverName
  location: location
  tags: tags
  properties: {
    minimalTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    restrictOutboundNetworkAccess: 'Disabled'
    administrators: {
      administratorType: 'ActiveDirectory'
      azureADOnlyAuthentication: true
      principalType: 'Group'
      login: administrators.displayName
      sid: administrators.objectId
      tenantId: tenant().tenantId
    }
  }

  resource appsSubnet 'virtualNetworkRules' = {
    name: 'container-apps'
    properties: {
      virtualNetworkSubnetId: appsSubnetId
      ignoreMissingVnetServiceEndpoint: false
    }
  }

  resource auditing 'auditingSettings' = {
    name: 'default'
    properties: {
      state: 'Enabled'
      isAzureMonitorTargetEnabled: true
    }
  }

  resource master 'databases' existing = {
    name: 'master'
  }
}

resource elasticPool 'Microsoft.Sql/servers/elasticPools@2023-08-01' = {
  parent: server
  name: poolName
  location: location
  tags: tags
  sku: {
    name: pool.skuName
    tier: pool.tier
    family: pool.?family
    capacity: pool.capacity
  }
  properties: {
    zoneRedundant: pool.zoneRedundant
    perDatabaseSettings: {
      minCapacity: 0
      maxCapacity: pool.perDatabaseMaxCapacity
    }
  }
}

resource databases 'Microsoft.Sql/servers/databases@2023-08-01' = [
  for name in databaseNames: {
    parent: server
    name: name
    location: location
    tags: tags
    properties: {
      elasticPoolId: elasticPool.id
      collation: 'SQL_Latin1_General_CP1_CI_AS'
      zoneRedundant: pool.zoneRedundant
      requestedBackupStorageRedundancy: pool.backupStorageRedundancy
    }
  }
]

resource shortTermRetention 'Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies@2023-08-01' = [
  for (name, i) in databaseNames: {
    parent: databases[i]
    name: 'default'
    properties: {
      retentionDays: pool.backupRetentionDays
    }
  }
]

resource databaseDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = [
  for (name, i) in databaseNames: {
    name: 'to-log-analytics'
    scope: databases[i]
    properties: {
      workspaceId: workspaceId
      logs: [{ categoryGroup: 'allLogs', enabled: true }]
      metrics: [{ category: 'Basic', enabled: true }]
    }
  }
]

resource auditDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'audit-to-log-analytics'
  scope: server::master
  properties: {
    workspaceId: workspaceId
    logs: [{ category: 'SQLSecurityAuditEvents', enabled: true }]
  }
}

output serverName string = server.name
output fullyQualifiedDomainName string = server.properties.fullyQualifiedDomainName
output databaseNames string[] = [for (name, i) in databaseNames: databases[i].name]
