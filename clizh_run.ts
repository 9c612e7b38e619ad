import { main } from "./src/cli/main";
import { BufferIo } from "./src/cli/io";
(async () => {
  const io = new BufferIo();
  const code = await main(process.argv.slice(2), io);
  process.stdout.write(io.stdout); process.stderr.write(io.stderr); console.log("exit", code);
})();
