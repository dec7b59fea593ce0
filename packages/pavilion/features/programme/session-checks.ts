/**
 * Rules across the programme's sessions that a schema cannot state (issue 24): a session ends after
 * it starts, two sessions never share a room at once, a session falls within the fair's days unless
 * it is marked as a side event, and a moved session says when it was before. Times are compared as
 * the fair's local text ("2027-04-21T09:30"), which sorts as the clock does. Each problem names the
 * file, the field, what was given and what is expected, for the loader to stop the build with.
 */
export interface CheckedSession {
	/** The file, from the project's root. */
	file: string;
	data: {
		start: string;
		end: string;
		room: string;
		status: 'scheduled' | 'moved' | 'cancelled';
		previous?: { start: string; end: string }[] | undefined;
		sideEvent: boolean;
	};
}

export interface SessionProblem {
	file: string;
	field: string;
	problem: string;
}

export function sessionProblems(sessions: readonly CheckedSession[], fair: { startDate: string; endDate: string }): SessionProblem[] {
	const problems: SessionProblem[] = [];
	const sorted = [...sessions].sort((a, b) => a.file.localeCompare(b.file));
	for (const { file, data } of sorted) {
		if (data.end <= data.start)
			problems.push({
				file,
				field: 'end',
				problem: `"${data.end}" is not after the start "${data.start}"; expected the time the session ends`,
			});
		const day = data.start.slice(0, 10);
		if (!data.sideEvent && (day < fair.startDate || day > fair.endDate))
			problems.push({
				file,
				field: 'start',
				problem: `"${data.start}" is outside the fair's days (${fair.startDate} to ${fair.endDate}); expected a time during the fair, or sideEvent: true for an event beside it`,
			});
		if (data.status === 'moved' && !data.previous?.length)
			problems.push({
				file,
				field: 'previous',
				problem:
					"is missing for a moved session; expected its earlier time, such as [{ start: '2027-04-22T14:00', end: '2027-04-22T15:00' }], so calendars that had it can update it",
			});
		if (data.status !== 'moved' && data.previous?.length)
			problems.push({ file, field: 'previous', problem: `was given for a session that is ${data.status}; expected status: moved with it` });
	}
	// Cancelled sessions keep their room free: a replacement may take it.
	const byRoom = new Map<string, CheckedSession[]>();
	for (const session of sorted.filter(({ data }) => data.status !== 'cancelled'))
		byRoom.set(session.data.room, [...(byRoom.get(session.data.room) ?? []), session]);
	for (const inRoom of byRoom.values()) {
		const byStart = [...inRoom].sort((a, b) => a.data.start.localeCompare(b.data.start) || a.file.localeCompare(b.file));
		byStart.forEach((session, index) => {
			const earlier = byStart.slice(0, index).find((other) => other.data.end > session.data.start);
			if (earlier)
				problems.push({
					file: session.file,
					field: 'start',
					problem: `"${session.data.start}" is while ${earlier.file} (${earlier.data.start} to ${earlier.data.end.slice(11)}) is in room "${session.data.room}"; expected one session in a room at a time`,
				});
		});
	}
	return problems;
}
