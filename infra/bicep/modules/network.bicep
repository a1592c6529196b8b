// The virtual network of the Container Apps environment. The environment needs its own subnet for the broker's
// TCP ingress; service endpoints let SQL and Storage accept that subnet and nothing else on the internet.

import { networkSettings } from '../types.bicep'

param location string
param tags object
param name string
param settings networkSettings

resource network 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: { addressPrefixes: [settings.addressPrefix] }
    subnets: [
      {
        name: 'apps'
        properties: {
          addressPrefix: settings.appsSubnetPrefix
          delegations: [
            {
              name: 'container-apps'
              properties: { serviceName: 'Microsoft.App/environments' }
            }
          ]
          serviceEndpoints: [
            { service: 'Microsoft.Sql' }
            { service: 'Microsoft.Storage' }
            { service: 'Microsoft.KeyVault' }
          ]
        }
      }
    ]
  }

  resource apps 'subnets' existing = {
    name: 'apps'
  }
}

output appsSubnetId string = network::apps.id
