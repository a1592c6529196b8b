// test: production's shape at a smaller size, signed in through the councils' test registrations. Each
// authority's identity provider is set in test.authorities.json (entraTenantId or authority, clientId) and
// its secret in Key Vault (deploy/rotate-client-secret.sh test {slug}).
using '../main.bicep'

param environment = 'test'
param domain = 'test.consortium.example.org'
param authorities = loadJsonContent('test.authorities.json')

param sqlAdministrators = {
  objectId: '00000000-0000-0000-0000-000000000000'
  displayName: 'consortium-test-sql-administrators'
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
  capacity: 2
  perDatabaseMaxCapacity: 2
  zoneRedundant: false
  backupRetentionDays: 14
  backupStorageRedundancy: 'Zone'
}
param tenantScale = { minReplicas: 1, maxReplicas: 4, concurrentRequests: 50, cpu: '0.5', memory: '1Gi' }
param hubScale = { minReplicas: 1, maxReplicas: 2, concurrentRequests: 50, cpu: '0.5', memory: '1Gi' }
param network = { addressPrefix: '10.41.0.0/16', appsSubnetPrefix: '10.41.0.0/23' }
param storageSkuName = 'Standard_ZRS'
param logRetentionDays = 60
param tags = { 'cost-centre': 'consortium-platform' }
