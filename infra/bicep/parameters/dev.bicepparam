// dev: a small environment for the team. The development identity provider signs staff in (the app runs as
// Staging); no council's provider is configured. Fill in the groups and domain before the first deployment
// (deploy/README.md, "First deployment").
using '../main.bicep'

param environment = 'dev'
param domain = 'dev.consortium.example.org'
param authorities = loadJsonContent('dev.authorities.json')
param developmentSignIn = true

param sqlAdministrators = {
  objectId: '00000000-0000-0000-0000-000000000000'
  displayName: 'consortium-dev-sql-administrators'
}
param platformOperators = {
  objectId: '00000000-0000-0000-0000-000000000000'
  displayName: 'consortium-platform-operators'
}

param registry = { name: 'consortiumregistry', resourceGroupName: 'rg-consortium-shared' }
param imageTag = readEnvironmentVariable('CONSORTIUM_IMAGE_TAG', 'latest')
param brokerImage = 'mirror/rabbitmq:4.1-management-alpine'

param pool = {
  skuName: 'StandardPool'
  tier: 'Standard'
  capacity: 50
  perDatabaseMaxCapacity: 50
  zoneRedundant: false
  backupRetentionDays: 7
  backupStorageRedundancy: 'Local'
}
param tenantScale = { minReplicas: 0, maxReplicas: 2, concurrentRequests: 50, cpu: '0.5', memory: '1Gi' }
param hubScale = { minReplicas: 0, maxReplicas: 1, concurrentRequests: 50, cpu: '0.5', memory: '1Gi' }
param network = { addressPrefix: '10.40.0.0/16', appsSubnetPrefix: '10.40.0.0/23' }
param storageSkuName = 'Standard_LRS'
param logRetentionDays = 30
param tags = { 'cost-centre': 'consortium-platform' }
