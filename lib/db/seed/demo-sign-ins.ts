import { demoUsers } from "./demo-data";

export function printDemoSignIns(password: string): void {
  const width = Math.max(...demoUsers.map((u) => u.email.length));
  console.log("\nDemo sign-ins (password for all: %s)", password);
  for (const u of demoUsers) console.log(`  ${u.email.padEnd(width)}  ${u.what}`);
  console.log("");
}
