// Settings that vary between environments and authorities, as user-defined types shared by main.bicep,
// its modules and the parameter files.

@export()
@description('Which environment a deployment is: one resource group each.')
type environmentName = 'dev' | 'test' | 'prod'

@export()
@description('An authority\'s own OpenID Connect provider. Its client secret is never a parameter: it lives in Key Vault as idp-{slug}-client-secret (deploy/rotate-client-secret.sh).')
type identityProviderSettings = {
  @description('Microsoft Entra tenant id of the council; the authority URL is built from the cloud\'s login endpoint. Give this or authority.')
  entraTenantId: string?

  @description('Issuer URL of any other OpenID Connect provider (instead of entraTenantId).')
  authority: string?

  @description('Client (application) id registered with the provider.')
  @minLength(1)
  clientId: string
}

@export()
@description('One local authority served by the deployment: it gets a database in the pool, a document container and, when it has one, its identity provider\'s client secret reference.')
type authority = {
  @description('URL-safe short name: {slug}.{domain}, database consortium-{slug}, container documents-{slug}.')
  @minLength(2)
  @maxLength(40)
  slug: string

  @description('ONS 9-character local authority code (E06/E08/E09/E10...): the tenant id rows carry.')
  @minLength(9)
  @maxLength(9)
  onsCode: string

  @description('The authority\'s name, for tags and people.')
  name: string

  @description('Absent: the authority has no provider of its own yet (only the development provider, never in production, can sign its staff in).')
  identityProvider: identityProviderSettings?
}

@export()
@description('An Entra ID security group, by object id and display name.')
type entraGroup = {
  @minLength(36)
  @maxLength(36)
  objectId: string
  displayName: string
}

@export()
@description('How far one container app scales.')
type scaleSettings = {
  @minValue(0)
  @maxValue(30)
  minReplicas: int

  @minValue(1)
  @maxValue(300)
  maxReplicas: int

  @description('Concurrent HTTP requests per replica before another replica is added.')
  @minValue(1)
  concurrentRequests: int

  @description('vCPU per replica, e.g. \'0.5\', \'1.0\'.')
  cpu: string

  @description('Memory per replica, matching the cpu (0.5 vCPU: 1Gi).')
  memory: string
}

@export()
@description('The elastic pool that holds every authority\'s database, the hub\'s and the catalog\'s.')
type sqlPoolSettings = {
  @description('Pool SKU, e.g. StandardPool (DTU) or GP_Gen5 (vCore).')
  skuName: string
  tier: 'Basic' | 'Standard' | 'Premium' | 'GeneralPurpose' | 'BusinessCritical'
  family: string?

  @description('DTUs or vCores of the pool.')
  capacity: int

  @description('Most DTUs or vCores one database may use.')
  perDatabaseMaxCapacity: int

  zoneRedundant: bool

  @description('Days of point-in-time restore for each database (1 to 35).')
  @minValue(1)
  @maxValue(35)
  backupRetentionDays: int

  backupStorageRedundancy: 'Local' | 'Zone' | 'Geo' | 'GeoZone'
}

@export()
@description('The container registry that holds the image, shared by every environment (infra/bicep/registry.bicep).')
type registryReference = {
  name: string
  resourceGroupName: string
}

@export()
@description('Address space of the environment\'s virtual network.')
type networkSettings = {
  addressPrefix: string

  @description('The Container Apps environment\'s subnet: /27 or larger, delegated to Microsoft.App/environments.')
  appsSubnetPrefix: string
}
