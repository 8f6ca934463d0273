// Starts the Partner Center simulator on loopback with the demo data set, for `npm run dev` and the demo:
//   npm run pc:simulator            (port 4600, or PC_SIMULATOR_PORT)
// then point the app at it with PARTNER_CENTER_URL=http://127.0.0.1:4600.
import { startPartnerCenterSimulator } from "@/lib/partner-center/simulator";
import { DEMO_PROVIDER_TOKEN, demoSimulatorData } from "@/lib/partner-center/simulator-data";
import { runScript } from "./run-script";

void runScript(async () => {
  const port = Number(process.env.PC_SIMULATOR_PORT ?? 4600);
  const simulator = await startPartnerCenterSimulator(demoSimulatorData(), { port });
  console.log(`Partner Center simulator listening on ${simulator.url}`);
  console.log(`  demo provider (Contoso) access token: ${DEMO_PROVIDER_TOKEN}`);
  console.log(`  make the next 3 answers 429:  curl -X POST ${simulator.url}/_simulator/faults -d '{"status":429,"count":3,"retryAfterSeconds":2}'`);
  const stop = () => void simulator.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
});
