import { SCHEME_STORAGE_KEY } from './color-scheme.ts';

/** A string as a script literal that cannot close the script element around it. */
const literal = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The theme's few scripts that must sit inline in the page, as the exact text the pages carry.
 * The Content-Security-Policy allows inline script only by hash (integrations/csp.ts hashes these
 * same strings), so a page and its policy cannot drift apart: change a script here, and its hash
 * follows at the next build.
 */

/**
 * Before anything is painted: the reader's scheme, or the system's until they choose
 * (utils/color-scheme.ts). Written small by hand, since every page carries it: k is the storage
 * key, r the root element, s the system's preference, a applies the choice.
 */
export const SCHEME_SCRIPT = `(()=>{const k=${literal(SCHEME_STORAGE_KEY)},r=document.documentElement,s=matchMedia('(prefers-color-scheme: dark)'),a=()=>{let c=null;try{c=localStorage.getItem(k)}catch{}r.dataset.scheme=c==='dark'||c==='light'?c:s.matches?'dark':'light'};a();s.addEventListener('change',a)})();`;

/** The editor page: the theme's widgets are registered before Decap CMS starts (features/editor/client/cms-widgets.ts). */
export const EDITOR_INIT_SCRIPT = 'window.CMS_MANUAL_INIT = true;';
