// Slow salted hashes for the lock password and the recovery code: scrypt from node:crypto, with its
// parameters stored beside the hash so they can be raised later without breaking stored ones.
import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { z } from '@shared/zod-pl'

/** N = 2^15, r = 8: about 32 MiB and a tenth of a second per try on an office PC. */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 } as const

const storedHash = z.object({
  alg: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 10),
  r: z.number().int().min(1),
  p: z.number().int().min(1),
  salt: z.string().min(1),
  hash: z.string().min(1),
})

function derive(
  secret: string,
  salt: Buffer,
  p: { N: number; r: number; p: number },
  length: number,
): Promise<Buffer> {
  const options: ScryptOptions = { N: p.N, r: p.r, p: p.p, maxmem: 256 * p.N * p.r }
  return new Promise((resolve, reject) =>
    scrypt(secret.normalize('NFC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )
}

/** JSON text: algorithm, parameters, salt and hash (base64). */
export async function hashSecret(secret: string, params = SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(secret, salt, params, params.keyLength)
  return JSON.stringify({
    alg: 'scrypt',
    N: params.N,
    r: params.r,
    p: params.p,
    salt: salt.toString('base64'),
    hash: key.toString('base64'),
  })
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  let parsed: z.infer<typeof storedHash>
  try {
    parsed = storedHash.parse(JSON.parse(stored))
  } catch {
    return false
  }
  const expected = Buffer.from(parsed.hash, 'base64')
  const key = await derive(secret, Buffer.from(parsed.salt, 'base64'), parsed, expected.length)
  return key.length === expected.length && timingSafeEqual(key, expected)
}

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** 20 symbols of 31 (≈ 99 bits) in five groups: "K7QM-…". */
export function newRecoveryCode(): string {
  const groups = Array.from({ length: 5 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  )
  return groups.join('-')
}

/** What a person types — lower case, spaces, missing dashes — as the code was shown. */
export function normaliseRecoveryCode(typed: string): string {
  const symbols = typed.toUpperCase().replace(/[^A-Z0-9]/g, '')
  return symbols.match(/.{1,4}/g)?.join('-') ?? ''
}
