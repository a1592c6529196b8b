// AcrPull for the app's identity on the shared registry, which lives in its own resource group.

param registryName string

@description('The app\'s user-assigned identity, in the environment\'s resource group.')
param identityName string
param identityResourceGroupName string

var acrPull = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = {
  name: registryName
}

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
  scope: resourceGroup(identityResourceGroupName)
}

resource pull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, appIdentity.id, acrPull)
  scope: registry
  properties: {
    roleDefinitionId: acrPull
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

output loginServer string = registry.properties.loginServer
