/**
 * A stand as a key: its hall and its number, the number compared as the floor plan reads it, so
 * "1a05", "1A05" and "1Ａ05" are one stand.
 */
export const standKey = (stand: { hall: string; number: string }) => `${stand.hall}\u0000${stand.number.normalize('NFKC').toUpperCase()}`;
