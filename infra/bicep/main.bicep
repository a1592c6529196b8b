// One Consortium environment (dev, test or prod) in one resource group: monitoring, identity, Key Vault,
// network, Azure SQL (a database per authority in an elastic pool), storage, the Container Apps environment
// with the authority app, the hub app, the RabbitMQ broker and the operator job. The image comes from the
// shared registry (registry.bicep). See infra/bicep/README.md and deploy/README.md.

import {
  authority
  entraGroup
  environmentName
  identityProviderSettings
  networkSettings
  registryReference
  scaleSettings
  sqlPoolSettings
} from 'types.bicep'

param environment environmentName
param location string = resourceGroup().location

@description('Start of every resource name.')
@minLength(3)
@maxLength(10)
param namePrefix string = 'consortium'

@description('Parent domain: {slug}.{domain} for each authority, hub.{domain} for the hub.')
param domain string

@description('Every authority the environment serves: one database, one document container each.')
param authorities authority[]

@description('The hub\'s own identity provider (its secret: idp-hub-client-secret). Absent: only the development provider.')
param hubIdentityProvider identityProviderSettings?

@description('Entra group that administers the SQL server (the app\'s identity is made a member by deploy-environment.sh).')
param sqlAdministrators entraGroup

@description('Entra group of platform operators: they write and rotate Key Vault secrets.')
param platformOperators entraGroup

param registry registryReference

@description('Tag of the consortium image in the registry (deploy.yml passes the commit).')
@minLength(1)
param imageTag string

@description('Repository and tag of the RabbitMQ image mirrored into the registry by deploy-environment.sh.')
param brokerImage string

@description('False on the very first deployment: creates everything but the apps, so that their Key Vault secrets can be written first.')
param deployApps bool = true

@description('Runs the development identity provider (never in prod: the app refuses to start it in Production).')
param developmentSignIn bool = false

param pool sqlPoolSettings
param tenantScale scaleSettings
param hubScale scaleSettings
param network networkSettings

@description('Redundancy of the storage account: Standard_LRS, Standard_ZRS...')
param storageSkuName string

@minValue(30)
param logRetentionDays int

@description('Tags added to every resource, besides application, environment and managed-by.')
param tags object = {}

var allTags = union(tags, { application: 'consortium', environment: environment, 'managed-by': 'bicep' })
var base = '${namePrefix}-${environment}'
var suffix = take(uniqueString(subscription().id, resourceGroup().id), 6)
var databasePrefix = 'consortium'
var brokerUser = 'consortium'
var authoritiesWithProvider = filter(authorities, a => a.?identityProvider != null)
var loginEndpoint = az.environment().authentication.loginEndpoint
var names = {
  workspace: 'log-${base}'
  applicationInsights: 'appi-${base}'
  identity: 'id-${base}'
  network: 'vnet-${base}'
  vault: 'kv-${take(namePrefix, 4)}-${environment}-${suffix}'
  sqlServer: 'sql-${base}-${suffix}'
  storage: toLower('st${take(namePrefix, 4)}${environment}${suffix}')
  appsEnvironment: 'cae-${base}'
  tenantApp: 'ca-${base}-tenant'
  hubApp: 'ca-${base}-hub'
  broker: 'ca-${base}-broker'
  operatorJob: 'caj-${base}-operator'
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    tags: allTags
    workspaceName: names.workspace
    applicationInsightsName: names.applicationInsights
    retentionDays: logRetentionDays
  }
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    tags: allTags
    name: names.identity
  }
}

module vnet 'modules/network.bicep' = {
  name: 'network'
  params: {
    location: location
    tags: allTags
    name: names.network
    settings: network
  }
}

module vault 'modules/keyVault.bicep' = {
  name: 'key-vault'
  params: {
    location: location
    tags: allTags
    name: names.vault
    workspaceId: monitoring.outputs.workspaceId
    appIdentityName: names.identity
    operators: platformOperators
  }
  dependsOn: [identity]
}

