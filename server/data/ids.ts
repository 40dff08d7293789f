import { randomUUID } from 'node:crypto';

/** A new id such as `chk_3f0c…`: a readable prefix and 128 random bits, valid as a contract `Id`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replace(/-/g, '')}`;
}
