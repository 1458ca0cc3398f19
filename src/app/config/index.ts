/** The public face of app/config/: what other folders may import from it. */
export { type AppConfig, loadAppConfig } from './app-config.ts';
