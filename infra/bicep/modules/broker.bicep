// RabbitMQ, the production broker (MassTransit's Azure Service Bus transport is not in the project's package
// registry). One replica in the environment, reachable only inside it over TCP 5672. Durability: the node's
// data directory is the Azure Files share mounted from environment storage, and the node name is fixed, so a
// restart or a new revision finds the same queues and messages. The password is a Key Vault reference.

param location string
param tags object
param name string
param environmentId string
param identityId string
param registryServer string
param image string
param storageName string
param username string

@description('Key Vault URL of the broker\'s password secret.')
param passwordSecretUrl string

resource broker 'Microsoft.App/containerApps@2025-01-01' = {
  name: name
  location: location
  tags: union(tags, { role: 'Broker' })
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
        external: false
        transport: 'tcp'
        targetPort: 5672
        exposedPort: 5672
      }
      registries: [{ server: registryServer, identity: identityId }]
      secrets: [{ name: 'broker-password', keyVaultUrl: passwordSecretUrl, identity: identityId }]
    }
    template: {
      containers: [
        {
          name: 'rabbitmq'
          image: image
          resources: { cpu: json('1.0'), memory: '2Gi' }
          env: [
            { name: 'RABBITMQ_NODENAME', value: 'rabbit@localhost' }
            { name: 'RABBITMQ_DEFAULT_USER', value: username }
            { name: 'RABBITMQ_DEFAULT_PASS', secretRef: 'broker-password' }
          ]
          volumeMounts: [{ volumeName: 'data', mountPath: '/var/lib/rabbitmq' }]
          probes: [
            {
              type: 'Liveness'
              tcpSocket: { port: 5672 }
              initialDelaySeconds: 20
              periodSeconds: 15
            }
          ]
        }
      ]
      volumes: [
        {
          name: 'data'
          storageType: 'AzureFile'
          storageName: storageName
          mountOptions: 'uid=999,gid=999,dir_mode=0700,file_mode=0600,nobrl'
        }
      ]
      scale: { minReplicas: 1, maxReplicas: 1 }
    }
  }
}

output name string = broker.name
