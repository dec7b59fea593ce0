import { urlContext } from './site.ts';
import { withBase } from '../utils/urls.ts';

/** Square PNG renderings of the logo: 144 for feed channels, 512 for structured data. */
export const LOGO_ICON_SIZES = [144, 192, 512] as const;
export type LogoIconSize = (typeof LOGO_ICON_SIZES)[number];

export const logoIconPath = (size: LogoIconSize) => withBase(`/icons/logo-${size}.png`, urlContext.base);
