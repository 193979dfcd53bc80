#!/usr/bin/env node
// Runs the built CLI; `npm run build` (or `npm start`) produces dist/.
import '../dist/cli.js';
