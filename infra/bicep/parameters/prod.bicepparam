// prod: zone redundant, geo-redundant backups kept 35 days for point-in-time restore, at least two replicas
// of each app. Each authority's identity provider is set in prod.authorities.json and its secret in Key Vault
// (deploy/rotate-client-secret.sh prod {slug}); deploy/onboard-authority.sh adds authorities here.
using '../main.bicep'

param environment = 'prod'
param domain = 'consortium.example.org'
param authorities = loadJsonContent('prod.authorities.json')

param sqlAdministrators = {
  objectId: '00000000-0000-0000-0000-000000000000'
  displayName: 'consortium-prod-sql-administrators'
}
param platformOperators = {
  objectId: '00000000-0000-0000-0000-000000000000'
  displayName: 'consortium-platform-operators'
}

param registry = { name: 'consortiumregistry', resourceGroupName: 'rg-consortium-shared' }
param imageTag = readEnvironmentVariable('CONSORTIUM_IMAGE_TAG', 'latest')
param brokerImage = 'mirror/rabbitmq:4.1-management-alpine'

param pool = {
  skuName: 'GP_Gen5'
  tier: 'GeneralPurpose'
  family: 'Gen5'
  capacity: 4
  perDatabaseMaxCapacity: 2
  zoneRedundant: true
  backupRetentionDays: 35
  backupStorageRedundancy: 'GeoZone'
}
param tenantScale = { minReplicas: 2, maxReplicas: 10, concurrentRequests: 50, cpu: '1.0', memory: '2Gi' }
param hubScale = { minReplicas: 2, maxReplicas: 4, concurrentRequests: 50, cpu: '0.5', memory: '1Gi' }
param network = { addressPrefix: '10.42.0.0/16', appsSubnetPrefix: '10.42.0.0/23' }
param storageSkuName = 'Standard_GZRS'
param logRetentionDays = 90
param tags = { 'cost-centre': 'consortium-platform' }
