/** Whether the fair goes ahead as planned; anything but "scheduled" shows a banner on every page. */
export const EXPO_STATUSES = ['scheduled', 'postponed', 'cancelled', 'rescheduled', 'moved-online'] as const;
export type ExpoStatus = (typeof EXPO_STATUSES)[number];
