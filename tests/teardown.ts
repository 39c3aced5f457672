/**
 * Vitest's global set-up: nothing to set up; at the end of the run it removes the run's temporary
 * folder (vitest.config.ts points TMPDIR and the parse cache into it), so a run leaves nothing
 * behind in the system's temporary folder.
 */
import { rmSync } from 'node:fs';

export default function setup(): () => void {
  return () => {
    const folder = process.env.DARIEN_TEST_RUN_TMP;
    // Only a folder of the run's own, made under the system's temporary folder.
    if (folder && /darien-tests-[^/\\]+$/.test(folder) && !folder.startsWith(process.cwd())) rmSync(folder, { recursive: true, force: true });
  };
}
