/** The odw version; a test keeps it equal to packages/widgets/package.json. */
export const VERSION = '0.1.0';
