// The demo's colours, shared by draw-demo-images.ts and draw-press-kit.ts.

export const C = {
	teal: '#0f5c6e',
	tealDeep: '#0a3f4c',
	tealNight: '#072a33',
	tealMid: '#2a8497',
	tealLight: '#74b7c2',
	tealPale: '#d3e8ea',
	orange: '#f08a24',
	orangeDeep: '#c9661a',
	orangeLight: '#f7b66f',
	orangePale: '#fde2c2',
	sand: '#e9d9bb',
	sandLight: '#f7f0e3',
	sandDark: '#cfb68c',
	slate: '#4b5967',
	slateDark: '#2c3641',
	slateLight: '#8e9ba7',
	mist: '#e7ecef',
	white: '#ffffff',
	ink: '#1c2630',
} as const;

export const SKIN = ['#f2cba8', '#dba77e', '#b98056', '#8a5a3c'] as const;
export const HAIR = ['#2a211a', '#4b3326', '#18191b', '#7a5434'] as const;