module sql 'modules/sql.bicep' = {
  name: 'sql'
  params: {
    location: location
    tags: allTags
    serverName: names.sqlServer
    poolName: 'pool-${base}'
    workspaceId: monitoring.outputs.workspaceId
    appsSubnetId: vnet.outputs.appsSubnetId
    administrators: sqlAdministrators
    pool: pool
    databaseNames: concat(map(authorities, a => '${databasePrefix}-${a.slug}'), ['${databasePrefix}-hub', '${databasePrefix}-catalog'])
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    tags: allTags
    name: names.storage
    workspaceId: monitoring.outputs.workspaceId
    authorities: authorities
    appsSubnetId: vnet.outputs.appsSubnetId
    appIdentityName: names.identity
    keyVaultName: names.vault
    skuName: storageSkuName
    deleteRetentionDays: 14
    brokerShareName: 'broker'
  }
  dependsOn: [identity, vault]
}

module registryPull 'modules/registryPull.bicep' = {
  name: 'registry-pull-${environment}'
  scope: resourceGroup(registry.resourceGroupName)
  params: {
    registryName: registry.name
    identityName: names.identity
    identityResourceGroupName: resourceGroup().name
  }
  dependsOn: [identity]
}

module appsEnvironment 'modules/containerAppsEnvironment.bicep' = {
  name: 'container-apps-environment'
  params: {
    location: location
    tags: allTags
    name: names.appsEnvironment
    workspaceId: monitoring.outputs.workspaceId
    applicationInsightsName: names.applicationInsights
    appsSubnetId: vnet.outputs.appsSubnetId
    zoneRedundant: pool.zoneRedundant
    storageAccountName: names.storage
    brokerShareName: storage.outputs.brokerShareName
    brokerStorageName: 'broker-data'
  }
}

// What the app reads. Secrets are Container Apps secrets that reference Key Vault, exposed as settings with secretRef.
var sqlAuthentication = 'Authentication=Active Directory Managed Identity;User Id=${identity.outputs.clientId};Encrypt=True;Connect Timeout=60'
var sqlServer = 'Server=tcp:${sql.outputs.fullyQualifiedDomainName},1433'
var vaultSecretUrl = 'https://${names.vault}${az.environment().suffixes.keyvaultDns}/secrets/'
var image = '${registryPull.outputs.loginServer}/consortium:${imageTag}'

var commonSecrets = [
  { name: 'documents-connection-string', keyVaultUrl: '${vaultSecretUrl}documents-connection-string' }
  { name: 'broker-password', keyVaultUrl: '${vaultSecretUrl}broker-password' }
]
var authoritySecrets = [
  for a in authoritiesWithProvider: { name: 'idp-${a.slug}-client-secret', keyVaultUrl: '${vaultSecretUrl}idp-${a.slug}-client-secret' }
]
var hubSecrets = hubIdentityProvider == null ? [] : [{ name: 'idp-hub-client-secret', keyVaultUrl: '${vaultSecretUrl}idp-hub-client-secret' }]

var commonSettings = [
  { name: 'ASPNETCORE_ENVIRONMENT', value: developmentSignIn ? 'Staging' : 'Production' }
  { name: 'AZURE_CLIENT_ID', value: identity.outputs.clientId }
  { name: 'DevIdentity__Enabled', value: string(developmentSignIn) }
  { name: 'Tenancy__Domain', value: domain }
  { name: 'Tenancy__Strategies__0', value: 'Host' }
  // The ingress's Envoy proxies reach the app from the environment's subnet: only they may say the request was https.
  { name: 'ForwardedHeaders__KnownNetworks__0', value: network.appsSubnetPrefix }
  { name: 'Database__Provider', value: 'SqlServer' }
  { name: 'Database__MigrateOnStartup', value: 'false' }
  { name: 'Database__TenantConnectionTemplate', value: '${sqlServer};Database=${databasePrefix}-{slug};${sqlAuthentication}' }
  { name: 'Database__CatalogConnection', value: '${sqlServer};Database=${databasePrefix}-catalog;${sqlAuthentication}' }
  { name: 'DataProtection__Store', value: 'Catalog' }
  { name: 'Hub__ConnectionString', value: '${sqlServer};Database=${databasePrefix}-hub;${sqlAuthentication}' }
  { name: 'Documents__Provider', value: 'AzureBlob' }
  { name: 'Documents__ConnectionString', secretRef: 'documents-connection-string' }
  { name: 'Messaging__Transport', value: 'RabbitMQ' }
  { name: 'Messaging__RabbitMq__Host', value: names.broker }
  { name: 'Messaging__RabbitMq__Username', value: brokerUser }
  { name: 'Messaging__RabbitMq__Password', secretRef: 'broker-password' }
  { name: 'OTEL_RESOURCE_ATTRIBUTES', value: 'deployment.environment.name=${environment},service.namespace=consortium' }
]

