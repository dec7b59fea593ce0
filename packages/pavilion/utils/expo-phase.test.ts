import { describe, expect, it } from 'vitest';
import { expoPhase, phaseMessage } from './expo-phase.ts';

const phaseAt = (iso: string) => expoPhase('2027-04-21', '2027-04-24', 'Asia/Shanghai', new Date(iso));

describe('expoPhase', () => {
	it('counts whole days to opening in the fair time zone', () => {
		expect(phaseAt('2027-04-10T03:00:00Z')).toEqual({ phase: 'upcoming', days: 11 });
		// 23:30 UTC on the 19th is already the 20th in Shanghai: opens tomorrow.
		expect(phaseAt('2027-04-19T23:30:00Z')).toEqual({ phase: 'upcoming', days: 1 });
	});
	it('numbers the days while the fair is open', () => {
		expect(phaseAt('2027-04-20T16:00:00Z')).toEqual({ phase: 'in-progress', day: 1 });
		expect(phaseAt('2027-04-24T10:00:00Z')).toEqual({ phase: 'in-progress', day: 4 });
	});
	it('ends after the last day', () => {
		expect(phaseAt('2027-04-24T16:00:00Z')).toEqual({ phase: 'ended' });
	});
});

describe('phaseMessage', () => {
	it('picks the string for each state', () => {
		expect(phaseMessage({ phase: 'upcoming', days: 5 })).toEqual({ key: 'expo.countdown.days', values: { days: 5 } });
		expect(phaseMessage({ phase: 'upcoming', days: 1 }).key).toBe('expo.countdown.tomorrow');
		expect(phaseMessage({ phase: 'in-progress', day: 2 })).toEqual({ key: 'expo.countdown.inProgress', values: { day: 2 } });
		expect(phaseMessage({ phase: 'ended' }).key).toBe('expo.countdown.ended');
	});
});
