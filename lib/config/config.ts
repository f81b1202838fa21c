import 'server-only';
import { parseConfig, type AppConfig } from './parse-config';

export class ConfigError extends Error {
  name = 'ConfigError';
}

let cached: AppConfig | undefined;

/** The validated configuration; throws ConfigError with the one-sentence message when it is wrong. */
export function getConfig(): AppConfig {
  if (cached) return cached;
  const result = parseConfig(process.env);
  if (!result.ok) throw new ConfigError(result.message);
  cached = result.config;
  return cached;
}