func authorityUrl(provider identityProviderSettings, loginEndpoint string) string =>
  provider.?authority ?? '${loginEndpoint}${provider.?entraTenantId}/v2.0'

var authoritySettings = flatten(map(authoritiesWithProvider, a => [
  { name: 'Tenancy__Tenants__${a.slug}__IdentityProvider__Authority', value: authorityUrl(a.identityProvider!, loginEndpoint) }
  { name: 'Tenancy__Tenants__${a.slug}__IdentityProvider__ClientId', value: a.identityProvider!.clientId }
  { name: 'Tenancy__Tenants__${a.slug}__IdentityProvider__ClientSecretName', value: 'IdentityProviders:${a.slug}:ClientSecret' }
  { name: 'IdentityProviders__${a.slug}__ClientSecret', secretRef: 'idp-${a.slug}-client-secret' }
]))
var hubSettings = hubIdentityProvider == null ? [] : [
  { name: 'Hub__SignIn__Authority', value: authorityUrl(hubIdentityProvider!, loginEndpoint) }
  { name: 'Hub__SignIn__ClientId', value: hubIdentityProvider!.clientId }
  { name: 'Hub__SignIn__ClientSecretName', value: 'IdentityProviders:hub:ClientSecret' }
  { name: 'IdentityProviders__hub__ClientSecret', secretRef: 'idp-hub-client-secret' }
]

module tenantApp 'modules/webApp.bicep' = if (deployApps) {
  name: 'app-tenant'
  params: {
    location: location
    tags: allTags
    name: names.tenantApp
    environmentId: appsEnvironment.outputs.id
    identityId: identity.outputs.id
    registryServer: registryPull.outputs.loginServer
    image: image
    role: 'Tenant'
    scale: tenantScale
    settings: concat(commonSettings, authoritySettings)
    keyVaultSecrets: concat(commonSecrets, authoritySecrets)
  }
}

module hubApp 'modules/webApp.bicep' = if (deployApps) {
  name: 'app-hub'
  params: {
    location: location
    tags: allTags
    name: names.hubApp
    environmentId: appsEnvironment.outputs.id
    identityId: identity.outputs.id
    registryServer: registryPull.outputs.loginServer
    image: image
    role: 'Hub'
    scale: hubScale
    settings: concat(commonSettings, hubSettings)
    keyVaultSecrets: concat(commonSecrets, hubSecrets)
  }
}

module operatorJob 'modules/operatorJob.bicep' = if (deployApps) {
  name: 'operator-job'
  params: {
    location: location
    tags: allTags
    name: names.operatorJob
    environmentId: appsEnvironment.outputs.id
    identityId: identity.outputs.id
    registryServer: registryPull.outputs.loginServer
    image: image
    settings: commonSettings
    keyVaultSecrets: commonSecrets
  }
}

module broker 'modules/broker.bicep' = if (deployApps) {
  name: 'broker'
  params: {
    location: location
    tags: allTags
    name: names.broker
    environmentId: appsEnvironment.outputs.id
    identityId: identity.outputs.id
    registryServer: registryPull.outputs.loginServer
    image: '${registryPull.outputs.loginServer}/${brokerImage}'
    storageName: appsEnvironment.outputs.brokerStorageName
    username: brokerUser
    passwordSecretUrl: '${vaultSecretUrl}broker-password'
  }
}

output vaultName string = vault.outputs.name
output identityName string = identity.outputs.name
output identityPrincipalId string = identity.outputs.principalId
output sqlServerName string = sql.outputs.serverName
output databaseNames string[] = sql.outputs.databaseNames
output storageAccountName string = storage.outputs.name
output containerAppsEnvironmentName string = appsEnvironment.outputs.name
output containerAppsDefaultDomain string = appsEnvironment.outputs.defaultDomain
output tenantAppName string = tenantApp.?outputs.name ?? ''
output hubAppName string = hubApp.?outputs.name ?? ''
output operatorJobName string = operatorJob.?outputs.name ?? ''
output brokerAppName string = broker.?outputs.name ?? ''
