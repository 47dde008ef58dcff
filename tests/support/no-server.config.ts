/**
 * The project's Playwright config without its preview server, for a test run nested in another:
 * Astro allows one preview server per project, and the outer run's is already up.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import config from '../../playwright.config.ts';

// Paths in a config resolve from its own folder: give the project's as absolute paths.
const project = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const { webServer: _server, ...withoutServer } = config;

export default defineConfig({ ...withoutServer, testDir: project('tests'), globalSetup: project('tests/global-setup.ts') });
