// One container app running the Consortium image in one role (Tenant: every authority's host; Hub: the hub),
// as the user-assigned identity, with HTTP scaling, liveness and readiness probes, and secrets that are Key
// Vault references: the app reads them as plain configuration (environment variables with secretRef).

import { scaleSettings } from '../types.bicep'

param location string
param tags object
param name string
param environmentId string
param identityId string
param registryServer string
param image string

@description('Consortium__Roles: which parts of the product this app runs.')
param role 'Tenant' | 'Hub'

param scale scaleSettings

@description('Plain settings and secretRef settings ({ name, value } or { name, secretRef }).')
param settings object[]

@description('Key Vault references ({ name, keyVaultUrl }); each is read with the identity.')
param keyVaultSecrets object[]

var port = 8080

resource app 'Microsoft.App/containerApps@2025-01-01' = {
  name: name
  location: location
  tags: union(tags, { role: role })
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    environmentId: environmentId
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      registries: [{ server: registryServer, identity: identityId }]
      secrets: [for s in keyVaultSecrets: { name: s.name, keyVaultUrl: s.keyVaultUrl, identity: identityId }]
    }
    template: {
      containers: [
        {
          name: 'consortium'
          image: image
          resources: { cpu: json(scale.cpu), memory: scale.memory }
          env: concat([{ name: 'Consortium__Roles', value: role }], settings)
          probes: [
            {
              type: 'Liveness'
              httpGet: { path: '/health/live', port: port }
              initialDelaySeconds: 5
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: { path: '/health/ready', port: port }
              initialDelaySeconds: 5
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Startup'
              httpGet: { path: '/health/live', port: port }
              periodSeconds: 5
              failureThreshold: 24
            }
          ]
        }
      ]
      scale: {
        minReplicas: scale.minReplicas
        maxReplicas: scale.maxReplicas
        rules: [
          {
            name: 'http-concurrency'
            http: { metadata: { concurrentRequests: string(scale.concurrentRequests) } }
          }
        ]
      }
    }
  }
}

output name string = app.name
output fqdn string = app.properties.configuration.ingress.fqdn
output latestRevisionName string = app.properties.latestRevisionName
