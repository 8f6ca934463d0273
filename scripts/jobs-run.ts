// `npm run jobs:run`: runs every job that is due (the daily ones included) on the configured database until none is
// left, then exits; prints what it did. For a database no app server is running on (an embedded PGlite folder is
// one process's at a time), e.g. before a benchmark: on the large volume the daily re-authorization warnings take
// minutes, and on PGlite's one connection every request would wait behind them.
import { getDb } from "@/lib/db/client";
import { runDueJobs } from "@/lib/jobs/runner";
import { runScript } from "./run-script";

await runScript(async () => {
  const started = performance.now();
  await getDb();
  let done = 0;
  let failed = 0;
  for (;;) {
    const round = await runDueJobs();
    done += round.done;
    failed += round.failed;
    if (round.done + round.failed === 0) break;
  }
  console.log(`Ran the due jobs: ${done} done, ${failed} failed attempts, in ${((performance.now() - started) / 1000).toFixed(1)}s.`);
  process.exit(failed > 0 ? 1 : 0);
});
