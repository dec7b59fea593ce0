/**
 * The reader's colour scheme. Until they choose, the page follows the system; their choice is
 * kept in the browser under this key. The head script (utils/inline-scripts.ts) and the switch
 * (components/SchemeSwitch.astro) share it.
 */
export const SCHEME_STORAGE_KEY = 'pavilion:scheme';
