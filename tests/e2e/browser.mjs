// Launches Debian's Chromium through playwright-core, with SwiftShader for
// WebGL2 (no GPU here) and without any of Chromium's own network chatter.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
// VTH_DIST: another build of the site (e.g. a second build directory on a shared machine).
export const distDir = process.env.VTH_DIST || path.join(repoRoot, 'build', 'web', 'dist');
export const artifactDir = path.join(repoRoot, 'build', 'test-artifacts');

// A page's Content-Security-Policy (from its meta tag): the policy text and a function giving
// the sources of one directive.
export function pagePolicy(html) {
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)[1];
  const directive = (name) => policy.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name).slice(1);
  return { policy, directive };
}

// The CSP source that allows an inline script or stylesheet with this text.
export function hashSource(text) {
  return `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic', '--disable-default-apps', '--disable-extensions',
    ],
  });
}

// Opens the app in a fresh page and collects what the page does on the way.
export async function openApp(browser, origin, { viewport = { width: 1280, height: 720 }, deviceScaleFactor = 1,
  hash = '', hasTouch = false } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor, hasTouch });
  const page = await context.newPage();
  const log = { requests: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (req) => log.requests.push(req.url()));
  page.on('console', (msg) => { if (msg.type() === 'error') log.consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => log.pageErrors.push(String(err)));
  const started = Date.now();
  await page.goto(`${origin}/${hash}`);
  await page.waitForFunction(() => window.vth && window.vth.ready === true, null, { timeout: 30000 });
  log.readyAfterMs = Date.now() - started;
  return { context, page, log };
}

export async function saveScreenshot(page, name) {
  fs.mkdirSync(artifactDir, { recursive: true });
  const file = path.join(artifactDir, name);
  const png = await page.screenshot({ path: file });
  return { file, png };
}

// The mean colour ([r, g, b], 0–255) and the standard deviation of the grey values
// of a PNG, computed by decoding it in a blank page (about:blank makes no request).
export async function pixelStats(browser, png) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let sum = 0, sumSq = 0;
      const rgb = [0, 0, 0];
      const n = d.length / 4;
      for (let i = 0; i < d.length; i += 4) {
        const v = 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
        sum += v;
        sumSq += v * v;
        for (let k = 0; k < 3; ++k) rgb[k] += d[i + k];
      }
      const mean = sum / n;
      return { rgb: rgb.map((v) => v / n), spread: Math.sqrt(Math.max(0, sumSq / n - mean * mean)) };
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

// Standard deviation of the grey values of a PNG. A blank canvas gives ~0.
export async function pixelSpread(browser, png) {
  return (await pixelStats(browser, png)).spread;
}

// Registers before/after hooks that serve the release build and launch the
// browser once per test file; the returned object holds both while tests run.
export function useAppServer() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await startServer(distDir);
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
