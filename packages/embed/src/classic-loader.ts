/**
 * `odw-loader.js`: for CMSes that only allow classic scripts (`<script src=… defer>`). Adds odw.js as a
 * module script from the same folder, with the SRI hash this file was built with, so an `integrity` on the
 * loader's own tag covers everything it loads.
 *
 * @module
 */
import { FILE, INTEGRITY } from 'odw:autoloader-file';

const self = document.currentScript as HTMLScriptElement | null;
if (!self?.src) {
  console.error('odw: include odw-loader.js with <script src="…">; it finds odw.js next to itself.');
} else {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = new URL(FILE, self.src).href;
  script.integrity = INTEGRITY;
  script.crossOrigin = 'anonymous';
  document.head.append(script);
}
