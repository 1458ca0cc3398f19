// Azure resources for Stelselwijzer, deployed by the arm/deploy action in ../m365agents.yml:
// a Linux App Service that runs the agent (Node 20) and an Azure Bot that connects it to Teams.

@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@description('App Service plan SKU, for example B1 or S1')
param webAppSKU string = 'B1'

@maxLength(42)
param botDisplayName string

@description('Client id of the bot\'s Microsoft Entra app registration (single tenant)')
param botAadAppClientId string

@secure()
@description('Client secret of that app registration')
param botAadAppClientSecret string

@description('Tenant id of that app registration')
param botAadAppTenantId string

param serverfarmsName string = resourceBaseName
param webAppName string = resourceBaseName
param botServiceName string = resourceBaseName
param location string = resourceGroup().location
param storageAccountName string = toLower(take(replace('${resourceBaseName}st', '-', ''), 24))

// Conversation state and feedback, shared by every instance of the web app (STORAGE=blob).
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
    supportsHttpsTrafficOnly: true
  }
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-01-01' = {
  name: '${storageAccount.name}/default/stelselwijzer'
  properties: {
    publicAccess: 'None'
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

// Web App that hosts the agent; the uploaded project is built on the server (npm install).
// App Service passes the port to listen on in PORT.
resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'npm start'
      alwaysOn: true
      ftpsState: 'FtpsOnly'
      minTlsVersion: '1.2'
      appSettings: [
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'true'
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
        // Credentials as read by the Microsoft 365 Agents SDK.
        {
          name: 'clientId'
          value: botAadAppClientId
        }
        {
          name: 'clientSecret'
          value: botAadAppClientSecret
        }
        {
          name: 'tenantId'
          value: botAadAppTenantId
        }
        // Shared state for scale-out: conversation state and feedback in Blob Storage.
        {
          name: 'STORAGE'
          value: 'blob'
        }
        {
          name: 'AZURE_STORAGE_CONTAINER'
          value: 'stelselwijzer'
        }
        {
          name: 'AZURE_STORAGE_CONNECTION_STRING'
          value: 'DefaultEndpointsProtocol=https;AccountName=${storageAccount.name};AccountKey=${storageAccount.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
        }
      ]
    }
  }
}

// Register the web service as a single-tenant bot with Azure AI Bot Service
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
    msaAppId: botAadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botAadAppTenantId
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
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
