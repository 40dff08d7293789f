export * from './common.js';
export * from './places.js';
export * from './program.js';
export * from './check-in.js';
export * from './mentor.js';
export * from './tips.js';
export * from './meetups.js';
export * from './coordinator.js';
