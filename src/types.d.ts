/** The package version, injected at build time (and by the test runner). */
declare const __KINSHIP_VERSION__: string;
