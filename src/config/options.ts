/** `--config FILE` and `--no-config`, added to a command when it is registered: nothing heavy loaded. */
import type { Command } from 'commander';

export function withConfigOptions(command: Command): Command {
  return command
    .option('--config <file>', 'the config file (default: darien.config.yaml, found upward from here; see docs/config.md)')
    .option('--no-config', 'read no config file');
}
