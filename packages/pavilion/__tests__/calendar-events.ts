import ICAL from 'ical.js';

/** Parse an iCalendar file with ical.js (Mozilla's RFC 5545 implementation), registering its own VTIMEZONE. */
export function parseCalendarEvent(text: string): ICAL.Event {
	const parsed: unknown = ICAL.parse(text);
	const calendar = new ICAL.Component(parsed as ConstructorParameters<typeof ICAL.Component>[0]);
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}
