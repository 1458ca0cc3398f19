import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/**
 * One file from a ZIP archive (stored or deflated), e.g. `docProps/core.xml` of a DOCX.
 * Returns undefined when the entry is missing or the archive is not a plain (non-ZIP64) ZIP.
 */
export function readZipEntry(archive: Buffer, entryName: string): Buffer | undefined {
  const end = findEndOfCentralDirectory(archive);
  if (end === undefined) return undefined;
  const entryCount = archive.readUInt16LE(end + 10);
  let offset = archive.readUInt32LE(end + 16);
  for (let index = 0; index < entryCount; index += 1) {
    if (offset + 46 > archive.length || archive.readUInt32LE(offset) !== CENTRAL_DIRECTORY_HEADER) return undefined;
    const method = archive.readUInt16LE(offset + 10);
    const compressedSize = archive.readUInt32LE(offset + 20);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const localHeader = archive.readUInt32LE(offset + 42);
    const name = archive.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (name === entryName) return readLocalEntry(archive, localHeader, method, compressedSize);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return undefined;
}

function findEndOfCentralDirectory(archive: Buffer): number | undefined {
  const lowest = Math.max(0, archive.length - 65_557);
  for (let offset = archive.length - 22; offset >= lowest; offset -= 1) {
    if (archive.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return undefined;
}

function readLocalEntry(archive: Buffer, offset: number, method: number, size: number): Buffer | undefined {
  if (offset + 30 > archive.length || archive.readUInt32LE(offset) !== LOCAL_FILE_HEADER) return undefined;
  const start = offset + 30 + archive.readUInt16LE(offset + 26) + archive.readUInt16LE(offset + 28);
  const data = archive.subarray(start, start + size);
  if (method === 0) return data;
  if (method === 8) return inflateRawSync(data);
  return undefined;
}
