/** An OpenAI or Azure OpenAI service: where it is, its key, and which models or deployments to use. */
export type OpenAiServiceConfig =
  | { kind: 'openai'; apiKey: string; baseUrl?: string; chatModel: string; embeddingsModel: string; embeddingsDimensions?: number }
  | { kind: 'azure'; apiKey: string; endpoint: string; chatDeployment?: string; embeddingsDeployment?: string; apiVersion: string; embeddingsDimensions?: number };
