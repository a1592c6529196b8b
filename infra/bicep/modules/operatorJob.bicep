// A manually started Container Apps job that runs the image's operator command line (no web server) with the
// same settings and identity as the apps. By default it runs `migrate`; deploy/ scripts start it with other
// arguments (`tenants add ...`). Running inside the environment, it reaches SQL through the subnet.

param location string
param tags object
param name string
param environmentId string
param identityId string
param registryServer string
param image string
param settings object[]
param keyVaultSecrets object[]

resource job 'Microsoft.App/jobs@2025-01-01' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    environmentId: environmentId
    workloadProfileName: 'Consumption'
    configuration: {
      triggerType: 'Manual'
      replicaTimeout: 3600
      replicaRetryLimit: 0
      manualTriggerConfig: { parallelism: 1, replicaCompletionCount: 1 }
      registries: [{ server: registryServer, identity: identityId }]
      secrets: [for s in keyVaultSecrets: { name: s.name, keyVaultUrl: s.keyVaultUrl, identity: identityId }]
    }
    template: {
      containers: [
        {
          name: 'operator'
          image: image
          args: ['migrate']
          resources: { cpu: json('0.5'), memory: '1Gi' }
          env: settings
        }
      ]
    }
  }
}

output name string = job.name
