import type { BlobUploadCommonResponse, BlockBlobUploadOptions, ContainerClient } from '@azure/storage-blob';

/** The HTTP status of an Azure Storage error (`RestError`), if it has one. */
export function storageErrorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  return typeof error.statusCode === 'number' ? error.statusCode : undefined;
}

/** Downloads and parses a JSON blob with its ETag; `undefined` when the blob does not exist. */
export async function readJsonBlob(options: { container: ContainerClient; name: string }): Promise<{ value: unknown; etag: string } | undefined> {
  try {
    const response = await options.container.getBlobClient(options.name).download();
    const body = response.readableStreamBody;
    if (!body) throw new Error(`Blob '${options.name}' has no body`);
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    return { value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown, etag: response.etag ?? '' };
  } catch (error) {
    if (storageErrorStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Uploads a value as a JSON block blob in one request; `conditions` and `metadata` pass through. */
export async function writeJsonBlob(options: {
  container: ContainerClient;
  name: string;
  value: unknown;
  conditions?: BlockBlobUploadOptions['conditions'];
  metadata?: Record<string, string>;
}): Promise<BlobUploadCommonResponse> {
  const body = Buffer.from(JSON.stringify(options.value), 'utf8');
  return options.container.getBlockBlobClient(options.name).upload(body, body.length, {
    blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
    ...(options.conditions ? { conditions: options.conditions } : {}),
    ...(options.metadata ? { metadata: options.metadata } : {}),
  });
}
