import { createHash } from 'node:crypto';
import type { LocaleProgramme } from './programme.ts';

/**
 * The schedule's version as apps show it: a short hash of what the sessions say (times, rooms,
 * titles, speakers, status), so it changes exactly when the programme does, build after build.
 */
export function scheduleVersion(programme: LocaleProgramme): string {
	const facts = programme.sessions.map((session) => [
		session.slug,
		session.startIso,
		session.endIso,
		session.room.key,
		session.title,
		session.status,
		session.speakers.map(({ slug }) => slug),
	]);
	return createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 12);
}
