// Azure resources for Stelselwijzer, deployed by the arm/deploy action in ../m365agents.yml:
// a user-assigned managed identity that is the bot's identity and reaches Blob Storage, a Linux
// App Service (Node 22 LTS) that runs the compiled agent, and an Azure Bot (UserAssignedMSI) with
// the Teams channel. No client secret and no storage account key exist anywhere in this file.

@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@description('App Service plan SKU, for example B1 or S1')
param webAppSKU string = 'B1'

@maxLength(42)
param botDisplayName string

param serverfarmsName string = resourceBaseName
param webAppName string = resourceBaseName
param botServiceName string = resourceBaseName
param identityName string = resourceBaseName
param location string = resourceGroup().location
param storageAccountName string = toLower(take(replace('${resourceBaseName}st', '-', ''), 24))

// The bot's identity: Azure Bot Service accepts tokens for it (UserAssignedMSI), the agent obtains
// tokens as it without a secret, and it is the principal of the Blob Storage role assignment.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  location: location
  name: identityName
}

// Conversation state and feedback, shared by every instance of the web app (STORAGE=blob).
// Only Microsoft Entra ID may reach the data: shared-key (account key, SAS) access is switched off.
resource storageAccount 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-01-01' = {
  name: '${storageAccount.name}/default/stelselwijzer'
  properties: {
    publicAccess: 'None'
  }
}

// Storage Blob Data Contributor: read, write and delete blobs and containers, nothing more.
var storageBlobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource blobDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storageAccount
  name: guid(storageAccount.id, identity.id, storageBlobDataContributorRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Compute for the Web App
resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  name: serverfarmsName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSKU
  }
  properties: {
    reserved: true // required for Linux plans
  }
}

// Web App that hosts the agent. The deploy job uploads the compiled JavaScript (dist/) and the
// knowledge index; App Service installs the runtime dependencies (npm install) for Linux and
// starts `npm run start:prod`, which runs node on dist/ (no TypeScript at run time).
// App Service passes the port to listen on in PORT.
resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'npm run start:prod'
      // App Service takes an instance out of the load balancer while /readyz is not 200
      // (index and stores not loaded yet, or lost).
      healthCheckPath: '/readyz'
      alwaysOn: true
      ftpsState: 'FtpsOnly'
      minTlsVersion: '1.2'
      appSettings: [
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'true'
        }
        // The build on App Service installs the runtime dependencies only (native modules for
        // Linux); the TypeScript was compiled before the upload, so no `npm run build` here.
        {
          name: 'CUSTOM_BUILD_COMMAND'
          value: 'npm ci --omit=dev --no-audit'
        }
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        // The knowledge index the deploy job builds into the package (build/index, see
        // ../m365agents.yml); every instance only reads it and never builds one itself.
        {
          name: 'INDEX_DIR'
          value: '/home/site/wwwroot/build/index'
        }
        // Each instance's own writable data (CBS cache, and the sample registration while
        // REGISTRATIONS_FILE is not set): local disk, because /home is shared by all instances.
        {
          name: 'DATA_DIR'
          value: '/tmp/stelselwijzer'
        }
        // REGISTRATIONS_FILE is deliberately not set here: the gemeente's registration is private
        // and not in the repository. Build it on a share mounted into the app (Azure Files, path
        // mapping e.g. /mounts/registrations) with
        //   REGISTRATIONS_FILE=/mounts/registrations/registrations.sqlite npm run cli -- import-registrations export.csv
        // and then add the app setting REGISTRATIONS_FILE=/mounts/registrations/registrations.sqlite;
        // every instance opens it read-only. Until then each instance answers from voorbeelddata.
        // The bot's identity as read by the Microsoft 365 Agents SDK: the managed identity, no secret.
        {
          name: 'authType'
          value: 'UserManagedIdentity'
        }
        {
          name: 'clientId'
          value: identity.properties.clientId
        }
        {
          name: 'tenantId'
          value: identity.properties.tenantId
        }
        // Shared state for scale-out: conversation state and feedback in Blob Storage, reached
        // with the managed identity (AZURE_CLIENT_ID) through the role assignment above.
        {
          name: 'STORAGE'
          value: 'blob'
        }
        {
          name: 'AZURE_STORAGE_ACCOUNT_URL'
          value: storageAccount.properties.primaryEndpoints.blob
        }
        {
          name: 'AZURE_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'AZURE_STORAGE_CONTAINER'
          value: 'stelselwijzer'
        }
      ]
    }
  }
  dependsOn: [
    blobDataContributor
  ]
}

// Register the web service as a bot with Azure AI Bot Service, its identity the managed identity
resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botServiceName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

// Connect the bot to Microsoft Teams
resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

// Outputs are written to env/.env.dev. See https://aka.ms/teamsfx-actions/arm-deploy
// BOT_ID is the bot id of the Teams manifest: the managed identity's client id. None is a secret.
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
